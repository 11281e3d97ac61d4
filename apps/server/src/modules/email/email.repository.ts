import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { conversationThreads, conversations, messages, type Db, type Tx } from '@sincere/db';

/**
 * The messages (inbound, or our replies) with these Message-IDs in conversations of this customer, newest first:
 * a reply to someone else's conversation (a newsletter many answer) never lands in it.
 */
export async function listCustomerMessagesByExternalIds(
  db: Db | Tx,
  accountId: string,
  customerId: string,
  externalIds: string[],
): Promise<{ externalId: string; conversationId: string }[]> {
  if (externalIds.length === 0) return [];
  const rows = await db
    .select({ externalId: messages.externalId, conversationId: messages.conversationId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(
      and(
        eq(messages.accountId, accountId),
        inArray(messages.externalId, externalIds),
        eq(conversations.accountId, accountId),
        eq(conversations.customerId, customerId),
      ),
    )
    .orderBy(desc(messages.createdAt));
  return rows.flatMap((row) =>
    row.externalId ? [{ externalId: row.externalId, conversationId: row.conversationId }] : [],
  );
}

/** The customer's latest unresolved conversation of the channel that began with this subject. */
export async function findUnresolvedThreadBySubject(
  db: Db | Tx,
  accountId: string,
  channelId: string,
  customerId: string,
  subjectKey: string,
): Promise<string | null> {
  const [row] = await db
    .select({ conversationId: conversationThreads.conversationId })
    .from(conversationThreads)
    .innerJoin(conversations, eq(conversations.id, conversationThreads.conversationId))
    .where(
      and(
        eq(conversationThreads.accountId, accountId),
        eq(conversationThreads.channelId, channelId),
        eq(conversationThreads.subjectKey, subjectKey),
        eq(conversations.accountId, accountId),
        eq(conversations.customerId, customerId),
        ne(conversations.status, 'resolved'),
      ),
    )
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1);
  return row?.conversationId ?? null;
}

/** A message of the account with its metadata, for the original of an email. */
export async function findMessageMetadata(
  db: Db | Tx,
  accountId: string,
  messageId: string,
): Promise<{ id: string; metadata: Record<string, unknown> | null } | null> {
  const [row] = await db
    .select({ id: messages.id, metadata: messages.metadata })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.id, messageId)));
  return row ?? null;
}
