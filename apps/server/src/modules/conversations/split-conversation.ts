import { and, count, eq, max, min, ne, sql } from 'drizzle-orm';
import { attachments, conversations, messages, type Tx } from '@sincere/db';
import type { SplitConversationRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents } from './event-log';
import { lockConversation, publishChanges } from './conversation-writes';
import { refuseMerged } from './merged-conversations';
import { listMessages } from './conversations.repository';

/**
 * Moves one customer message (and its attachments) out of a conversation into
 * a new one of the same customer, channel, language, team and priority: open,
 * unassigned (routing may give it to someone), the customer waiting since that
 * message. The source's wait and last activity are recomputed from what is left.
 */
export async function splitConversation(
  ctx: AppContext,
  caller: AuthContext,
  sourceId: string,
  input: SplitConversationRequest,
): Promise<string> {
  const { accountId } = caller;
  const now = ctx.clock();
  const result = await ctx.database.db.transaction(async (tx) => {
    const source = await lockConversation(tx, accountId, sourceId);
    refuseMerged(source);
    const [message] = await tx
      .select()
      .from(messages)
      .where(
        and(eq(messages.accountId, accountId), eq(messages.conversationId, sourceId), eq(messages.id, input.messageId)),
      );
    if (!message) {
      throw new AppError('validation_failed', 'No such message in this conversation', {
        messageId: 'No message with this id in this conversation',
      });
    }
    if (message.direction !== 'inbound') {
      throw new AppError(
        'validation_failed',
        'Only a customer’s message can start a new conversation: a reply or a note answers or discusses the conversation it is in, and would mean nothing on its own',
        { messageId: 'Not a customer message' },
      );
    }
    const [inbound] = await tx
      .select({ n: count() })
      .from(messages)
      .where(
        and(
          eq(messages.accountId, accountId),
          eq(messages.conversationId, sourceId),
          eq(messages.direction, 'inbound'),
        ),
      );
    if ((inbound?.n ?? 0) <= 1) {
      throw new AppError(
        'validation_failed',
        'This is the conversation’s only customer message: splitting it off would leave nothing to answer',
        { messageId: 'The only customer message of this conversation' },
      );
    }

    const [created] = await tx
      .insert(conversations)
      .values({
        accountId,
        customerId: source.customerId,
        channel: source.channel,
        subject: input.subject ?? source.subject,
        language: source.language,
        priority: source.priority,
        teamId: source.teamId,
        waitingSince: message.createdAt,
        lastMessageAt: message.createdAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await tx
      .update(messages)
      .set({ conversationId: created.id })
      .where(and(eq(messages.accountId, accountId), eq(messages.id, message.id)));
    await tx
      .update(attachments)
      .set({ conversationId: created.id })
      .where(and(eq(attachments.accountId, accountId), eq(attachments.messageId, message.id)));
    await tx
      .update(conversations)
      .set({ ...(await activityOf(tx, accountId, sourceId)), updatedAt: now })
      .where(eq(conversations.id, sourceId));

    const byUser = { accountId, actorType: 'user' as const, actorId: caller.user.id, occurredAt: now };
    const sourceEvents = await appendEvents(tx, [
      {
        ...byUser,
        conversationId: sourceId,
        type: 'conversation.split',
        data: { messageId: message.id, newConversationId: created.id },
      },
    ]);
    const onNew = { ...byUser, conversationId: created.id };
    const newEvents = await appendEvents(tx, [
      {
        ...onNew,
        type: 'conversation.created',
        data: { channel: created.channel, ...(created.teamId ? { teamId: created.teamId } : {}) },
      },
      {
        ...onNew,
        type: 'conversation.split_from',
        // messageAt starts the new conversation's SLA clock when the customer wrote, not when it was split.
        data: { sourceId, messageId: message.id, messageAt: message.createdAt.toISOString() },
      },
    ]);
    return { newId: created.id, sourceEvents, newEvents };
  });
  await publishChanges(ctx, accountId, sourceId, result.sourceEvents);
  // Read back as the new conversation shows it (with its files), for the browsers to add.
  const moved = await listMessages(ctx.database.db, accountId, result.newId);
  await publishChanges(ctx, accountId, result.newId, result.newEvents, moved);
  ctx.realtime.publish(accountId, {
    type: 'messages.moved',
    fromConversationId: sourceId,
    toConversationId: result.newId,
    messageIds: moved.map((message) => message.id),
  });
  return result.newId;
}

/**
 * The conversation's last message and the customer's wait, read from the messages it holds:
 * the wait starts at the first customer message after the last reply (notes change neither).
 */
async function activityOf(
  tx: Tx,
  accountId: string,
  conversationId: string,
): Promise<{ lastMessageAt: Date | null; waitingSince: Date | null }> {
  const ofConversation = and(eq(messages.accountId, accountId), eq(messages.conversationId, conversationId));
  const [last] = await tx
    .select({ at: max(messages.createdAt) })
    .from(messages)
    .where(and(ofConversation, ne(messages.direction, 'note')));
  // In SQL, not through a JS Date: microseconds would be lost on the way and a reply could follow itself.
  const lastReply = tx
    .select({ at: max(messages.createdAt) })
    .from(messages)
    .where(and(ofConversation, eq(messages.direction, 'outbound')));
  const [waiting] = await tx
    .select({ at: min(messages.createdAt) })
    .from(messages)
    .where(
      and(
        ofConversation,
        eq(messages.direction, 'inbound'),
        sql`${messages.createdAt} > coalesce((${lastReply}), '-infinity'::timestamptz)`,
      ),
    );
  return { lastMessageAt: last?.at ?? null, waitingSince: waiting?.at ?? null };
}
