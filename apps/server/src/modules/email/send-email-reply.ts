import { and, desc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import { accounts, conversationThreads, customers, messages, type Db } from '@sincere/db';
import { EmailChannelSettings } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { findIdentityOfCustomer } from '../channels/identities.repository';
import { findThreadKeyOfConversation } from '../channels/threads.repository';
import type { OutboundReply, SentReply } from '../channels/deliver-outbound';
import { bracketed, referencesIn, replyReferences, replySubject, senderIn } from './outbound-mail';
import { domainOf, newReplyToken, replyMessageId, replyToAddress, subjectKey } from './reply-token';

/** Well inside pg-boss's job expiry, so a stalled server cannot make the queue hand the job to a second worker. */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Sends an agent's reply on an email conversation through SMTP_URL: from the channel's address, to the customer,
 * threaded after the customer's last email (In-Reply-To, References) and named so that the answer finds its
 * conversation again (Message-ID and Reply-To carry the conversation's thread token). The Message-ID depends
 * only on the message and the conversation, so a retry sends the same one. Throws what the agent should see as
 * the delivery error; the job tries again.
 */
export async function sendEmailReply(ctx: AppContext, reply: OutboundReply): Promise<SentReply> {
  const { channel, conversation, message, files } = reply;
  const { mail } = ctx.config;
  if (!mail) throw new Error('SMTP_URL is not set: email replies cannot be sent');
  const { db } = ctx.database;
  const accountId = conversation.accountId;
  const settings = EmailChannelSettings.safeParse(channel.settings);
  const address = settings.success ? settings.data.address.toLowerCase() : channel.address;

  const answered = await lastInboundEmail(db, accountId, conversation.id, message.createdAt);
  const to = await customerAddress(db, accountId, conversation.customerId, answered?.metadata ?? null);
  if (!to) throw new Error('The customer has no email address to reply to');
  const token = await threadTokenOf(ctx, reply);
  const fromName = (settings.success ? settings.data.fromName : undefined) ?? (await accountName(db, accountId));
  const messageId = replyMessageId(message.id, token, domainOf(address));
  const inReplyTo = answered?.externalId ?? null;
  const references = replyReferences(referencesIn(answered?.metadata ?? null), inReplyTo);

  const attachments: { filename: string; contentType: string; content: Readable }[] = [];
  const transport = nodemailer.createTransport({ url: mail.smtpUrl, ...SMTP_TIMEOUTS });
  try {
    for (const file of files) {
      const content = await ctx.attachmentStorage.get(file.storageKey);
      attachments.push({ filename: file.fileName, contentType: file.contentType, content });
    }
    await transport.sendMail({
      from: { name: fromName, address },
      to,
      replyTo: replyToAddress(address, token),
      subject: replySubject(conversation.subject, fromName),
      text: message.body,
      messageId: bracketed(messageId),
      ...(inReplyTo ? { inReplyTo: bracketed(inReplyTo) } : {}),
      ...(references.length > 0 ? { references: references.map(bracketed) } : {}),
      attachments,
      // The bounce goes to the channel, where the inbound side recognises it, not to the account's MAIL_FROM.
      envelope: { from: address, to },
    });
  } finally {
    transport.close();
    // A stream not read (a file or the send failed first) would hold its file open.
    for (const file of attachments) file.content.destroy();
  }
  return { externalId: messageId };
}

/** The customer's latest email in the conversation up to this reply (not one written while it waited to go out). */
async function lastInboundEmail(db: Db, accountId: string, conversationId: string, replyWrittenAt: Date) {
  const [row] = await db
    .select({ externalId: messages.externalId, metadata: messages.metadata })
    .from(messages)
    .where(
      and(
        eq(messages.accountId, accountId),
        eq(messages.conversationId, conversationId),
        eq(messages.direction, 'inbound'),
        isNotNull(messages.externalId),
        lte(messages.createdAt, replyWrittenAt),
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(1);
  return row ?? null;
}

/** The customer's address on file, else their email identity, else who the last email came from. */
async function customerAddress(
  db: Db,
  accountId: string,
  customerId: string,
  lastMetadata: Record<string, unknown> | null,
): Promise<string | null> {
  const [customer] = await db
    .select({ email: customers.email })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, customerId)));
  if (customer?.email) return customer.email;
  const identity = await findIdentityOfCustomer(db, accountId, customerId, 'email');
  return identity ?? senderIn(lastMetadata);
}

/**
 * The conversation's thread token; a conversation started by an agent has none yet and gets one here. Two
 * deliveries racing both insert-or-keep, then read the one that won.
 */
async function threadTokenOf(ctx: AppContext, { channel, conversation }: OutboundReply): Promise<string> {
  const { db } = ctx.database;
  const existing = await findThreadKeyOfConversation(db, conversation.accountId, conversation.id);
  if (existing) return existing;
  await db
    .insert(conversationThreads)
    .values({
      accountId: conversation.accountId,
      conversationId: conversation.id,
      channelId: channel.id,
      threadKey: newReplyToken(),
      subjectKey: subjectKey(conversation.subject),
      createdAt: ctx.clock(),
    })
    .onConflictDoNothing();
  // Another delivery of the same conversation may have recorded its token first: that one counts.
  const created = await findThreadKeyOfConversation(db, conversation.accountId, conversation.id);
  if (!created) throw new Error('the conversation thread could not be recorded');
  return created;
}

async function accountName(db: Db, accountId: string): Promise<string> {
  const [account] = await db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, accountId));
  return account?.name ?? 'Support';
}
