import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './keyset-cursor';

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursors', () => {
  it('give back the time and id they were made from', () => {
    const at = new Date('2025-03-01T10:20:30.456Z');
    const id = randomUUID();
    expect(decodeCursor(encodeCursor(at, id))).toEqual({ at, id });
    expect(decodeCursor(undefined)).toBeNull();
  });

  it.each([
    ['not base64 JSON', 'garbage'],
    ['not a pair', forge({ at: 1 })],
    ['an id that is not a UUID', forge([new Date().toISOString(), '-'.repeat(36)])],
    ['a time that is not a date', forge(['yesterday', randomUUID()])],
    ['a year the database cannot compare', forge(['-200000-01-01T00:00:00.000Z', randomUUID()])],
  ])('are refused as a validation error naming `cursor` when they carry %s', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrowError(
      expect.objectContaining({ code: 'validation_failed', fields: { cursor: 'Invalid cursor' } }),
    );
  });
});
