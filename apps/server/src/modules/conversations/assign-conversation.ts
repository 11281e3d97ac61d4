import { and, eq, inArray } from 'drizzle-orm';
import { conversations, users } from '@sincere/db';
import type { AssignConversationRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { refuseMerged } from './merged-conversations';
import { appendEvents } from './event-log';
import { CONVERSATION_WRITERS, lockConversation, publishChanges } from './conversation-writes';

/** Gives the conversation one owner (or none), with the reason in the event log. */
export async function assignConversation(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  input: AssignConversationRequest,
): Promise<void> {
  const { accountId } = caller;
  const now = ctx.clock();
  const events = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, accountId, conversationId);
    // A merged conversation is resolved for good: reopening or reassigning it would split the customer's story.
    refuseMerged(conversation);
    if (input.assigneeId) {
      const [owner] = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.accountId, accountId),
            eq(users.id, input.assigneeId),
            eq(users.status, 'active'),
            inArray(users.role, [...CONVERSATION_WRITERS]),
          ),
        );
      if (!owner) {
        throw new AppError(
          'validation_failed',
          'Conversations are owned by active admins, leads and agents of this account',
          {
            assigneeId: 'Not an active agent of this account',
          },
        );
      }
    }
    if (input.assigneeId === conversation.assigneeId) return [];
    await tx
      .update(conversations)
      .set({ assigneeId: input.assigneeId, updatedAt: now })
      .where(eq(conversations.id, conversationId));
    return appendEvents(tx, [
      {
        accountId,
        conversationId,
        type: input.assigneeId ? 'conversation.assigned' : 'conversation.unassigned',
        actorType: 'user',
        actorId: caller.user.id,
        data: {
          from: conversation.assigneeId,
          to: input.assigneeId,
          ...(input.reason ? { reason: input.reason } : {}),
        },
        occurredAt: now,
      },
    ]);
  });
  await publishChanges(ctx, accountId, conversationId, events);
}
