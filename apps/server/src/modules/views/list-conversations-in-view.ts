import type { ConversationFilter, ConversationListQuery, ConversationPage } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { AuthContext } from '../auth/auth-context';
import { findView, scopeOf } from './find-views';
import { listConversationsMatching } from './view-conversations.repository';
import { decodeViewCursor, encodeViewCursor } from './view-sort';

/**
 * One page of a view: the view's filter with the fields the query gives replacing
 * the view's own, in the requested order, after the cursor's position.
 */
export async function listConversationsInView(
  ctx: AppContext,
  caller: AuthContext,
  query: ConversationListQuery,
): Promise<ConversationPage> {
  const { view, sort, cursor, limit, ...fields } = query;
  const after = decodeViewCursor(sort, cursor);
  const base = view ? (await findView(ctx, caller, view)).filter : {};
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const filter: ConversationFilter = { ...base, ...given };
  const { items, positions } = await listConversationsMatching(ctx.database.db, scopeOf(ctx, caller), {
    filter,
    sort,
    after,
    limit: limit + 1,
  });
  const page = items.slice(0, limit);
  const last = positions[page.length - 1];
  return { items: page, nextCursor: items.length > limit && last ? encodeViewCursor(sort, last) : null };
}
