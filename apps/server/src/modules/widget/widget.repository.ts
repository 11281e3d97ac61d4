import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  attachments,
  conversations,
  customerIdentities,
  customers,
  messages,
  users,
  type Db,
  type Tx,
} from '@sincere/db';
import type { WidgetIdentity } from './session-token';

export type VisibleMessageRow = typeof messages.$inferSelect & { authorName: string | null };

/** The customer an identity of the account names; null when they have not written yet. */
export async function findCustomerIdByIdentity(
  db: Db | Tx,
  accountId: string,
  identity: WidgetIdentity,
): Promise<string | null> {
  const [row] = await db
    .select({ customerId: customerIdentities.customerId })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.accountId, accountId),
        eq(customerIdentities.kind, identity.kind),
        eq(customerIdentities.value, identity.value),
      ),
    );
  return row?.customerId ?? null;
}

export async function findCustomer(db: Db | Tx, accountId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, customerId)));
  return row ?? null;
}

/** The customer's most recent conversation started on this channel (merged ones included: writes follow them). */
export async function findLatestConversationOnChannel(
  db: Db | Tx,
  accountId: string,
  customerId: string,
  channelId: string,
): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.accountId, accountId),
        eq(conversations.customerId, customerId),
        eq(conversations.channelId, channelId),
      ),
    )
    .orderBy(desc(conversations.createdAt), desc(conversations.id))
    .limit(1);
  return row ?? null;
}

/**
 * The conversation the customer's messages live in now: a merge moves them on, and the visitor follows as long
 * as the conversation merged into is still theirs.
 */
export async function findCustomerConversationFollowingMerges(
  db: Db | Tx,
  accountId: string,
  customerId: string,
  conversationId: string,
): Promise<{ id: string; status: string } | null> {
  let id: string | null = conversationId;
  for (let hops = 0; id !== null && hops < 10; hops += 1) {
    const [row] = await db
      .select({ id: conversations.id, status: conversations.status, mergedIntoId: conversations.mergedIntoId })
      .from(conversations)
      .where(
        and(eq(conversations.accountId, accountId), eq(conversations.id, id), eq(conversations.customerId, customerId)),
      );
    if (!row) return null;
    if (!row.mergedIntoId) return { id: row.id, status: row.status };
    id = row.mergedIntoId;
  }
  return null;
}

/** Whether the conversation is the customer's (on any channel of the account: merges may carry it elsewhere). */
export async function isCustomerConversation(
  db: Db | Tx,
  accountId: string,
  customerId: string,
  conversationId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.accountId, accountId),
        eq(conversations.id, conversationId),
        eq(conversations.customerId, customerId),
      ),
    );
  return row !== undefined;
}

/** The customer's and the team's messages of a conversation, latest `limit`, oldest first: never notes. */
export async function listCustomerVisibleMessages(
  db: Db | Tx,
  accountId: string,
  conversationId: string,
  limit: number,
): Promise<VisibleMessageRow[]> {
  const rows = await db
    .select({ message: messages, authorName: users.name })
    .from(messages)
    .leftJoin(users, and(eq(users.accountId, messages.accountId), eq(users.id, messages.authorUserId)))
    .where(
      and(
        eq(messages.accountId, accountId),
        eq(messages.conversationId, conversationId),
        inArray(messages.direction, ['inbound', 'outbound']),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
  return rows.reverse().map((row) => ({ ...row.message, authorName: row.authorName }));
}

export async function findCustomerVisibleMessage(
  db: Db | Tx,
  accountId: string,
  messageId: string,
): Promise<VisibleMessageRow | null> {
  const [row] = await db
    .select({ message: messages, authorName: users.name })
    .from(messages)
    .leftJoin(users, and(eq(users.accountId, messages.accountId), eq(users.id, messages.authorUserId)))
    .where(
      and(
        eq(messages.accountId, accountId),
        eq(messages.id, messageId),
        inArray(messages.direction, ['inbound', 'outbound']),
      ),
    );
  return row ? { ...row.message, authorName: row.authorName } : null;
}

/** A file of a message the customer can see (theirs or a reply, never a note's) in one of their conversations. */
export async function findCustomerVisibleAttachment(db: Db | Tx, accountId: string, customerId: string, id: string) {
  const [row] = await db
    .select({ attachment: attachments })
    .from(attachments)
    .innerJoin(messages, and(eq(messages.accountId, attachments.accountId), eq(messages.id, attachments.messageId)))
    .innerJoin(
      conversations,
      and(eq(conversations.accountId, messages.accountId), eq(conversations.id, messages.conversationId)),
    )
    .where(
      and(
        eq(attachments.accountId, accountId),
        eq(attachments.id, id),
        eq(conversations.customerId, customerId),
        inArray(messages.direction, ['inbound', 'outbound']),
      ),
    );
  return row?.attachment ?? null;
}
