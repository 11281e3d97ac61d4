import { eq } from 'drizzle-orm';
import { conversations, messages } from '@sincere/db';
import type { AddMessageRequest, ConversationEvent, Message } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents, type NewConversationEvent } from './event-log';
import { findMessageByClientId, isUniqueViolation, publishChanges } from './conversation-writes';
import { lockConversationFollowingMerges } from './merged-conversations';
import { toMessage } from './message.mapper';
import { attachToMessage } from '../attachments/message-attachments';
import { findMessage } from './conversations.repository';
import { customerWrote } from './customer-wrote';
import { channelSendsReplies, queueDelivery } from '../channels/deliver-outbound';

/**
 * Adds a message. A customer message (inbound, from an integration's token)
 * reopens a resolved conversation as a new cycle and wakes a pending or snoozed
 * one; an agent's reply stops the customer's wait and makes the replier the
 * owner of an unassigned conversation; a note changes nothing for the customer.
 */
export async function addMessage(
  ctx: AppContext,
  caller: AuthContext,
  requestedId: string,
  input: AddMessageRequest,
): Promise<{ message: Message; created: boolean }> {
  if (input.direction === 'inbound' && caller.via !== 'api_token') {
    throw new AppError(
      'forbidden',
      'Customer messages come from channels and integrations (API tokens), not from agents',
    );
  }
  const { accountId } = caller;
  // A conversation merged into another lives on there (merge-conversations.ts): a message sent to its old id,
  // say by an integration still holding it, lands in the target instead of being refused or left unseen.
  let conversationId = requestedId;
  try {
    const result = await ctx.database.db.transaction(async (tx) => {
      const conversation = await lockConversationFollowingMerges(tx, accountId, requestedId);
      conversationId = conversation.id;
      if (input.clientMessageId) {
        const existing = await findMessageByClientId(tx, accountId, input.clientMessageId);
        if (existing) {
          if (existing.conversationId !== conversationId) {
            throw new AppError('conflict', 'This clientMessageId was used in another conversation', {
              clientMessageId: 'Already used',
            });
          }
          const stored = await findMessage(tx, accountId, existing.id);
          if (!stored) throw new Error('a message found by its clientMessageId vanished');
          return { message: stored, created: false, events: [] as ConversationEvent[] };
        }
      }
      const now = ctx.clock();
      const author = input.direction === 'inbound' ? null : { id: caller.user.id, name: caller.user.name };
      // A reply on an email or Telegram conversation goes out through that channel, queued with the reply itself.
      const delivered =
        input.direction === 'outbound' && conversation.channelId !== null && channelSendsReplies(conversation.channel);
      const [row] = await tx
        .insert(messages)
        .values({
          accountId,
          conversationId,
          direction: input.direction,
          authorUserId: author?.id ?? null,
          body: input.body,
          format: input.format,
          // Notes are the team's own words; customer-facing text is stemmed in the conversation's language.
          language: input.direction === 'note' ? null : conversation.language,
          clientMessageId: input.clientMessageId ?? null,
          deliveryStatus: delivered ? 'pending' : null,
          createdAt: now,
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      const files = await attachToMessage(tx, caller, input.attachmentIds, { id: row.id, conversationId });
      if (delivered) await queueDelivery(ctx, tx, accountId, row.id);

      const base = { accountId, conversationId, occurredAt: now };
      const byUser = { ...base, actorType: 'user' as const, actorId: caller.user.id };
      const pending: NewConversationEvent[] = [];
      const changes: Partial<typeof conversations.$inferInsert> = { updatedAt: now };
      if (input.direction === 'inbound') {
        const wrote = customerWrote(conversation, row.id, now);
        pending.push(...wrote.events);
        Object.assign(changes, wrote.changes);
      } else if (input.direction === 'outbound') {
        pending.push({ ...byUser, type: 'message.outbound', data: { messageId: row.id } });
        changes.lastMessageAt = now;
        changes.waitingSince = null;
        if (!conversation.assigneeId) {
          changes.assigneeId = caller.user.id;
          pending.push({
            ...byUser,
            type: 'conversation.assigned',
            data: { from: null, to: caller.user.id, reason: 'replied' },
          });
        }
      } else {
        pending.push({ ...byUser, type: 'note.added', data: { messageId: row.id } });
      }
      await tx.update(conversations).set(changes).where(eq(conversations.id, conversationId));
      const events = await appendEvents(tx, pending);
      return { message: toMessage(row, author, files), created: true, events };
    });
    if (result.created) await publishChanges(ctx, accountId, conversationId, result.events, [result.message]);
    return { message: result.message, created: result.created };
  } catch (error) {
    if (input.clientMessageId && isUniqueViolation(error)) return addMessage(ctx, caller, requestedId, input);
    throw error;
  }
}
