import type { Db, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { findActiveChannelByAddress, type ChannelRow } from '../channels/channel.repository';
import { ingestInbound, type InboundMessage, type IngestResult } from '../channels/ingest-inbound';
import { automaticMailReason } from './automatic-mail';
import { findUnresolvedThreadBySubject, listCustomerMessagesByExternalIds } from './email.repository';
import { findThread } from '../channels/threads.repository';
import { parseEmail, type EmailAddress, type ParsedEmail } from './parse-email';
import { baseAddress, newReplyToken, replyTokenOf, replyTokenOfMessageId, subjectKey } from './reply-token';
import { separateReply } from './separate-reply';

export { replyTokenOf, replyToAddress, replyMessageId, domainOf } from './reply-token';

export type EmailOutcome =
  { kind: 'stored'; conversationId: string; messageId: string; created: boolean } | { kind: 'ignored'; reason: string };

export interface EmailEnvelope {
  /** The SMTP MAIL FROM; '' (or '<>') is the null sender of bounces. */
  mailFrom?: string | null;
  /** The RCPT TO addresses. */
  recipients?: string[];
}

/** 'support+TOKEN@acme.test' → the active email channel 'support@acme.test'. */
export async function findEmailChannelForRecipient(db: Db | Tx, recipient: string): Promise<ChannelRow | null> {
  const address = baseAddress(recipient);
  return address ? findActiveChannelByAddress(db, 'email', address) : null;
}

/**
 * Stores one raw email that reached the channel: parses it, drops bounces and auto-replies (returning why, for
 * the caller to log), separates the new text from quotes and signature, finds the conversation it continues and
 * stores it through ingestInbound — idempotently by Message-ID, so a redelivery stores nothing new. Resolves once
 * committed. Input that is not an email throws AppError 'validation_failed' (422).
 */
export async function ingestRawEmail(
  ctx: AppContext,
  channel: ChannelRow,
  raw: Buffer,
  envelope?: EmailEnvelope,
  /** How the message is stored: alone by default; the SMTP receiver groups concurrent deliveries. */
  store: (ctx: AppContext, input: InboundMessage) => Promise<IngestResult> = ingestInbound,
): Promise<EmailOutcome> {
  const email = await parseEmail(raw);
  const automatic = automaticMailReason(email, envelope?.mailFrom);
  if (automatic) return { kind: 'ignored', reason: automatic };
  const sender = senderOf(email, envelope);
  if (!sender) return { kind: 'ignored', reason: 'the message names no sender (no From address)' };
  if (sender.address === channel.address.toLowerCase()) {
    return { kind: 'ignored', reason: 'sent from the inbox’s own address (a loop)' };
  }
  const { reply, quoted } = separateReply(email.text);
  const wholeText = email.text.trim();
  const original =
    quoted !== '' || email.html !== null || reply !== wholeText ? { text: email.text, html: email.html, quoted } : null;
  const recipientTokens = [
    ...(envelope?.recipients ?? []),
    ...[...email.to, ...email.cc].map((to) => to.address),
  ].flatMap((address) => (baseAddress(address) === channel.address.toLowerCase() ? [replyTokenOf(address)] : []));
  const key = subjectKey(email.subject);
  const result = await store(ctx, {
    channel,
    dedupeKey: email.messageId ?? `sha256:${email.sha256}`,
    customer: {
      identities: [{ kind: 'email', value: sender.address }],
      name: sender.name || sender.address,
      email: sender.address,
    },
    body: reply,
    format: 'plain',
    subject: email.subject || null,
    externalId: email.messageId,
    metadata: {
      from: sender,
      to: email.to,
      cc: email.cc,
      subject: email.subject,
      date: email.date?.toISOString() ?? null,
      inReplyTo: email.inReplyTo,
      references: email.references,
      ...(original ? { original } : {}),
    },
    files: email.files.map((file) => ({ fileName: file.fileName, contentType: file.contentType, bytes: file.bytes })),
    thread: (tx, customerId) =>
      findConversationOf(tx, channel, customerId, {
        referenced: [...email.inReplyTo, ...[...email.references].reverse()],
        recipientTokens: recipientTokens.filter((token): token is string => token !== null),
        subjectKey: key,
      }),
    newThread: { threadKey: newReplyToken(), subjectKey: key },
  });
  return {
    kind: 'stored',
    conversationId: result.conversationId,
    messageId: result.messageId,
    created: result.created,
  };
}

function senderOf(email: ParsedEmail, envelope: EmailEnvelope | undefined): EmailAddress | null {
  if (email.from) return email.from;
  const mailFrom = baseAddress(envelope?.mailFrom ?? '') ? (envelope?.mailFrom ?? '').trim().replace(/^<|>$/g, '') : '';
  return mailFrom ? { address: mailFrom.toLowerCase(), name: '' } : null;
}

interface ThreadHints {
  /** In-Reply-To first, then References from the most recent. */
  referenced: string[];
  recipientTokens: string[];
  subjectKey: string | null;
}

/**
 * The conversation an email continues, in order: (a) a message it answers (In-Reply-To / References) in a
 * conversation of the same customer; (b) our reply token, in the address it was sent to (any sender: a colleague
 * answering for the customer) or in one of our Message-IDs it answers (the same customer only, so that answers
 * from many people to one mail never merge); (c) the same customer's unresolved conversation of this channel
 * with the same subject. Null opens a new conversation.
 */
async function findConversationOf(
  tx: Tx,
  channel: ChannelRow,
  customerId: string,
  hints: ThreadHints,
): Promise<string | null> {
  const accountId = channel.accountId;
  const answered = await listCustomerMessagesByExternalIds(tx, accountId, customerId, hints.referenced);
  for (const id of hints.referenced) {
    const hit = answered.find((row) => row.externalId === id);
    if (hit) return hit.conversationId;
  }
  for (const token of hints.recipientTokens) {
    const thread = await findThread(tx, accountId, channel.id, token);
    if (thread) return thread.conversationId;
  }
  for (const id of hints.referenced) {
    const token = replyTokenOfMessageId(id);
    const thread = token ? await findThread(tx, accountId, channel.id, token) : null;
    if (thread && thread.customerId === customerId) return thread.conversationId;
  }
  return hints.subjectKey
    ? findUnresolvedThreadBySubject(tx, accountId, channel.id, customerId, hints.subjectKey)
    : null;
}
