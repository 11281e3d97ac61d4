import { and, eq } from 'drizzle-orm';
import { conversations, type Db } from '@sincere/db';

/** Whether the conversation exists in the account: activity is only relayed for the caller's own conversations. */
export async function conversationExistsInAccount(db: Db, accountId: string, conversationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)))
    .limit(1);
  return row !== undefined;
}
