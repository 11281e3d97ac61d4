import { and, asc, eq, inArray } from 'drizzle-orm';
import { conversationEvents, pendingReactions, type Db, type Tx } from '@sincere/db';
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
  const rows = await db
    .insert(conversationEvents)
    .values(events.map((event) => ({ ...event, data: event.data ?? {} })))
    .returning();
  const appended = rows.map(toConversationEvent);
  if (options.outbox !== false) {
    // Map.groupBy is Node 21+; Sincere supports Node 20.
    const byConversation = new Map<string, { accountId: string; conversationId: string; eventIds: string[] }>();
    for (const row of rows) {
      const group = byConversation.get(row.conversationId);
      if (group) group.eventIds.push(row.id);
      else byConversation.set(row.conversationId, { ...row, eventIds: [row.id] });
    }
    await db.insert(pendingReactions).values(
      [...byConversation.values()].map(({ accountId, conversationId, eventIds }) => ({
        accountId,
        conversationId,
        eventIds,
      })),
    );
  }
  return appended;
}

export async function listEventsById(db: Db, accountId: string, ids: string[]): Promise<ConversationEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(conversationEvents)
    .where(and(eq(conversationEvents.accountId, accountId), inArray(conversationEvents.id, ids)))
    .orderBy(asc(conversationEvents.seq));
  return rows.map(toConversationEvent);
}
