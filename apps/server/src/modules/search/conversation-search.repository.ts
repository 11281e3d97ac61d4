import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { conversations, customers, messages, teams, type Db } from '@sincere/db';
import type { ConversationFilter, ConversationSort, ConversationSummary, Message } from '@sincere/contracts';
import { owner, sameCustomer, summaryColumns, toSummaries } from '../conversations/conversation-summary';
import { filterConditions, type FilterScope } from '../views/filter-conditions';
import { SORT_ORDERS, sortKeyText, type SortPosition } from '../views/view-sort';
import { MARK_END, MARK_START } from './snippet-markers';
import { queryInLanguageOf, type TextQuery } from './text-query';

/**
 * A message matches when the GIN index finds it for the query read in any language
 * (`any`), and the query as its own language reads it matches too, so that a stem of
 * another language cannot match it.
 */
const messageMatches = (text: TextQuery): SQL =>
  sql`${messages.searchVector} @@ ${text.any}::tsquery and ${messages.searchVector} @@ ${queryInLanguageOf(text, messages.language)}`;

export interface TextSearch {
  text: TextQuery;
  filter: ConversationFilter;
  sort: ConversationSort;
  after: SortPosition | null;
  limit: number;
}

/**
 * The conversations of a view (filter and order) that hold a matching message, as the
 * conversation list pages them. Written as a semi-join so that the planner picks, per
 * query: for a rare word, the GIN index and then the few conversations; for a common
 * one, the conversations in order, each probed through its own messages, stopping
 * once the page is full.
 */
export function conversationsMatchingText(db: Db, scope: FilterScope, search: TextSearch) {
  const order = SORT_ORDERS[search.sort];
  const withMatch = db
    .select({ id: messages.conversationId })
    .from(messages)
    .where(and(eq(messages.accountId, scope.accountId), messageMatches(search.text)));
  return db
    .select({ ...summaryColumns, sortKey: sortKeyText(search.sort) })
    .from(conversations)
    .innerJoin(customers, sameCustomer)
    .leftJoin(owner, eq(owner.id, conversations.assigneeId))
    .leftJoin(teams, eq(teams.id, conversations.teamId))
    .where(
      and(
        filterConditions(search.filter, scope),
        inArray(conversations.id, withMatch),
        search.after ? order.after(search.after) : undefined,
      ),
    )
    .orderBy(...order.orderBy)
    .limit(search.limit);
}

export async function findConversationsMatchingText(
  db: Db,
  scope: FilterScope,
  search: TextSearch,
): Promise<{ items: ConversationSummary[]; positions: SortPosition[] }> {
  const rows = await conversationsMatchingText(db, scope, search);
  return {
    items: await toSummaries(db, scope.accountId, rows, scope.now),
    positions: rows.map((row) => ({ key: row.sortKey, id: row.conversation.id })),
  };
}

/** ts_headline's options: a passage or two around the matches, with markers the text cannot contain. */
const HEADLINE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export interface MatchingMessage {
  id: string;
  conversationId: string;
  direction: Message['direction'];
  createdAt: Date;
  /** The passage around the matched words, matches between MARK_START and MARK_END. */
  marked: string;
}

/**
 * The latest matching message of each of these conversations, with the passage around
 * its matched words highlighted in the message's own language. For one page only:
 * ts_headline parses the whole text again.
 */
export async function findLatestMatchingMessages(
  db: Db,
  accountId: string,
  text: TextQuery,
  conversationIds: string[],
): Promise<MatchingMessage[]> {
  if (conversationIds.length === 0) return [];
  const latest = db
    .selectDistinctOn([messages.conversationId], { id: messages.id })
    .from(messages)
    .where(
      and(eq(messages.accountId, accountId), inArray(messages.conversationId, conversationIds), messageMatches(text)),
    )
    .orderBy(messages.conversationId, desc(messages.createdAt), desc(messages.id));
  const body = sql`translate(${messages.body}, ${MARK_START + MARK_END}, '')`;
  return db
    .select({
      id: messages.id,
      conversationId: messages.conversationId,
      direction: messages.direction,
      createdAt: messages.createdAt,
      marked: sql<string>`ts_headline(sincere_regconfig(${messages.language}), ${body}, ${queryInLanguageOf(text, messages.language)}, ${HEADLINE_OPTIONS})`,
    })
    .from(messages)
    .where(and(eq(messages.accountId, accountId), inArray(messages.id, latest)));
}
