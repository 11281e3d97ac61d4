import { and, asc, eq } from 'drizzle-orm';
import { conversationEvents, type Db, type Tx } from '@sincere/db';
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
 */
export async function appendEvents(db: Db | Tx, events: NewConversationEvent[]): Promise<ConversationEvent[]> {
  if (events.length === 0) return [];
  const rows = await db
    .insert(conversationEvents)
    .values(events.map((event) => ({ ...event, data: event.data ?? {} })))
    .returning();
  return rows.map(toConversationEvent);
}

export async function listEventsOfConversation(
  db: Db,
  accountId: string,
  conversationId: string,
): Promise<ConversationEvent[]> {
  const rows = await db
    .select()
    .from(conversationEvents)
    .where(and(eq(conversationEvents.accountId, accountId), eq(conversationEvents.conversationId, conversationId)))
    .orderBy(asc(conversationEvents.seq));
  return rows.map(toConversationEvent);
}
