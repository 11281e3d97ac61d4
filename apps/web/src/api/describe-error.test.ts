import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { describeError, fieldErrorsOf } from './describe-error';

describe('describeError', () => {
  it('translates known codes and keeps the retry delay of a rate limit', () => {
    expect(describeError(new ApiError(429, 'rate_limited', 'Too many', {}, 30))).toEqual({
      kind: 'translated',
      code: 'rate_limited',
      retryAfterSeconds: 30,
    });
  });

  it('shows the server text for a conflict, which only the server can explain', () => {
    expect(describeError(new ApiError(409, 'conflict', 'Email already in use'))).toEqual({
      kind: 'server',
      text: 'Email already in use',
    });
  });

  it('treats anything that is not an ApiError as an internal error', () => {
    expect(describeError(new Error('boom'))).toMatchObject({ kind: 'translated', code: 'internal' });
  });

  it('exposes field errors of a validation failure', () => {
    const error = new ApiError(422, 'validation_failed', 'Invalid', { email: 'Invalid email' });
    expect(fieldErrorsOf(error)).toEqual({ email: 'Invalid email' });
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});
