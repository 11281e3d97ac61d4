import { AppError } from './app-error';

/**
 * Keyset pagination cursors: the sort key of the last row on a page (a time and
 * an id to break ties), opaque to clients. Pages stay stable while rows arrive.
 */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const date = new Date(String(at));
    if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(date.getTime())) return { at: date, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'The cursor is not one this API returned', { cursor: 'Invalid cursor' });
}
