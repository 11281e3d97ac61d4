import { BuiltInView, type ViewWithCount } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import type { FilterScope } from './filter-conditions';
import { BUILT_IN_DEFINITIONS, toViewDefinition, type ViewDefinition } from './saved-view.mapper';
import { findVisibleSavedView, listVisibleSavedViews } from './saved-views.repository';
import { countViews } from './view-counts';

export const scopeOf = (ctx: AppContext, caller: AuthContext): FilterScope => ({
  accountId: caller.accountId,
  userId: caller.user.id,
  now: ctx.clock(),
});

/** A built-in view by name or a saved view the caller sees; another person's personal view is not found. */
export async function findView(ctx: AppContext, caller: AuthContext, id: string): Promise<ViewDefinition> {
  const builtIn = BuiltInView.safeParse(id);
  if (builtIn.success) {
    const view = BUILT_IN_DEFINITIONS.find((definition) => definition.id === builtIn.data);
    if (view) return view;
  }
  const row = await findVisibleSavedView(ctx.database.db, caller.accountId, caller.user.id, id);
  if (!row) throw notFound('View');
  return toViewDefinition(row);
}

/** The built-in views, then the caller's personal and the account's shared views by position, each with its count. */
export async function listViews(ctx: AppContext, caller: AuthContext): Promise<ViewWithCount[]> {
  const saved = await listVisibleSavedViews(ctx.database.db, caller.accountId, caller.user.id);
  return countViews(ctx.database.db, scopeOf(ctx, caller), [...BUILT_IN_DEFINITIONS, ...saved.map(toViewDefinition)]);
}

export async function findViewWithCount(ctx: AppContext, caller: AuthContext, id: string): Promise<ViewWithCount> {
  const [counted] = await countViews(ctx.database.db, scopeOf(ctx, caller), [await findView(ctx, caller, id)]);
  if (!counted) throw notFound('View');
  return counted;
}
