import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeViewCursor, encodeViewCursor } from './view-sort';

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const key = '2025-03-01T10:20:30.123456Z';

describe('view cursors', () => {
  it('give back the position they were made from, microseconds included', () => {
    const id = randomUUID();
    expect(decodeViewCursor('recent', encodeViewCursor('recent', { key, id }))).toEqual({ key, id });
    expect(decodeViewCursor('waiting', encodeViewCursor('waiting', { key: null, id }))).toEqual({ key: null, id });
    expect(decodeViewCursor('oldest', undefined)).toBeNull();
  });

  it.each([
    ['another sort', 'oldest', encodeViewCursor('recent', { key, id: randomUUID() })],
    ['no time where the sort needs one', 'recent', forge(['recent', null, randomUUID()])],
    ['not base64 JSON', 'recent', 'garbage'],
    ['the audit log’s pair', 'recent', forge([key, randomUUID()])],
    ['an id that is not a UUID', 'recent', forge(['recent', key, '-'.repeat(36)])],
    ['a time without microseconds', 'recent', forge(['recent', '2025-03-01T10:20:30.123Z', randomUUID()])],
    ['a day that does not exist', 'recent', forge(['recent', '2025-02-30T10:20:30.123456Z', randomUUID()])],
    ['year zero', 'waiting', forge(['waiting', '0000-01-01T00:00:00.000000Z', randomUUID()])],
  ] as const)('are refused as a validation error naming `cursor` when they carry %s', (_what, sort, cursor) => {
    expect(() => decodeViewCursor(sort, cursor)).toThrowError(
      expect.objectContaining({ code: 'validation_failed', fields: { cursor: 'Invalid cursor' } }),
    );
  });
});
