import { and, eq } from 'drizzle-orm';
import { conversations, messages, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { jobsIn } from '../jobs/jobs-in-transaction';
import { listAttachmentsOfMessages, type AttachmentRow } from '../attachments/attachments.repository';
import type { ConversationRow } from '../conversations/conversation-writes';
import { findMessage } from '../conversations/conversations.repository';
import { findChannel, type ChannelRow } from './channel.repository';
import { sendEmailReply } from '../email/send-email-reply';
import { sendTelegramReply } from '../telegram/send-telegram-reply';

export type MessageRow = typeof messages.$inferSelect;

/** What a channel needs to send one reply, and what it says back. */
export interface OutboundReply {
  channel: ChannelRow;
  conversation: ConversationRow;
  message: MessageRow;
  files: AttachmentRow[];
}
export interface SentReply {
  /** The channel's id for what it sent (the email's Message-ID, Telegram's "chat:message"). */
  externalId: string | null;
  metadata?: Record<string, unknown>;
}
export type ChannelSender = (ctx: AppContext, reply: OutboundReply) => Promise<SentReply>;

const SENDERS: Partial<Record<ChannelRow['kind'], ChannelSender>> = {
  email: sendEmailReply,
  telegram: sendTelegramReply,
};

/** Channels that carry an agent's reply out themselves; the widget reads replies live, the API by webhook. */
export function channelSendsReplies(kind: ChannelRow['kind']): boolean {
  return kind in SENDERS;
}

/** Retries over about an hour: 30 s, 1 min, 2 min … (pg-boss's exponential backoff). */
const DELIVERY_RETRIES = { retryLimit: 7, retryDelay: 30, retryBackoff: true };

/**
 * In the reply's own transaction: a reply on a conversation whose channel sends replies is queued for
 * delivery, so it goes out once committed, or never, whatever crashes in between.
 */
export async function queueDelivery(ctx: AppContext, tx: Tx, accountId: string, messageId: string): Promise<void> {
  await ctx.jobs.send('channels.deliver', { accountId, messageId }, { db: jobsIn(tx), ...DELIVERY_RETRIES });
}

/**
 * The 'channels.deliver' job: sends one reply through its conversation's channel
 * and records the outcome on the message. A reply already sent is not sent
 * again; a failure is recorded (the agent sees it) and thrown, so the queue
 * tries again later. Delivery is at least once: a crash after the channel
 * accepted the reply and before it was recorded sends it again on retry, with
 * the same Message-ID for email, so mail clients show it once.
 */
export async function deliverReply(ctx: AppContext, accountId: string, messageId: string): Promise<void> {
  const { db } = ctx.database;
  const [message] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.id, messageId)));
  if (!message || message.deliveryStatus === 'sent' || message.direction !== 'outbound') return;
  const [conversation] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, message.conversationId)));
  if (!conversation?.channelId) return;
  const channel = await findChannel(db, accountId, conversation.channelId);
  const sender = channel ? SENDERS[channel.kind] : undefined;
  if (!channel || !sender) return;
  const files = await listAttachmentsOfMessages(db, accountId, [message.id]);
  try {
    const sent = await sender(ctx, { channel, conversation, message, files });
    await db
      .update(messages)
      .set({
        deliveryStatus: 'sent',
        deliveryError: null,
        externalId: sent.externalId ?? message.externalId,
        metadata: sent.metadata ? { ...(message.metadata ?? {}), ...sent.metadata } : message.metadata,
      })
      .where(eq(messages.id, message.id));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db
      .update(messages)
      .set({ deliveryStatus: 'failed', deliveryError: reason.slice(0, 500) })
      .where(eq(messages.id, message.id));
    await republish(ctx, accountId, message.conversationId, message.id);
    throw error;
  }
  await republish(ctx, accountId, message.conversationId, message.id);
}

/** The agents' screens show the delivery state: push the message as it is now. */
async function republish(ctx: AppContext, accountId: string, conversationId: string, messageId: string): Promise<void> {
  const stored = await findMessage(ctx.database.db, accountId, messageId);
  if (stored) ctx.realtime.publish(accountId, { type: 'message.updated', conversationId, message: stored });
}

export async function registerChannelJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('channels.deliver', (job) => deliverReply(ctx, job.accountId, job.messageId));
}
