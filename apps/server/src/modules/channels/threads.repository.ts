import { and, eq } from 'drizzle-orm';
import { conversationThreads, conversations, type Db, type Tx } from '@sincere/db';

/**
 * The conversation a channel's thread key names (an email reply token, a Telegram chat), with its customer;
 * null when the channel has no such thread in the account.
 */
export async function findThread(
  db: Db | Tx,
  accountId: string,
  channelId: string,
  threadKey: string,
): Promise<{ conversationId: string; customerId: string } | null> {
  const [row] = await db
    .select({ conversationId: conversationThreads.conversationId, customerId: conversations.customerId })
    .from(conversationThreads)
    .innerJoin(conversations, eq(conversations.id, conversationThreads.conversationId))
    .where(
      and(
        eq(conversationThreads.accountId, accountId),
        eq(conversationThreads.channelId, channelId),
        eq(conversationThreads.threadKey, threadKey),
        eq(conversations.accountId, accountId),
      ),
    );
  return row ?? null;
}

/** The thread key of a conversation (its reply token, its chat); null when it has none yet. */
export async function findThreadKeyOfConversation(
  db: Db | Tx,
  accountId: string,
  conversationId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ threadKey: conversationThreads.threadKey })
    .from(conversationThreads)
    .where(and(eq(conversationThreads.accountId, accountId), eq(conversationThreads.conversationId, conversationId)));
  return row?.threadKey ?? null;
}
