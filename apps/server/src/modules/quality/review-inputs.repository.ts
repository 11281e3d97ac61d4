import { and, asc, eq, inArray } from 'drizzle-orm';
import { conversationEvents, conversations, customers, messages, promises, type Db } from '@sincere/db';

/** The scorer reads no further into a message than this (a pasted log, a quoted thread): neither do we. */
const READ_CHARS = 4000;
/** A cycle longer than this is reviewed on its latest messages. */
const MAX_MESSAGES = 200;

export interface CycleMessage {
  id: string;
  direction: 'inbound' | 'outbound' | 'note';
  authorUserId: string | null;
  body: string;
  createdAt: Date;
}

export interface CyclePromise {
  messageId: string | null;
  what: string;
  status: 'open' | 'kept' | 'broken' | 'cancelled';
}

/** Everything the automatic review reads about one cycle of one conversation. */
export interface CycleToReview {
  conversationId: string;
  cycle: number;
  subject: string | null;
  language: string | null;
  assigneeId: string | null;
  customer: { name: string | null; locale: string | null };
  messages: CycleMessage[];
  promises: CyclePromise[];
}

export interface ConversationHead {
  id: string;
  status: string;
  cycle: number;
  mergedIntoId: string | null;
}

export async function findConversationHead(
  db: Db,
  accountId: string,
  conversationId: string,
): Promise<ConversationHead | null> {
  const [row] = await db
    .select({
      id: conversations.id,
      status: conversations.status,
      cycle: conversations.cycle,
      mergedIntoId: conversations.mergedIntoId,
    })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
  return row ?? null;
}

/**
 * Loads the given cycles of conversations of one account in four queries, whatever their number: the
 * conversations with their customers, the reopenings that bound the cycles, the messages and the promises.
 * A cycle runs from the reopening that started it (or the conversation's start) to the next reopening.
 */
export async function loadCyclesToReview(
  db: Db,
  accountId: string,
  wanted: readonly { conversationId: string; cycle: number }[],
): Promise<CycleToReview[]> {
  if (wanted.length === 0) return [];
  const ids = [...new Set(wanted.map((item) => item.conversationId))];
  const heads = await db
    .select({
      id: conversations.id,
      subject: conversations.subject,
      language: conversations.language,
      assigneeId: conversations.assigneeId,
      customerName: customers.name,
      customerLocale: customers.locale,
    })
    .from(conversations)
    .innerJoin(customers, eq(customers.id, conversations.customerId))
    .where(and(eq(conversations.accountId, accountId), inArray(conversations.id, ids)));
  const reopenings = await db
    .select({
      conversationId: conversationEvents.conversationId,
      data: conversationEvents.data,
      occurredAt: conversationEvents.occurredAt,
    })
    .from(conversationEvents)
    .where(
      and(
        eq(conversationEvents.accountId, accountId),
        inArray(conversationEvents.conversationId, ids),
        eq(conversationEvents.type, 'conversation.reopened'),
      ),
    );
  const messageRows = await db
    .select({
      id: messages.id,
      conversationId: messages.conversationId,
      direction: messages.direction,
      authorUserId: messages.authorUserId,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), inArray(messages.conversationId, ids)))
    .orderBy(asc(messages.conversationId), asc(messages.createdAt), asc(messages.id));
  const promiseRows = await db
    .select({
      conversationId: promises.conversationId,
      messageId: promises.messageId,
      what: promises.what,
      status: promises.status,
      createdAt: promises.createdAt,
    })
    .from(promises)
    .where(and(eq(promises.accountId, accountId), inArray(promises.conversationId, ids)));

  const startsOf = new Map<string, Map<number, number>>();
  for (const event of reopenings) {
    const cycle = Number(event.data['cycle']);
    if (!Number.isInteger(cycle)) continue;
    const starts = startsOf.get(event.conversationId) ?? new Map<number, number>();
    // A cycle reopened twice cannot happen; keep the earliest if a log ever holds it.
    starts.set(cycle, Math.min(starts.get(cycle) ?? Infinity, event.occurredAt.getTime()));
    startsOf.set(event.conversationId, starts);
  }
  const headOf = new Map(heads.map((head) => [head.id, head]));
  const messagesOf = groupBy(messageRows, (row) => row.conversationId);
  const promisesOf = groupBy(promiseRows, (row) => row.conversationId);

  const cycles: CycleToReview[] = [];
  for (const { conversationId, cycle } of wanted) {
    const head = headOf.get(conversationId);
    if (!head) continue;
    const starts = startsOf.get(conversationId);
    const from = cycle > 1 ? (starts?.get(cycle) ?? -Infinity) : -Infinity;
    const to = starts?.get(cycle + 1) ?? Infinity;
    const within = (at: Date) => at.getTime() >= from && at.getTime() < to;
    const inCycle = (messagesOf.get(conversationId) ?? []).filter((row) => within(row.createdAt));
    const ids = new Set(inCycle.map((row) => row.id));
    cycles.push({
      conversationId,
      cycle,
      subject: head.subject,
      language: head.language,
      assigneeId: head.assigneeId,
      customer: { name: head.customerName, locale: head.customerLocale },
      messages: inCycle.slice(-MAX_MESSAGES).map((row) => ({
        id: row.id,
        direction: row.direction,
        authorUserId: row.authorUserId,
        body: row.body.slice(0, READ_CHARS),
        createdAt: row.createdAt,
      })),
      promises: (promisesOf.get(conversationId) ?? [])
        .filter((row) => (row.messageId ? ids.has(row.messageId) : within(row.createdAt)))
        .map((row) => ({ messageId: row.messageId, what: row.what, status: row.status })),
    });
  }
  return cycles;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
