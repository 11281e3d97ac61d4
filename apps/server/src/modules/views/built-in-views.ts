import type { BuiltInView, ConversationFilter } from '@sincere/contracts';

/** What each built-in view shows. Their counts come from conversation_counts, so they filter only by status, owner and team. */
export const BUILT_IN_VIEW_FILTERS: Record<BuiltInView, ConversationFilter> = {
  mine: { assignee: 'me', status: ['open', 'pending'] },
  unassigned: { assignee: 'none', status: ['open'] },
  my_team: { team: 'mine', status: ['open', 'pending'] },
  all: { status: ['open', 'pending', 'snoozed'] },
};

/** For API clients; the web app shows its own translated names by id. */
export const BUILT_IN_VIEW_NAMES: Record<BuiltInView, string> = {
  mine: 'Mine',
  unassigned: 'Unassigned',
  my_team: 'My team',
  all: 'All',
};
