import { and, asc, eq, inArray } from 'drizzle-orm';
import { conversationEvents, type Db, type Tx } from '@sincere/db';
import type { ConversationEvent } from '@sincere/contracts';
import { AppError } from '../../http/app-error';
import { toConversationEvent } from './event-log';
import { lockConversation, type ConversationRow } from './conversation-writes';

/** A target can be merged again later (A into B, then B into C): chains stay short, this only stops a cycle. */
const MAX_MERGE_HOPS = 20;

/**
 * Locks the conversation and, when it was merged, the one it lives on in
 * (following merges of merges). The locks are taken source first; a merge never
 * touches an already merged conversation, so this cannot cross a merge's locks.
 */
export async function lockConversationFollowingMerges(tx: Tx, accountId: string, id: string): Promise<ConversationRow> {
  let conversation = await lockConversation(tx, accountId, id);
  for (let hops = 0; conversation.mergedIntoId; hops += 1) {
    if (hops === MAX_MERGE_HOPS) throw new Error(`merge chain from ${id} does not end`);
    conversation = await lockConversation(tx, accountId, conversation.mergedIntoId);
  }
  return conversation;
}

/** Merging, splitting or forwarding a conversation that now lives on in another one makes no sense: say where it went. */
export function refuseMerged(conversation: ConversationRow, field?: string): void {
  if (!conversation.mergedIntoId) return;
  throw new AppError(
    'conflict',
    `Conversation ${conversation.id} was merged into ${conversation.mergedIntoId}: work on that one`,
    field ? { [field]: 'Already merged into another conversation' } : undefined,
  );
}

/**
 * The conversation's event log together with the logs of every conversation
 * merged into it (and merged into those), in log order. The log is append-only,
 * so a merge cannot move the source's events: the target's history is read
 * across both. Each event keeps its own conversationId, so a client can tell
 * where it happened. Found through the target's own `conversation.merged`
 * events, so it reads only the (indexed) log.
 */
export async function listEventsWithMergedHistory(
  db: Db | Tx,
  accountId: string,
  conversationId: string,
): Promise<ConversationEvent[]> {
  const seen = new Set([conversationId]);
  const events: ConversationEvent[] = [];
  let frontier = [conversationId];
  while (frontier.length > 0) {
    const rows = await db
      .select()
      .from(conversationEvents)
      .where(and(eq(conversationEvents.accountId, accountId), inArray(conversationEvents.conversationId, frontier)))
      .orderBy(asc(conversationEvents.seq));
    frontier = [];
    for (const row of rows) {
      events.push(toConversationEvent(row));
      const sourceId = row.type === 'conversation.merged' ? row.data['sourceId'] : null;
      if (typeof sourceId === 'string' && !seen.has(sourceId)) {
        seen.add(sourceId);
        frontier.push(sourceId);
      }
    }
  }
  return events.sort((a, b) => a.seq - b.seq);
}
