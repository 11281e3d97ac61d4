import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { conversations, messages, rowsOf, type Tx } from '@sincere/db';
import type {
  AddMessagesBatchRequest,
  BatchMessageResult,
  ConversationEvent,
  ErrorCode,
  Message,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents, type NewConversationEvent } from './event-log';
import { isUniqueViolation, publishManyChanges, type ConversationRow } from './conversation-writes';
import { lockConversationFollowingMerges } from './merged-conversations';
import { customerWrote } from './customer-wrote';

type Item = AddMessagesBatchRequest['messages'][number];
type Outcome = Omit<BatchMessageResult, 'clientMessageId'>;

const rejected = (code: ErrorCode, message: string): Outcome => ({
  status: 'rejected',
  conversationId: null,
  messageId: null,
  error: { code, message },
});

/**
 * Customer messages from an integration, many at once: one transaction and a handful of statements for the
 * whole batch, where one request per message costs a transaction each. Each message does what a single one does
 * (customerWrote: waits, wakes, reopens), in the order sent. A message is refused on its own (unknown
 * conversation, clientMessageId used in another one) without failing the rest; one sent before, by an earlier
 * request or earlier in this batch, is a duplicate and stores nothing. Everything accepted commits together:
 * the answer comes after the commit, so an integration that gets no answer sends the batch again, safely.
 */
export async function addMessagesBatch(
  ctx: AppContext,
  caller: AuthContext,
  input: AddMessagesBatchRequest,
): Promise<BatchMessageResult[]> {
  if (caller.via !== 'api_token') {
    throw new AppError(
      'forbidden',
      'Customer messages come from channels and integrations (API tokens), not from agents',
    );
  }
  const { accountId } = caller;
  try {
    const { outcomes, changes } = await ctx.database.db.transaction((tx) =>
      storeBatch(ctx, tx, accountId, input.messages),
    );
    await publishManyChanges(ctx, accountId, changes);
    return input.messages.map((item, index) => ({
      clientMessageId: item.clientMessageId,
      ...(outcomes[index] ?? rejected('internal', 'Not processed')),
    }));
  } catch (error) {
    // A concurrent request stored one of these clientMessageIds first: this time it is found as a duplicate.
    if (isUniqueViolation(error)) return addMessagesBatch(ctx, caller, input);
    throw error;
  }
}

interface Change {
  conversationId: string;
  events: ConversationEvent[];
  messages: Message[];
  /** Its cycle's clocks had started before these messages: read under the lock taken here. */
  cycleStarted: boolean;
}

async function storeBatch(
  ctx: AppContext,
  tx: Tx,
  accountId: string,
  items: Item[],
): Promise<{ outcomes: Outcome[]; changes: Change[] }> {
  const outcomes: Outcome[] = [];
  const conversationOf = await lockConversations(tx, accountId, [...new Set(items.map((item) => item.conversationId))]);
  const stored = await findStoredClientIds(tx, accountId, [...new Set(items.map((item) => item.clientMessageId))]);

  // Decide each message in order; the conversation's state moves with every message that is added.
  const accepted: { index: number; item: Item; conversation: ConversationRow }[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    const conversation = conversationOf.get(item.conversationId);
    if (!conversation) {
      outcomes[index] = rejected('not_found', `Conversation ${item.conversationId} was not found`);
      return;
    }
    const earlier = stored.get(item.clientMessageId);
    const sameConversation = (id: string) => id === conversation.id;
    if (earlier) {
      outcomes[index] = sameConversation(earlier.conversationId)
        ? { status: 'duplicate', conversationId: earlier.conversationId, messageId: earlier.id, error: null }
        : rejected('conflict', 'This clientMessageId was used in another conversation');
      return;
    }
    const inBatch = seen.get(item.clientMessageId);
    if (inBatch !== undefined) {
      outcomes[index] = sameConversation(inBatch)
        ? { status: 'duplicate', conversationId: inBatch, messageId: null, error: null }
        : rejected('conflict', 'This clientMessageId was used in another conversation');
      return;
    }
    seen.set(item.clientMessageId, conversation.id);
    accepted.push({ index, item, conversation });
  });
  if (accepted.length === 0) return { outcomes, changes: [] };

  const now = ctx.clock();
  const rows = await insertMessages(tx, accountId, accepted, now);
  const state = new Map<string, ConversationRow>();
  const pending: NewConversationEvent[] = [];
  const byConversation = new Map<string, Change>();
  accepted.forEach(({ index, conversation }, position) => {
    const row = rows[position];
    if (!row) throw new Error('the batch insert returned fewer rows than it was given');
    const current = state.get(conversation.id) ?? conversation;
    const wrote = customerWrote(current, row.id, now);
    state.set(conversation.id, { ...current, ...wrote.changes } as ConversationRow);
    pending.push(...wrote.events);
    const change = byConversation.get(conversation.id) ?? {
      conversationId: conversation.id,
      events: [],
      messages: [],
      cycleStarted: conversation.cycleStartedAt !== null,
    };
    change.messages.push({
      id: row.id,
      direction: 'inbound',
      author: null,
      body: row.body,
      format: row.format,
      language: row.language,
      createdAt: new Date(row.created_at).toISOString(),
      attachments: [],
      delivery: null,
      hasOriginal: false,
    });
    byConversation.set(conversation.id, change);
    outcomes[index] = { status: 'created', conversationId: conversation.id, messageId: row.id, error: null };
  });

  await updateConversations(
    tx,
    accountId,
    new Map([...conversationOf.values()].map((row) => [row.id, row])),
    state,
    now,
  );
  for (const event of await appendEvents(tx, pending)) byConversation.get(event.conversationId)?.events.push(event);
  return { outcomes, changes: [...byConversation.values()] };
}

interface InsertedMessage {
  id: string;
  body: string;
  format: Message['format'];
  language: string | null;
  created_at: Date | string;
}

/**
 * Every message of the batch in one statement, the columns as arrays (building a 500-row VALUES list costs the
 * server more than the database spends storing it), a microsecond apart so that they keep the order sent in.
 * The rows come back in the order given.
 */
async function insertMessages(
  tx: Tx,
  accountId: string,
  accepted: { item: Item; conversation: ConversationRow }[],
  now: Date,
): Promise<InsertedMessage[]> {
  const column = <T>(pick: (entry: { item: Item; conversation: ConversationRow }) => T) =>
    sql.param(accepted.map(pick));
  const rows = await rowsOf<InsertedMessage & { client_message_id: string }>(
    tx,
    sql`
    INSERT INTO messages (account_id, conversation_id, direction, body, format, language, client_message_id, created_at)
    SELECT ${accountId}, m.conversation_id, 'inbound', m.body, m.format, m.language, m.client_message_id,
           ${now.toISOString()}::timestamptz + make_interval(secs => (m.position - 1) / 1e6)
    FROM unnest(
      ${column((entry) => entry.conversation.id)}::uuid[],
      ${column((entry) => entry.item.body)}::text[],
      ${column((entry) => entry.item.format)}::text[],
      ${column((entry) => entry.conversation.language)}::text[],
      ${column((entry) => entry.item.clientMessageId)}::text[]
    ) WITH ORDINALITY AS m(conversation_id, body, format, language, client_message_id, position)
    ORDER BY m.position
    RETURNING id, client_message_id, body, format, language, created_at`,
  );
  // Matched by clientMessageId (unique among the accepted), whatever order RETURNING gives.
  const byClientId = new Map(rows.map((row) => [row.client_message_id, row]));
  return accepted.map(({ item }) => {
    const row = byClientId.get(item.clientMessageId);
    if (!row) throw new Error('the batch insert did not return every message');
    return row;
  });
}

/**
 * Locks the batch's conversations in id order (two batches naming the same ones never deadlock), following
 * merges as a single message does. Keyed by the id the caller gave; unknown ids are absent.
 */
async function lockConversations(tx: Tx, accountId: string, ids: string[]): Promise<Map<string, ConversationRow>> {
  const rows = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), inArray(conversations.id, ids)))
    .orderBy(asc(conversations.id))
    .for('update');
  const found = new Map<string, ConversationRow>();
  for (const row of rows) {
    found.set(row.id, row.mergedIntoId ? await lockConversationFollowingMerges(tx, accountId, row.id) : row);
  }
  return found;
}

async function findStoredClientIds(
  tx: Tx,
  accountId: string,
  clientMessageIds: string[],
): Promise<Map<string, { id: string; conversationId: string }>> {
  const rows = await tx
    .select({ id: messages.id, conversationId: messages.conversationId, clientMessageId: messages.clientMessageId })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), inArray(messages.clientMessageId, clientMessageIds)));
  return new Map(rows.map((row) => [row.clientMessageId ?? '', row]));
}

/**
 * Writes each conversation's state after its messages. Those that only waited (the usual case: an open
 * conversation) change alike and go in one statement; a conversation that woke or reopened gets its own.
 */
async function updateConversations(
  tx: Tx,
  accountId: string,
  before: Map<string, ConversationRow>,
  after: Map<string, ConversationRow>,
  now: Date,
): Promise<void> {
  const waitedOnly: string[] = [];
  for (const [id, state] of after) {
    if (before.get(id)?.status === state.status) {
      waitedOnly.push(id);
      continue;
    }
    await tx
      .update(conversations)
      .set({
        status: state.status,
        cycle: state.cycle,
        snoozedUntil: state.snoozedUntil,
        waitingSince: state.waitingSince,
        lastMessageAt: now,
        updatedAt: now,
      })
      .where(and(eq(conversations.accountId, accountId), eq(conversations.id, id)));
  }
  if (waitedOnly.length === 0) return;
  await tx
    .update(conversations)
    .set({ lastMessageAt: now, updatedAt: now, waitingSince: sql`coalesce(${conversations.waitingSince}, ${now})` })
    .where(and(eq(conversations.accountId, accountId), inArray(conversations.id, waitedOnly)));
}
