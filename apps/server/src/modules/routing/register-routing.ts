import type { AppContext } from '../../context';
import type { ConversationListeners } from '../conversations/conversation-listeners';
import { findRoutingState } from './routing.repository';
import { mayNeedRouting, routingWorkFor } from './routing-triggers';
import { serveTeamQueue, serveTeamsOfUser } from './serve-queue';

const registered = new WeakSet<ConversationListeners>();

/**
 * Automatic assignment reacts to committed conversation changes: a conversation
 * joining a queue, or an agent's slot freeing, serves the queues concerned.
 * Registering twice on one context is harmless.
 */
export function registerRouting(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on('routing', async ({ accountId, conversationId, events }) => {
    if (!mayNeedRouting(events)) return;
    const state = await findRoutingState(ctx.database.db, accountId, conversationId);
    if (!state) return;
    const work = routingWorkFor(events, state.assigneeId);
    if (work.serveOwnTeam && state.teamId) await serveTeamQueue(ctx, accountId, state.teamId);
    for (const userId of work.freedUserIds) await serveTeamsOfUser(ctx, accountId, userId);
  });
}
