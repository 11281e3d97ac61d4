import type { ViewWithCount } from '@sincere/contracts';
import type { Db } from '@sincere/db';
import type { FilterScope } from './filter-conditions';
import type { ViewDefinition } from './saved-view.mapper';
import { countConversationsUpTo, countFromCounters } from './view-conversations.repository';

/** Filters the counters cannot answer are counted up to this many rows: a sidebar shows "1000+", not an exact number. */
export const COUNT_CAP = 1000;

/**
 * Counts views without recounting the table: status/owner/team filters (every
 * built-in view) sum a few conversation_counts rows in one query; any other
 * filter counts matching rows up to COUNT_CAP.
 */
export async function countViews(db: Db, scope: FilterScope, views: ViewDefinition[]): Promise<ViewWithCount[]> {
  const fromCounters = await countFromCounters(
    db,
    scope,
    views.map((view) => view.filter),
  );
  return Promise.all(
    views.map(async (view, index) => {
      const exact = fromCounters[index];
      if (exact !== null && exact !== undefined) return { ...view, count: exact, countIsCapped: false };
      const counted = await countConversationsUpTo(db, scope, view.filter, COUNT_CAP);
      return { ...view, count: Math.min(counted, COUNT_CAP), countIsCapped: counted > COUNT_CAP };
    }),
  );
}
