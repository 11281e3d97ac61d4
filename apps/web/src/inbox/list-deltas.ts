import type { ConversationFilter, ConversationSort, ConversationSummary } from '@sincere/contracts';

/** Whether a conversation belongs in a list; 'unknown' when the client cannot tell (a team it may not belong to). */
export type Membership = 'in' | 'out' | 'unknown';

export function membership(filter: ConversationFilter, row: ConversationSummary, userId: string): Membership {
  if (filter.status && !filter.status.includes(row.status)) return 'out';
  if (filter.priority && !filter.priority.includes(row.priority)) return 'out';
  if (filter.channel && !filter.channel.includes(row.channel)) return 'out';
  if (filter.tags && !filter.tags.every((tag) => row.tags.includes(tag))) return 'out';
  if (filter.assignee !== undefined) {
    const assigneeId = row.assignee?.id ?? null;
    const wanted = filter.assignee === 'me' ? userId : filter.assignee === 'none' ? null : filter.assignee;
    if (assigneeId !== wanted) return 'out';
  }
  if (filter.team !== undefined) {
    if (!row.team) return 'out';
    if (filter.team === 'mine') return 'unknown';
    if (row.team.id !== filter.team) return 'out';
  }
  // Customer language, country and waiting time are not on the row: let the server decide.
  if (filter.customerLanguage || filter.customerCountry || filter.waitingLongerThanMinutes) return 'unknown';
  return 'in';
}

/** Negative when `a` comes first in the list's order, as the server sorts: by one time, then by id. */
export function compareRows(sort: ConversationSort, a: ConversationSummary, b: ConversationSummary): number {
  // Nulls (not waiting) go last; Date.parse because timestamps may differ in precision.
  const time = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const ascending = (x: number, y: number) => (x === y ? byId : x < y ? -1 : 1);
  switch (sort) {
    case 'waiting':
      return ascending(time(a.waitingSince), time(b.waitingSince));
    case 'oldest':
      return ascending(time(a.createdAt), time(b.createdAt));
    case 'recent':
      return -ascending(time(a.lastMessageAt ?? a.createdAt), time(b.lastMessageAt ?? b.createdAt));
  }
}

interface ListState {
  items: ConversationSummary[];
  /** More pages exist after the loaded ones: a row sorting past the last loaded one belongs to them. */
  hasMore: boolean;
}

/**
 * Applies a `conversation.updated` delta to a loaded list: updates the row in place,
 * inserts it where it sorts when it now belongs, removes it when it no longer does.
 */
export function applyRowUpdate(
  state: ListState,
  row: ConversationSummary,
  fits: Membership,
  sort: ConversationSort,
): ConversationSummary[] {
  const present = state.items.some((item) => item.id === row.id);
  if (fits === 'out') return present ? state.items.filter((item) => item.id !== row.id) : state.items;
  if (!present && fits === 'unknown') return state.items;
  const others = state.items.filter((item) => item.id !== row.id);
  const last = others[others.length - 1];
  if (state.hasMore && last && compareRows(sort, row, last) > 0) return others;
  const at = others.findIndex((item) => compareRows(sort, row, item) < 0);
  return at < 0 ? [...others, row] : [...others.slice(0, at), row, ...others.slice(at)];
}
