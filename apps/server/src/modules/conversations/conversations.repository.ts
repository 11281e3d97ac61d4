import { and, asc, eq, type SQL } from 'drizzle-orm';
import { messages, users, type Db, type Tx } from '@sincere/db';
import { toMessage } from './message.mapper';
import { attachmentsByMessage } from '../attachments/message-attachments';
import { readCustomer } from '../customers/read-customer';
import type { Customer, Message } from '@sincere/contracts';

/** The customer with their identities and field values (a merged one names where it lives on: mergedIntoId). */
export function findCustomer(db: Db | Tx, accountId: string, id: string): Promise<Customer | null> {
  return readCustomer(db, accountId, id);
}

export function listMessages(db: Db | Tx, accountId: string, conversationId: string): Promise<Message[]> {
  return messagesWhere(db, accountId, eq(messages.conversationId, conversationId));
}

/** One message as the API shows it (author, files), e.g. the stored one a repeated clientMessageId returns. */
export async function findMessage(db: Db | Tx, accountId: string, id: string): Promise<Message | null> {
  const [message] = await messagesWhere(db, accountId, eq(messages.id, id));
  return message ?? null;
}

async function messagesWhere(db: Db | Tx, accountId: string, condition: SQL): Promise<Message[]> {
  const rows = await db
    .select({ message: messages, author: { id: users.id, name: users.name } })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(and(eq(messages.accountId, accountId), condition))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const files = await attachmentsByMessage(
    db,
    accountId,
    rows.map(({ message }) => message.id),
  );
  return rows.map(({ message, author }) =>
    toMessage(message, author?.id ? { id: author.id, name: author.name } : null, files.get(message.id)),
  );
}
