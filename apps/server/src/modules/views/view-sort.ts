import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { conversations } from '@sincere/db';
import { Id, type ConversationSort } from '@sincere/contracts';
import { AppError } from '../../http/app-error';

/** Where a page ended: the sort key of its last row (null: not waiting) and its id, which breaks ties. */
export interface SortPosition {
  key: string | null;
  id: string;
}

interface SortOrder {
  key: SQL;
  orderBy: SQL[];
  /** Rows strictly after the position, in this order. */
  after(position: SortPosition): SQL;
  /** The same order over a key and an id already selected (a subquery's columns), so the planner sees it kept. */
  orderByKey(key: SQL | SQL.Aliased | AnyColumn, id: SQL | AnyColumn): SQL[];
}

// Conversations without messages count as active since they were created.
const activityAt = sql`coalesce(${conversations.lastMessageAt}, ${conversations.createdAt})`;
const at = (key: string) => sql`${key}::timestamptz`;
const id = (value: string) => sql`${value}::uuid`;

/** Each sort orders by one time and then by id, so that equal times never swap, skip or repeat rows between pages. */
export const SORT_ORDERS: Record<ConversationSort, SortOrder> = {
  recent: {
    key: activityAt,
    orderBy: [sql`${activityAt} desc`, sql`${conversations.id} desc`],
    after: (position) => sql`(${activityAt}, ${conversations.id}) < (${at(position.key ?? '')}, ${id(position.id)})`,
    orderByKey: (key, rowId) => [sql`${key} desc`, sql`${rowId} desc`],
  },
  oldest: {
    key: sql`${conversations.createdAt}`,
    orderBy: [sql`${conversations.createdAt} asc`, sql`${conversations.id} asc`],
    after: (position) =>
      sql`(${conversations.createdAt}, ${conversations.id}) > (${at(position.key ?? '')}, ${id(position.id)})`,
    orderByKey: (key, rowId) => [sql`${key} asc`, sql`${rowId} asc`],
  },
  waiting: {
    key: sql`${conversations.waitingSince}`,
    orderBy: [sql`${conversations.waitingSince} asc nulls last`, sql`${conversations.id} asc`],
    after: (position) =>
      position.key === null
        ? sql`(${conversations.waitingSince} is null and ${conversations.id} > ${id(position.id)})`
        : sql`(${conversations.waitingSince} is null or (${conversations.waitingSince}, ${conversations.id}) > (${at(position.key)}, ${id(position.id)}))`,
    orderByKey: (key, rowId) => [sql`${key} asc nulls last`, sql`${rowId} asc`],
  },
};

/**
 * The sort key as text with microseconds, as PostgreSQL stores it: a JavaScript Date
 * keeps only milliseconds, and a rounded key would skip or repeat rows.
 */
export const keyText = (key: SQL | SQL.Aliased | AnyColumn) =>
  sql<string | null>`to_char(${key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const sortKeyText = (sort: ConversationSort) => keyText(SORT_ORDERS[sort].key);

const KEY_FORMAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque to clients; carries the sort so that a cursor of one order is never read as another's. */
export function encodeViewCursor(sort: ConversationSort, position: SortPosition): string {
  return Buffer.from(JSON.stringify([sort, position.key, position.id])).toString('base64url');
}

export function decodeViewCursor(sort: ConversationSort, cursor: string | undefined): SortPosition | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === sort) {
      const [, key, rowId] = parsed as [unknown, unknown, unknown];
      const uuid = Id.safeParse(rowId);
      const keyOk = key === null ? sort === 'waiting' : typeof key === 'string' && isStoredTime(key);
      if (uuid.success && keyOk) return { key: key as string | null, id: uuid.data };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', 'The cursor is not one this API returned for this sort', {
    cursor: 'Invalid cursor',
  });
}

/** A real calendar time in years 1–9999: anything else would fail in the database, not here. */
function isStoredTime(key: string): boolean {
  if (!KEY_FORMAT.test(key)) return false;
  const millis = key.slice(0, 23);
  const date = new Date(`${millis}Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.toISOString().startsWith(millis);
}
