import type { ConversationFilter, ConversationSearchPage, ConversationSearchQuery } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { AuthContext } from '../auth/auth-context';
import { findView, scopeOf } from '../views/find-views';
import { decodeViewCursor, encodeViewCursor } from '../views/view-sort';
import { findConversationsMatchingText, findLatestMatchingMessages } from './conversation-search.repository';
import { rangesFromMarkers } from './snippet-markers';
import { readTextQuery } from './text-query';

/**
 * The conversations of a view (or of the whole account) whose messages, over the whole
 * history, contain the words in any of their forms, each with its latest matching message.
 *
 * Ordered like the view (most recent activity first by default), not by ts_rank: ranks of
 * messages stemmed in different languages do not compare, on short chat messages they
 * mostly count repetitions, and a list ordered like the inbox pages with the same keyset
 * cursor and can stop early on a common word (see conversationsMatchingText).
 */
export async function searchConversations(
  ctx: AppContext,
  caller: AuthContext,
  query: ConversationSearchQuery,
): Promise<ConversationSearchPage> {
  const { q, view, sort, cursor, limit, ...fields } = query;
  const after = decodeViewCursor(sort, cursor);
  const base = view ? (await findView(ctx, caller, view)).filter : {};
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const filter: ConversationFilter = { ...base, ...given };

  const { db } = ctx.database;
  const text = await readTextQuery(db, q);
  if (!text) return { items: [], nextCursor: null };
  const found = await findConversationsMatchingText(db, scopeOf(ctx, caller), {
    text,
    filter,
    sort,
    after,
    limit: limit + 1,
  });
  const page = found.items.slice(0, limit);
  const hits = await findLatestMatchingMessages(
    db,
    caller.accountId,
    text,
    page.map((conversation) => conversation.id),
  );
  const hitOf = new Map(hits.map((hit) => [hit.conversationId, hit]));
  const items = page.flatMap((conversation) => {
    const hit = hitOf.get(conversation.id);
    // A message deleted between the two reads leaves nothing to show for its conversation.
    if (!hit) return [];
    const message = { id: hit.id, direction: hit.direction, createdAt: hit.createdAt.toISOString() };
    return [{ conversation, message: { ...message, snippet: rangesFromMarkers(hit.marked) } }];
  });
  const last = found.positions[page.length - 1];
  return { items, nextCursor: found.items.length > limit && last ? encodeViewCursor(sort, last) : null };
}
