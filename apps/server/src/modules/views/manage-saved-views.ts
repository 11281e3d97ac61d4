import { and, eq } from 'drizzle-orm';
import { teams, users } from '@sincere/db';
import type {
  ConversationFilter,
  CreateSavedViewRequest,
  Role,
  UpdateSavedViewRequest,
  ViewWithCount,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { scopeOf } from './find-views';
import { toViewDefinition } from './saved-view.mapper';
import {
  countSavedViewsOf,
  deleteSavedViewById,
  findVisibleSavedView,
  insertSavedView,
  nextSavedViewPosition,
  updateSavedViewById,
  type SavedViewRow,
} from './saved-views.repository';
import { countViews } from './view-counts';

/** Who may create, change and delete the views everyone in the account sees. */
const SHARED_VIEW_EDITORS: readonly Role[] = ['admin', 'lead'];
/** Each view is counted whenever the sidebar loads: keep the list short enough to count quickly. */
export const MAX_VIEWS = 50;

export async function createSavedView(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateSavedViewRequest,
): Promise<ViewWithCount> {
  const { db } = ctx.database;
  if (input.shared && !SHARED_VIEW_EDITORS.includes(caller.user.role))
    throw forbidden('Only admins and leads share views');
  const owner = input.shared ? null : caller.user.id;
  if ((await countSavedViewsOf(db, caller.accountId, owner)) >= MAX_VIEWS) {
    throw new AppError('conflict', `At most ${MAX_VIEWS} ${owner ? 'personal' : 'shared'} views; delete one first`);
  }
  await checkFilterNamesOwnObjects(ctx, caller.accountId, input.filter);
  const row = await insertSavedView(db, {
    accountId: caller.accountId,
    userId: owner,
    name: input.name,
    filters: input.filter,
    position: input.position ?? (await nextSavedViewPosition(db, caller.accountId, caller.user.id)),
  });
  return counted(ctx, caller, row);
}

export async function updateSavedView(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateSavedViewRequest,
): Promise<ViewWithCount> {
  await findEditable(ctx, caller, id);
  if (input.filter) await checkFilterNamesOwnObjects(ctx, caller.accountId, input.filter);
  const row = await updateSavedViewById(ctx.database.db, caller.accountId, id, {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.filter === undefined ? {} : { filters: input.filter }),
    ...(input.position === undefined ? {} : { position: input.position }),
  });
  if (!row) throw notFound('View');
  return counted(ctx, caller, row);
}

export async function deleteSavedView(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  await findEditable(ctx, caller, id);
  await deleteSavedViewById(ctx.database.db, caller.accountId, id);
}

/** A personal view is its owner's alone (others cannot see it: 404); a shared one is changed by admins and leads. */
async function findEditable(ctx: AppContext, caller: AuthContext, id: string): Promise<SavedViewRow> {
  const row = await findVisibleSavedView(ctx.database.db, caller.accountId, caller.user.id, id);
  if (!row) throw notFound('View');
  if (row.userId === null && !SHARED_VIEW_EDITORS.includes(caller.user.role)) {
    throw forbidden('Only admins and leads change shared views');
  }
  return row;
}

/** A saved view naming a person or team that is not the account's would quietly show nothing forever. */
async function checkFilterNamesOwnObjects(
  ctx: AppContext,
  accountId: string,
  filter: ConversationFilter,
): Promise<void> {
  const { db } = ctx.database;
  const { assignee, team } = filter;
  if (assignee && assignee !== 'me' && assignee !== 'none') {
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.accountId, accountId), eq(users.id, assignee)));
    if (!user) throw new AppError('validation_failed', 'No such person', { 'filter.assignee': 'No user with this id' });
  }
  if (team && team !== 'mine') {
    const [found] = await db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.accountId, accountId), eq(teams.id, team)));
    if (!found) throw new AppError('validation_failed', 'No such team', { 'filter.team': 'No team with this id' });
  }
}

async function counted(ctx: AppContext, caller: AuthContext, row: SavedViewRow): Promise<ViewWithCount> {
  const [view] = await countViews(ctx.database.db, scopeOf(ctx, caller), [toViewDefinition(row)]);
  if (!view) throw notFound('View');
  return view;
}
