import { AcceptInvitationRequest, InviteUserRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from './validate';

describe('validate', () => {
  it('returns the parsed data, normalised by the schema', () => {
    const result = validate(InviteUserRequest, { email: ' Ann@Example.COM ', name: 'Ann', role: 'agent' });
    expect(result).toEqual({ ok: true, data: { email: 'ann@example.com', name: 'Ann', role: 'agent' } });
  });

  it('names each wrong field with a translatable problem', () => {
    const result = validate(InviteUserRequest, { email: 'nope', name: '  ', role: 'agent' });
    expect(result).toEqual({ ok: false, problems: { email: { kind: 'email' }, name: { kind: 'required' } } });
  });

  it('calls an empty field required rather than invalid', () => {
    const result = validate(InviteUserRequest, { email: '', name: 'Ann', role: 'agent' });
    expect(result).toEqual({ ok: false, problems: { email: { kind: 'required' } } });
  });

  it('reports a too short password with its minimum length', () => {
    const result = validate(AcceptInvitationRequest, { token: 'x'.repeat(30), password: 'short' });
    expect(result).toEqual({ ok: false, problems: { password: { kind: 'tooShort', limit: 10 } } });
  });
});
