import { Id } from '@sincere/contracts';
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
    // Both go into database comparisons: a non-UUID or a year outside 1–9999 would fail there, not here.
    const uuid = Id.safeParse(id);
    const year = date.getUTCFullYear();
    if (uuid.success && year >= 1 && year <= 9999) return { at: date, id: uuid.data };
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'The cursor is not one this API returned', { cursor: 'Invalid cursor' });
}
