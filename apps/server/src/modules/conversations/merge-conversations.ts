import { and, eq, inArray, or } from 'drizzle-orm';
import { attachments, conversations, followUps, messages, promises } from '@sincere/db';
import type { MergeConversationsRequest, Message } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents, type NewConversationEvent } from './event-log';
import { lockConversation, publishChanges, type ConversationRow } from './conversation-writes';
import { listMessages } from './conversations.repository';
import { refuseMerged } from './merged-conversations';

const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * Merges the source conversation into the target: the source's messages (and
 * their attachments) move to the target, which takes the union of tags, the
 * earlier wait and the latest message, and reopens if the source's customer was
 * waiting. The source is resolved and points at the target; messages sent to it
 * later land in the target (add-message.ts). Each side logs what happened to it.
 */
export async function mergeConversations(
  ctx: AppContext,
  caller: AuthContext,
  targetId: string,
  input: MergeConversationsRequest,
): Promise<void> {
  const { accountId } = caller;
  const { sourceId } = input;
  if (sourceId === targetId) {
    throw new AppError('validation_failed', 'A conversation cannot be merged into itself', {
      sourceId: 'The same conversation as the one merged into',
    });
  }
  const now = ctx.clock();
  const result = await ctx.database.db.transaction(async (tx) => {
    // Refused before taking any lock: a repeated merge of a merged conversation must not hold the target while
    // it waits for the source, which a late message (add-message.ts) may hold on its way to that target.
    const current = await tx
      .select()
      .from(conversations)
      .where(and(eq(conversations.accountId, accountId), inArray(conversations.id, [targetId, sourceId])));
    for (const conversation of current)
      refuseMerged(conversation, conversation.id === sourceId ? 'sourceId' : undefined);
    // Always in id order: two merges crossing the same pair (A into B, B into A) queue up instead of deadlocking.
    const locked = new Map<string, ConversationRow>();
    for (const id of [targetId, sourceId].sort()) locked.set(id, await lockConversation(tx, accountId, id));
    const target = locked.get(targetId);
    const source = locked.get(sourceId);
    if (!target || !source) throw new Error('locked conversations went missing');
    refuseMerged(target);
    refuseMerged(source, 'sourceId');
    if (source.customerId !== target.customerId) {
      throw new AppError('validation_failed', 'Only conversations of the same customer can be merged', {
        sourceId: 'A conversation of another customer',
      });
    }

    const moved = await tx
      .update(messages)
      .set({ conversationId: targetId })
      .where(and(eq(messages.accountId, accountId), eq(messages.conversationId, sourceId)))
      .returning({ id: messages.id });
    const messageIds = moved.map((message) => message.id);
    await tx
      .update(attachments)
      .set({ conversationId: targetId })
      .where(
        and(
          eq(attachments.accountId, accountId),
          or(
            eq(attachments.conversationId, sourceId),
            messageIds.length > 0 ? inArray(attachments.messageId, messageIds) : undefined,
          ),
        ),
      );

    const byUser = { accountId, actorType: 'user' as const, actorId: caller.user.id, occurredAt: now };
    const onTarget = { ...byUser, conversationId: targetId };
    const onSource = { ...byUser, conversationId: sourceId };
    const targetEvents: NewConversationEvent[] = [
      { ...onTarget, type: 'conversation.merged', data: { sourceId, messageIds } },
    ];
    const sourceEvents: NewConversationEvent[] = [];

    const added = source.tags.filter((tag) => !target.tags.includes(tag));
    if (added.length > 0) {
      targetEvents.push({
        ...onTarget,
        type: 'conversation.tags_changed',
        data: { added, removed: [], reason: 'merged' },
      });
    }
    // Resolving leaves waiting_since as it was: a resolved source's customer is waiting for nothing.
    const sourceWaitingSince = source.status === 'resolved' ? null : source.waitingSince;
    const targetChanges: Partial<typeof conversations.$inferInsert> = {
      tags: [...target.tags, ...added],
      waitingSince: earliest(target.waitingSince, sourceWaitingSince),
      lastMessageAt: latest(target.lastMessageAt, source.lastMessageAt),
      updatedAt: now,
    };
    // The source's customer is still waiting for an answer: it must not stay hidden in a closed conversation.
    if (sourceWaitingSince && target.status !== 'open') {
      targetChanges.status = 'open';
      targetChanges.snoozedUntil = null;
      if (target.status === 'resolved') {
        targetChanges.cycle = target.cycle + 1;
        targetEvents.push({ ...onTarget, type: 'conversation.reopened', data: { cycle: target.cycle + 1 } });
      }
      targetEvents.push({
        ...onTarget,
        type: 'conversation.status_changed',
        data: { from: target.status, to: 'open', reason: 'merged' },
      });
    }

    if (source.status !== 'resolved') {
      sourceEvents.push({
        ...onSource,
        type: 'conversation.status_changed',
        data: { from: source.status, to: 'resolved', reason: 'merged' },
      });
    }
    sourceEvents.push({ ...onSource, type: 'conversation.merged_into', data: { targetId } });

    await tx.update(conversations).set(targetChanges).where(eq(conversations.id, targetId));
    // Promises and follow-ups were made to the customer, not to the conversation: they go on where the story does.
    await tx
      .update(promises)
      .set({ conversationId: targetId, updatedAt: now })
      .where(and(eq(promises.accountId, accountId), eq(promises.conversationId, sourceId)));
    await tx
      .update(followUps)
      .set({ conversationId: targetId })
      .where(and(eq(followUps.accountId, accountId), eq(followUps.conversationId, sourceId)));
    await tx
      .update(conversations)
      .set({ status: 'resolved', snoozedUntil: null, waitingSince: null, mergedIntoId: targetId, updatedAt: now })
      .where(eq(conversations.id, sourceId));
    return {
      targetEvents: await appendEvents(tx, targetEvents),
      sourceEvents: await appendEvents(tx, sourceEvents),
      messageIds,
    };
  });
  const movedMessages = await movedMessagesOf(ctx, accountId, targetId, result.messageIds);
  await publishChanges(ctx, accountId, targetId, result.targetEvents, movedMessages);
  await publishChanges(ctx, accountId, sourceId, result.sourceEvents);
  ctx.realtime.publish(accountId, {
    type: 'messages.moved',
    fromConversationId: sourceId,
    toConversationId: targetId,
    messageIds: result.messageIds,
  });
}

/** The moved messages as the target now shows them, so that open browsers can add them. */
async function movedMessagesOf(
  ctx: AppContext,
  accountId: string,
  targetId: string,
  messageIds: string[],
): Promise<Message[]> {
  if (messageIds.length === 0) return [];
  const ids = new Set(messageIds);
  return (await listMessages(ctx.database.db, accountId, targetId)).filter((message) => ids.has(message.id));
}
