import { aliasedTable, and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { conversations, customers, messages, teams, users, type Db, type Tx } from '@sincere/db';
import { toMessage } from './message.mapper';
import type { ConversationStatus, ConversationSummary, Customer, Message } from '@sincere/contracts';

const assignee = aliasedTable(users, 'assignee');
// Conversations without messages sort as if their last message came when they were created.
const activityAt = sql<Date>`date_trunc('milliseconds', coalesce(${conversations.lastMessageAt}, ${conversations.createdAt}))`;

export async function listConversations(
  db: Db | Tx,
  accountId: string,
  filter: { id?: string; status?: ConversationStatus | undefined; after: { at: Date; id: string } | null; limit: number },
): Promise<{ items: ConversationSummary[]; activity: Date[] }> {
  const rows = await db
    .select({
      conversation: conversations,
      customer: { id: customers.id, name: customers.name },
      assignee: { id: assignee.id, name: assignee.name },
      team: { id: teams.id, name: teams.name },
      activityAt,
    })
    .from(conversations)
    .innerJoin(customers, and(eq(customers.id, conversations.customerId), eq(customers.accountId, conversations.accountId)))
    .leftJoin(assignee, eq(assignee.id, conversations.assigneeId))
    .leftJoin(teams, eq(teams.id, conversations.teamId))
    .where(
      and(
        eq(conversations.accountId, accountId),
        filter.id ? eq(conversations.id, filter.id) : undefined,
        filter.status ? eq(conversations.status, filter.status) : undefined,
        filter.after
          ? or(lt(activityAt, filter.after.at), and(eq(activityAt, filter.after.at), lt(conversations.id, filter.after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(activityAt), desc(conversations.id))
    .limit(filter.limit);
  return {
    items: rows.map((row) => ({
      id: row.conversation.id,
      customer: row.customer,
      channel: row.conversation.channel,
      subject: row.conversation.subject,
      language: row.conversation.language,
      status: row.conversation.status,
      priority: row.conversation.priority,
      assignee: row.assignee?.id ? { id: row.assignee.id, name: row.assignee.name } : null,
      team: row.team?.id ? { id: row.team.id, name: row.team.name } : null,
      tags: row.conversation.tags,
      snoozedUntil: row.conversation.snoozedUntil?.toISOString() ?? null,
      cycle: row.conversation.cycle,
      waitingSince: row.conversation.waitingSince?.toISOString() ?? null,
      createdAt: row.conversation.createdAt.toISOString(),
      lastMessageAt: row.conversation.lastMessageAt?.toISOString() ?? null,
    })),
    activity: rows.map((row) => new Date(row.activityAt)),
  };
}

export async function findCustomer(db: Db, accountId: string, id: string): Promise<Customer | null> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)))
    .limit(1);
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

export async function listMessages(db: Db | Tx, accountId: string, conversationId: string): Promise<Message[]> {
  const rows = await db
    .select({ message: messages, author: { id: users.id, name: users.name } })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorUserId))
    .where(and(eq(messages.accountId, accountId), eq(messages.conversationId, conversationId)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.map(({ message, author }) => toMessage(message, author?.id ? { id: author.id, name: author.name } : null));
}
