import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { conversationEvents, rowsOf, type Db, type Tx } from '@sincere/db';
import type { ConversationEvent, ConversationEventType } from '@sincere/contracts';

export interface NewConversationEvent {
  accountId: string;
  conversationId: string;
  type: ConversationEventType;
  actorType: 'user' | 'customer' | 'system';
  actorId: string | null;
  data?: Record<string, unknown>;
  occurredAt: Date;
}

type EventRow = typeof conversationEvents.$inferSelect;

export function toConversationEvent(row: EventRow): ConversationEvent {
  return {
    id: row.id,
    seq: row.seq,
    conversationId: row.conversationId,
    type: row.type as ConversationEventType,
    actorType: row.actorType,
    actorId: row.actorId,
    data: row.data,
    occurredAt: row.occurredAt.toISOString(),
  };
}

/**
 * Appends to the conversation event log, inside the caller's transaction so the
 * change and its event commit together. The log is append-only (a trigger
 * refuses UPDATE and DELETE): metrics are computed from it.
 *
 * The same transaction records that the listeners (routing, SLA, mentions…)
 * still have to react to these events (`pending_reactions`, the outbox):
 * `publishChanges` clears the record once they have, and a sweeper job catches
 * up on any a crash left behind. `outbox: false` is for history written as
 * already settled (the demo seed).
 */
export async function appendEvents(
  db: Db | Tx,
  events: NewConversationEvent[],
  options: { outbox?: boolean } = {},
): Promise<ConversationEvent[]> {
  if (events.length === 0) return [];
  // One statement whatever the number of events (a batch of messages appends hundreds): the columns travel as
  // arrays, and the outbox gets one record per conversation with that conversation's events, in log order.
  const appended = sql`
    INSERT INTO conversation_events (account_id, conversation_id, type, actor_type, actor_id, data, occurred_at)
    SELECT * FROM unnest(
      ${uuids(events.map((event) => event.accountId))},
      ${uuids(events.map((event) => event.conversationId))},
      ${texts(events.map((event) => event.type))},
      ${texts(events.map((event) => event.actorType))},
      ${uuids(events.map((event) => event.actorId))},
      ${sql.param(events.map((event) => JSON.stringify(event.data ?? {})))}::jsonb[],
      ${sql.param(events.map((event) => event.occurredAt.toISOString()))}::timestamptz[])
    RETURNING id, seq, account_id, conversation_id, type, actor_type, actor_id, data, occurred_at`;
  const query =
    options.outbox === false
      ? sql`WITH appended AS (${appended}) SELECT * FROM appended`
      : sql`WITH appended AS (${appended}),
          outbox AS (
            INSERT INTO pending_reactions (account_id, conversation_id, event_ids)
            SELECT account_id, conversation_id, array_agg(id ORDER BY seq) FROM appended GROUP BY account_id, conversation_id)
          SELECT * FROM appended`;
  return (await rowsOf<AppendedRow>(db, query))
    .map((row) => ({
      id: row.id,
      seq: Number(row.seq),
      conversationId: row.conversation_id,
      type: row.type as ConversationEventType,
      actorType: row.actor_type,
      actorId: row.actor_id,
      data: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>,
      occurredAt: new Date(row.occurred_at).toISOString(),
    }))
    .sort((a, b) => a.seq - b.seq);
}

/** A row as the driver returns it: int8 is a string from pg and a number from PGlite; a time, a Date or text. */
interface AppendedRow {
  id: string;
  seq: string | number;
  conversation_id: string;
  type: string;
  actor_type: EventRow['actorType'];
  actor_id: string | null;
  data: unknown;
  occurred_at: Date | string;
}

const uuids = (values: (string | null)[]) => sql`${sql.param(values)}::uuid[]`;
const texts = (values: string[]) => sql`${sql.param(values)}::text[]`;

export async function listEventsById(db: Db, accountId: string, ids: string[]): Promise<ConversationEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(conversationEvents)
    .where(and(eq(conversationEvents.accountId, accountId), inArray(conversationEvents.id, ids)))
    .orderBy(asc(conversationEvents.seq));
  return rows.map(toConversationEvent);
}
