import { eq } from 'drizzle-orm';
import { conversations, messages } from '@sincere/db';
import type { ConversationEvent } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ChannelRow } from '../channels/channel.repository';
import { lockConversation, publishChanges } from '../conversations/conversation-writes';
import { findMessage } from '../conversations/conversations.repository';
import { appendEvents } from '../conversations/event-log';
import type { TelegramOutcome } from './handle-update';
import type { CarriedMessage } from './normalize-update';
import { findInboundTelegramMessage } from './telegram.repository';

interface EditRecord {
  body: string;
  /** When the customer changed it: Telegram's edit_date. */
  editDate: number;
}

/**
 * A customer changed a message we stored: its text becomes the new one, the text before is kept in
 * `metadata.edits`, and the conversation's log says so. Written with the conversation locked, like any message;
 * the same edit again changes nothing.
 */
export async function applyTelegramEdit(
  ctx: AppContext,
  channel: ChannelRow,
  edit: CarriedMessage,
  attempt = 1,
): Promise<TelegramOutcome> {
  const { accountId } = channel;
  const editDate = edit.editDate ?? 0;
  const result = await ctx.database.db.transaction(async (tx) => {
    const found = await findInboundTelegramMessage(tx, accountId, channel.id, edit.externalId);
    if (!found) return null;
    const conversation = await lockConversation(tx, accountId, found.conversationId);
    // Read again under the lock: a merge may have moved it, a concurrent copy of this edit may have applied it.
    const message = await findInboundTelegramMessage(tx, accountId, channel.id, edit.externalId, { lock: true });
    if (!message || message.conversationId !== conversation.id) return null;
    const edits = Array.isArray(message.metadata?.edits) ? (message.metadata.edits as EditRecord[]) : [];
    if (edits.some((earlier) => earlier.editDate >= editDate)) return { ignored: 'this edit was applied already' };
    if (message.body === edit.body) return { ignored: 'the edit did not change the text' };
    const now = ctx.clock();
    await tx
      .update(messages)
      .set({
        body: edit.body,
        metadata: { ...message.metadata, edits: [...edits, { body: message.body, editDate }] },
      })
      .where(eq(messages.id, message.id));
    await tx.update(conversations).set({ updatedAt: now }).where(eq(conversations.id, conversation.id));
    const events: ConversationEvent[] = await appendEvents(tx, [
      {
        accountId,
        conversationId: conversation.id,
        type: 'message.edited',
        actorType: 'customer',
        actorId: conversation.customerId,
        data: { messageId: message.id, body: edit.body, previousBody: message.body },
        occurredAt: now,
      },
    ]);
    return { conversationId: conversation.id, messageId: message.id, events };
  });
  // Moved by a merge between the look-up and the lock: rare enough to look once more from the start.
  if (!result) {
    if (attempt > 1) return { kind: 'ignored', reason: 'the edited message moved while the edit was applied' };
    return applyTelegramEdit(ctx, channel, edit, attempt + 1);
  }
  if ('ignored' in result) return { kind: 'ignored', reason: result.ignored };
  await publishChanges(ctx, accountId, result.conversationId, result.events);
  const updated = await findMessage(ctx.database.db, accountId, result.messageId);
  if (updated) {
    ctx.realtime.publish(accountId, {
      type: 'message.updated',
      conversationId: result.conversationId,
      message: updated,
    });
  }
  return { kind: 'edited', conversationId: result.conversationId, messageId: result.messageId };
}
