import { and, arrayContains, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { conversationCounts, conversations, customers, teamMembers } from '@sincere/db';
import type { ConversationFilter } from '@sincere/contracts';

/** Whose list it is and when: 'me', 'mine' and "waiting longer than" depend on them. */
export interface FilterScope {
  accountId: string;
  userId: string;
  now: Date;
}

/** conversation_counts' key for "no owner" and "no team". */
export const NONE = '00000000-0000-0000-0000-000000000000';

const teamsOf = (scope: FilterScope) =>
  sql`(select ${teamMembers.teamId} from ${teamMembers} where ${teamMembers.accountId} = ${scope.accountId} and ${teamMembers.userId} = ${scope.userId})`;

/** The customer's language is stored as a locale ('pt-BR', 'ru_RU'); filters name its primary subtag. */
const customerLanguage = sql`lower(split_part(replace(${customers.locale}, '_', '-'), '-', 1))`;

/**
 * The filter as conditions on `conversations` joined with their `customers` (for the
 * customer criteria), always scoped to the caller's account.
 */
export function filterConditions(filter: ConversationFilter, scope: FilterScope): SQL {
  const { assignee, team, waitingLongerThanMinutes: minutes } = filter;
  const conditions: (SQL | undefined)[] = [
    eq(conversations.accountId, scope.accountId),
    filter.status && inArray(conversations.status, filter.status),
    assignee === 'none' ? isNull(conversations.assigneeId) : undefined,
    assignee && assignee !== 'none'
      ? eq(conversations.assigneeId, assignee === 'me' ? scope.userId : assignee)
      : undefined,
    team === 'mine' ? sql`${conversations.teamId} in ${teamsOf(scope)}` : undefined,
    team && team !== 'mine' ? eq(conversations.teamId, team) : undefined,
    filter.tags && arrayContains(conversations.tags, filter.tags),
    filter.channel && inArray(conversations.channel, filter.channel),
    filter.priority && inArray(conversations.priority, filter.priority),
    filter.customerLanguage &&
      inArray(
        customerLanguage,
        filter.customerLanguage.map((language) => language.toLowerCase()),
      ),
    filter.customerCountry && inArray(sql`upper(${customers.country})`, filter.customerCountry),
    filter.customerId ? eq(conversations.customerId, filter.customerId) : undefined,
    minutes === undefined
      ? undefined
      : lt(conversations.waitingSince, new Date(scope.now.getTime() - minutes * 60_000)),
  ];
  return and(...conditions) ?? sql`true`;
}

/** Whether the filter names the customer, so that a count must join customers. */
export const needsCustomer = (filter: ConversationFilter) =>
  filter.customerLanguage !== undefined || filter.customerCountry !== undefined;

const COUNTER_FIELDS = new Set<string>(['status', 'assignee', 'team']);

/**
 * The same filter as conditions on conversation_counts, whose rows are keyed by
 * status, owner and team; null when the filter asks for anything else.
 */
export function counterConditions(filter: ConversationFilter, scope: FilterScope): SQL | null {
  const fields = Object.entries(filter).filter(([, value]) => value !== undefined);
  if (fields.some(([field]) => !COUNTER_FIELDS.has(field))) return null;
  const { assignee, team } = filter;
  // The zero UUID means "none" in the counters: as a real id it matches nothing, so count those rows.
  if (assignee === NONE || team === NONE) return null;
  const owner = assignee === 'me' ? scope.userId : assignee === 'none' ? NONE : assignee;
  return (
    and(
      filter.status && inArray(conversationCounts.status, filter.status),
      owner === undefined ? undefined : eq(conversationCounts.assigneeKey, owner),
      team === 'mine' ? sql`${conversationCounts.teamKey} in ${teamsOf(scope)}` : undefined,
      team && team !== 'mine' ? eq(conversationCounts.teamKey, team) : undefined,
    ) ?? sql`true`
  );
}
