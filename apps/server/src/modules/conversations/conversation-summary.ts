import { aliasedTable, and, eq, inArray } from 'drizzle-orm';
import { conversations, customers, teams, users, type Db, type Tx } from '@sincere/db';
import type { ConversationSummary } from '@sincere/contracts';
import { slaOfRows } from '../sla/sla-summary';

/** The owner, joined under its own name so that queries can also join users for other roles. */
export const owner = aliasedTable(users, 'assignee');

/** What a conversation's list row is made of; every list selects these and joins as `joinSummaryTables` does. */
export const summaryColumns = {
  conversation: conversations,
  customer: { id: customers.id, name: customers.name },
  assignee: { id: owner.id, name: owner.name },
  team: { id: teams.id, name: teams.name },
};

export const sameCustomer = and(
  eq(customers.id, conversations.customerId),
  eq(customers.accountId, conversations.accountId),
);

export interface SummaryRow {
  conversation: typeof conversations.$inferSelect;
  customer: { id: string; name: string };
  assignee: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
}

/** Maps list rows to the contract's summary, with each row's SLA state at `now` (one query for the page's policies). */
export async function toSummaries(
  db: Db | Tx,
  accountId: string,
  rows: SummaryRow[],
  now: Date,
): Promise<ConversationSummary[]> {
  const slaOf = await slaOfRows(
    db,
    accountId,
    rows.map((row) => row.conversation),
    now,
  );
  return rows.map(({ conversation, customer, assignee, team }) => ({
    id: conversation.id,
    customer,
    channel: conversation.channel,
    subject: conversation.subject,
    language: conversation.language,
    status: conversation.status,
    priority: conversation.priority,
    assignee: assignee?.id ? { id: assignee.id, name: assignee.name } : null,
    team: team?.id ? { id: team.id, name: team.name } : null,
    tags: conversation.tags,
    snoozedUntil: conversation.snoozedUntil?.toISOString() ?? null,
    cycle: conversation.cycle,
    waitingSince: conversation.waitingSince?.toISOString() ?? null,
    createdAt: conversation.createdAt.toISOString(),
    lastMessageAt: conversation.lastMessageAt?.toISOString() ?? null,
    sla: slaOf(conversation),
    mergedIntoId: conversation.mergedIntoId,
  }));
}

/** One conversation's list row, or null when the account has no such conversation. */
export async function findConversationSummary(
  db: Db | Tx,
  accountId: string,
  id: string,
  now: Date,
): Promise<ConversationSummary | null> {
  return (await findConversationSummaries(db, accountId, [id], now))[0] ?? null;
}

/** The list rows of these conversations of the account (those it has), in no particular order. */
export async function findConversationSummaries(
  db: Db | Tx,
  accountId: string,
  ids: string[],
  now: Date,
): Promise<ConversationSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(conversations)
    .innerJoin(customers, sameCustomer)
    .leftJoin(owner, eq(owner.id, conversations.assigneeId))
    .leftJoin(teams, eq(teams.id, conversations.teamId))
    .where(
      and(
        eq(conversations.accountId, accountId),
        ids.length === 1 ? eq(conversations.id, ids[0] ?? '') : inArray(conversations.id, ids),
      ),
    );
  return toSummaries(db, accountId, rows, now);
}
