import { and, eq, sql } from 'drizzle-orm';
import { conversationCounts, conversations, customers, teams, type Db } from '@sincere/db';
import type { ConversationFilter, ConversationSort, ConversationSummary } from '@sincere/contracts';
import { owner, sameCustomer, summaryColumns, toSummaries } from '../conversations/conversation-summary';
import { counterConditions, filterConditions, needsCustomer, type FilterScope } from './filter-conditions';
import { SORT_ORDERS, sortKeyText, type SortPosition } from './view-sort';

/** One page of the conversations matching a filter, in the sort's order, after a position. */
export async function listConversationsMatching(
  db: Db,
  scope: FilterScope,
  query: { filter: ConversationFilter; sort: ConversationSort; after: SortPosition | null; limit: number },
): Promise<{ items: ConversationSummary[]; positions: SortPosition[] }> {
  const order = SORT_ORDERS[query.sort];
  const rows = await db
    .select({ ...summaryColumns, sortKey: sortKeyText(query.sort) })
    .from(conversations)
    .innerJoin(customers, sameCustomer)
    .leftJoin(owner, eq(owner.id, conversations.assigneeId))
    .leftJoin(teams, eq(teams.id, conversations.teamId))
    .where(and(filterConditions(query.filter, scope), query.after ? order.after(query.after) : undefined))
    .orderBy(...order.orderBy)
    .limit(query.limit);
  return {
    items: await toSummaries(db, scope.accountId, rows, scope.now),
    positions: rows.map((row) => ({ key: row.sortKey, id: row.conversation.id })),
  };
}

/**
 * Counts from conversation_counts, one sum per filter in a single pass over the
 * account's counter rows; null for a filter the counters cannot answer.
 */
export async function countFromCounters(
  db: Db,
  scope: FilterScope,
  filters: ConversationFilter[],
): Promise<(number | null)[]> {
  const conditions = filters.map((filter) => counterConditions(filter, scope));
  const sums = Object.fromEntries(
    conditions.flatMap((condition, index) =>
      condition
        ? [[`v${index}`, sql<number>`coalesce(sum(${conversationCounts.n}) filter (where ${condition}), 0)::int`]]
        : [],
    ),
  );
  if (Object.keys(sums).length === 0) return conditions.map(() => null);
  const [row] = await db.select(sums).from(conversationCounts).where(eq(conversationCounts.accountId, scope.accountId));
  return conditions.map((condition, index) => (condition ? Number(row?.[`v${index}`] ?? 0) : null));
}

/** How many conversations match, counting no further than `cap + 1` rows. */
export async function countConversationsUpTo(
  db: Db,
  scope: FilterScope,
  filter: ConversationFilter,
  cap: number,
): Promise<number> {
  const matching = needsCustomer(filter)
    ? db
        .select({ one: sql`1` })
        .from(conversations)
        .innerJoin(customers, sameCustomer)
    : db.select({ one: sql`1` }).from(conversations);
  const capped = matching
    .where(filterConditions(filter, scope))
    .limit(cap + 1)
    .as('capped');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(capped);
  return Number(row?.n ?? 0);
}
