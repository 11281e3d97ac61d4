import { and, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { conversations, customers, messages, teams, type Db } from '@sincere/db';
import type { ConversationFilter, ConversationSort, ConversationSummary, Message } from '@sincere/contracts';
import {
  owner,
  sameCustomer,
  summaryColumns,
  toSummaries,
  type SummaryRow,
} from '../conversations/conversation-summary';
import { filterConditions, needsCustomer, type FilterScope } from '../views/filter-conditions';
import { keyText, SORT_ORDERS, sortKeyText, type SortPosition } from '../views/view-sort';
import { MARK_END, MARK_START } from './snippet-markers';
import { matchesInLanguageOf, queryInLanguageOf, type TextQuery } from './text-query';

/**
 * A message matches when the GIN index finds it for the query read in any language
 * (`any`), and the query as its own language reads it matches too, so that a stem of
 * another language cannot match it.
 */
const messageMatches = (text: TextQuery): SQL =>
  sql`${messages.searchVector} @@ ${text.any}::tsquery and ${matchesInLanguageOf(text, messages.searchVector, messages.language)}`;

/**
 * The same test for messages already narrowed to a few conversations. `ts_match_vq` is the
 * function under `@@`: the same cheap first test, which turns most messages away before
 * their language is looked at, but one no index serves. With `@@`, PostgreSQL may AND a
 * GIN bitmap of every message holding the words (hundreds of thousands for two common
 * ones, whose co-occurrence it underestimates) with those few conversations' messages.
 */
const messageMatchesAmongFew = (text: TextQuery): SQL =>
  sql`ts_match_vq(${messages.searchVector}, ${text.any}::tsquery) and ${matchesInLanguageOf(text, messages.searchVector, messages.language)}`;

export interface TextSearch {
  text: TextQuery;
  filter: ConversationFilter;
  sort: ConversationSort;
  after: SortPosition | null;
  limit: number;
}

/**
 * How many conversations, in the view's order, a search reads message by message before
 * it asks the GIN index for the rest. A word in 2% of the conversations or more fills a
 * page within them, usually far sooner; a rarer one is cheaper to find through the index
 * (its messages are few) than by reading the messages of ever more conversations. The
 * bound keeps either way from running away: PostgreSQL's estimate of how many messages
 * hold several words (or a rare one) can be off by far more than the factor between the
 * two ways' costs, so the planner is not left to choose.
 */
export const WALK_LIMIT = 1000;

/** A page position as the walk and the index step find them: the conversation and its sort key. */
interface Found {
  id: string;
  sortKey: string | null;
}

/**
 * The next WALK_LIMIT conversations of the view (filter, order, after the cursor), each
 * probed through its own messages (messages_conversation_idx) until one matches: the
 * first `limit` that hold a match, in order, and — when fewer hold one — the last
 * conversation read (`last`, whether it matched or not), where the index takes over. No
 * `last` row means the view had no more conversations than these.
 */
export function conversationsMatchingText(db: Db, scope: FilterScope, search: TextSearch) {
  const order = SORT_ORDERS[search.sort];
  const columns = {
    id: conversations.id,
    accountId: conversations.accountId,
    sortAt: sql`${order.key}`.as('sort_at'),
    position: sql<number>`row_number() over (order by ${sql.join(order.orderBy, sql`, `)})`.as('position'),
  };
  const view = needsCustomer(search.filter)
    ? db.select(columns).from(conversations).innerJoin(customers, sameCustomer)
    : db.select(columns).from(conversations);
  const walk = view
    .where(and(filterConditions(search.filter, scope), search.after ? order.after(search.after) : undefined))
    .orderBy(...order.orderBy)
    .limit(WALK_LIMIT)
    .as('walk');
  const match = db
    .select({ one: sql`1`.as('one') })
    .from(messages)
    .where(
      and(
        eq(messages.accountId, walk.accountId),
        eq(messages.conversationId, walk.id),
        messageMatchesAmongFew(search.text),
      ),
    )
    // Newest first, as messages_conversation_idx reads them: the index serves the probe even for a
    // conversation that holds most of the table's messages, where a scan would otherwise look cheap.
    .orderBy(desc(messages.createdAt))
    .limit(1)
    .as('match');
  const last = sql`${walk.position} = ${WALK_LIMIT}`;
  return db
    .select({ id: walk.id, sortKey: keyText(walk.sortAt), matched: sql<boolean>`${match.one} is not null`, last })
    .from(walk)
    .leftJoinLateral(match, sql`true`)
    .where(or(isNotNull(match.one), last))
    .orderBy(...order.orderByKey(walk.sortAt, walk.id))
    .limit(search.limit + 1);
}

/**
 * The same found the other way round: every conversation with a matching message, from
 * the GIN index (in an InitPlan: looked up once, whatever the planner guesses about the
 * view), then those of the view after `search.after`, in order.
 */
export function conversationsHoldingMatches(db: Db, scope: FilterScope, search: TextSearch) {
  const order = SORT_ORDERS[search.sort];
  const matching = db
    .select({ id: messages.conversationId })
    .from(messages)
    .where(and(eq(messages.accountId, scope.accountId), messageMatches(search.text)));
  const columns = { id: conversations.id, sortKey: sortKeyText(search.sort) };
  const view = needsCustomer(search.filter)
    ? db.select(columns).from(conversations).innerJoin(customers, sameCustomer)
    : db.select(columns).from(conversations);
  return view
    .where(
      and(
        filterConditions(search.filter, scope),
        search.after ? order.after(search.after) : undefined,
        sql`${conversations.id} = any(array(${matching}))`,
      ),
    )
    .orderBy(...order.orderBy)
    .limit(search.limit);
}

/**
 * A page of the view's conversations that hold a matching message: first by walking the
 * next WALK_LIMIT conversations of the view (a common word fills the page there), then, if
 * the page is not full and the view goes on, through the GIN index after them.
 */
export async function findConversationsMatchingText(
  db: Db,
  scope: FilterScope,
  search: TextSearch,
): Promise<{ items: ConversationSummary[]; positions: SortPosition[] }> {
  const walked = await conversationsMatchingText(db, scope, search);
  const found: Found[] = walked.filter((row) => row.matched).slice(0, search.limit);
  const end = walked.find((row) => row.last);
  if (found.length < search.limit && end) {
    const rest = { ...search, after: { key: end.sortKey, id: end.id }, limit: search.limit - found.length };
    found.push(...(await conversationsHoldingMatches(db, scope, rest)));
  }
  const rows = await summaryRowsOf(db, scope.accountId, found);
  return {
    items: await toSummaries(db, scope.accountId, rows, scope.now),
    positions: found.map(({ id, sortKey }) => ({ key: sortKey, id })),
  };
}

/** The list rows of these conversations, in the order given. */
async function summaryRowsOf(db: Db, accountId: string, found: Found[]): Promise<SummaryRow[]> {
  if (found.length === 0) return [];
  const rows = await db
    .select(summaryColumns)
    .from(conversations)
    .innerJoin(customers, sameCustomer)
    .leftJoin(owner, eq(owner.id, conversations.assigneeId))
    .leftJoin(teams, eq(teams.id, conversations.teamId))
    .where(
      and(
        eq(conversations.accountId, accountId),
        inArray(
          conversations.id,
          found.map(({ id }) => id),
        ),
      ),
    );
  const byId = new Map(rows.map((row) => [row.conversation.id, row]));
  return found.flatMap(({ id }) => byId.get(id) ?? []);
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
      and(
        eq(messages.accountId, accountId),
        inArray(messages.conversationId, conversationIds),
        messageMatchesAmongFew(text),
      ),
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
