import { BUILT_IN_VIEWS, ConversationFilter, type ViewWithCount } from '@sincere/contracts';
import { BUILT_IN_VIEW_FILTERS, BUILT_IN_VIEW_NAMES } from './built-in-views';
import type { SavedViewRow } from './saved-views.repository';

/** A view before it is counted. */
export type ViewDefinition = Omit<ViewWithCount, 'count' | 'countIsCapped'>;

export const BUILT_IN_DEFINITIONS: ViewDefinition[] = BUILT_IN_VIEWS.map((id, position) => ({
  id,
  kind: 'built_in',
  name: BUILT_IN_VIEW_NAMES[id],
  filter: BUILT_IN_VIEW_FILTERS[id],
  position,
}));

export function toViewDefinition(row: SavedViewRow): ViewDefinition {
  return {
    id: row.id,
    kind: row.userId ? 'personal' : 'shared',
    name: row.name,
    // Stored only after the same schema accepted it.
    filter: ConversationFilter.parse(row.filters),
    position: row.position,
  };
}
