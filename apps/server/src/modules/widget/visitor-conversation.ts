import { pipeline, type Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { customerIdentities, customers } from '@sincere/db';
import {
  CUSTOMER_CONNECTION_PREFIX,
  TYPING_TTL_MS,
  type WidgetContactRequest,
  type WidgetContactSaved,
  type WidgetConversation,
  type WidgetMessage,
  type WidgetMessageSent,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { StoredObjectMissing } from '../attachments/attachment-storage';
import { listAttachmentsOfMessages, type AttachmentRow } from '../attachments/attachments.repository';
import { VerifiedBytes } from '../attachments/byte-checks';
import { findOrCreateCustomer, ingestInbound, type InboundFile } from '../channels/ingest-inbound';
import { inboundCustomerOf, type Visitor } from './widget-visitor';
import { openingOf, toWidgetMessage, webSettingsOf } from './widget.mapper';
import {
  findCustomer,
  findCustomerConversationFollowingMerges,
  findCustomerIdByIdentity,
  findCustomerVisibleAttachment,
  findCustomerVisibleMessage,
  findLatestConversationOnChannel,
  listCustomerVisibleMessages,
  type VisibleMessageRow,
} from './widget.repository';

const HISTORY_LIMIT = 200;

/** The visitor's latest conversation on the channel, where their messages live now; null before they write. */
export async function currentConversationOf(
  ctx: AppContext,
  visitor: Visitor,
): Promise<{ customerId: string; conversation: { id: string; status: string } } | null> {
  const { db } = ctx.database;
  const { accountId, identity } = visitor.claims;
  const customerId = await findCustomerIdByIdentity(db, accountId, identity);
  if (!customerId) return null;
  const latest = await findLatestConversationOnChannel(db, accountId, customerId, visitor.channel.id);
  if (!latest) return null;
  const conversation = await findCustomerConversationFollowingMerges(db, accountId, customerId, latest.id);
  return conversation ? { customerId, conversation } : null;
}

async function withFiles(ctx: AppContext, accountId: string, rows: VisibleMessageRow[]): Promise<WidgetMessage[]> {
  const files = await listAttachmentsOfMessages(
    ctx.database.db,
    accountId,
    rows.map((row) => row.id),
  );
  const byMessage = new Map<string, AttachmentRow[]>();
  for (const file of files) {
    if (!file.messageId) continue;
    byMessage.set(file.messageId, [...(byMessage.get(file.messageId) ?? []), file]);
  }
  return rows.map((row) => toWidgetMessage(row, byMessage.get(row.id) ?? []));
}

/** What the visitor sees when the widget opens: their latest conversation here, without notes or events. */
export async function readVisitorConversation(ctx: AppContext, visitor: Visitor): Promise<WidgetConversation> {
  const current = await currentConversationOf(ctx, visitor);
  if (!current) return { conversation: null, messages: [] };
  const { accountId } = visitor.claims;
  const rows = await listCustomerVisibleMessages(ctx.database.db, accountId, current.conversation.id, HISTORY_LIMIT);
  return { conversation: current.conversation, messages: await withFiles(ctx, accountId, rows) };
}

/**
 * Stores what the visitor wrote in their latest conversation on this channel (reopened if resolved), or a new
 * one. The client's id makes a retry return the first message; it is the visitor's own, so another visitor
 * sending the same id can neither collide with nor read it.
 */
export async function sendVisitorMessage(
  ctx: AppContext,
  visitor: Visitor,
  input: { body: string; clientMessageId: string; files?: InboundFile[] },
): Promise<WidgetMessageSent> {
  const { channel, claims } = visitor;
  const { accountId, identity } = claims;
  const result = await ingestInbound(ctx, {
    channel,
    dedupeKey: `${identity.kind}:${identity.value}:${input.clientMessageId}`,
    customer: inboundCustomerOf(visitor),
    body: input.body,
    format: 'plain',
    files: input.files ?? [],
    thread: async (tx, customerId) =>
      (await findLatestConversationOnChannel(tx, accountId, customerId, channel.id))?.id ?? null,
  });
  const row = await findCustomerVisibleMessage(ctx.database.db, accountId, result.messageId);
  if (!row) throw new Error('a stored widget message cannot be read back');
  const [message] = await withFiles(ctx, accountId, [row]);
  if (!message) throw new Error('a stored widget message cannot be mapped');
  return { conversationId: row.conversationId, message };
}

/**
 * The visitor is writing: agents with the conversation open see it through the collision indicator, as
 * another tab writing a reply. Nothing before the visitor's first message: there is no conversation yet.
 */
export async function publishVisitorTyping(ctx: AppContext, visitor: Visitor, typing: boolean): Promise<void> {
  const current = await currentConversationOf(ctx, visitor);
  if (!current) return;
  const { accountId } = visitor.claims;
  const customer = await findCustomer(ctx.database.db, accountId, current.customerId);
  if (!customer) return;
  const conversationId = current.conversation.id;
  ctx.realtime.publish(
    accountId,
    {
      type: 'conversation.activity',
      conversationId,
      activity: {
        connectionId: visitorConnectionId(customer.id),
        user: { id: customer.id, name: customer.name },
        viewingForMs: 0,
        typing: typing ? { kind: 'reply', forMs: TYPING_TTL_MS } : null,
      },
    },
    { viewersOf: conversationId },
  );
}

/** The activity "tab" of a customer writing in the widget; the widget's own socket skips these. */
export const visitorConnectionId = (customerId: string) => `${CUSTOMER_CONNECTION_PREFIX}${customerId}`;
export const isVisitorConnection = (connectionId: string) => connectionId.startsWith('widget-');

/**
 * Outside business hours the widget asks for an email: it is recorded on the visitor's customer (created now if
 * they have not written) and as their email identity, unless that address already names another customer.
 */
export async function saveVisitorContact(
  ctx: AppContext,
  visitor: Visitor,
  input: WidgetContactRequest,
): Promise<WidgetContactSaved> {
  const { accountId } = visitor.claims;
  const email = input.email.toLowerCase();
  const now = ctx.clock();
  await ctx.database.db.transaction(async (tx) => {
    // Found by the session's identity alone: an address someone types must never lead to another customer.
    const base = inboundCustomerOf(visitor);
    const customerId = await findOrCreateCustomer(tx, accountId, { ...base, name: input.name ?? base.name }, now);
    await tx
      .update(customers)
      .set(input.name ? { email, name: input.name } : { email })
      .where(and(eq(customers.accountId, accountId), eq(customers.id, customerId)));
    await tx
      .insert(customerIdentities)
      .values({ accountId, customerId, kind: 'email', value: email, createdAt: now })
      .onConflictDoNothing();
  });
  const { opensAt } = openingOf(webSettingsOf(visitor.channel), now);
  return { email, opensAt: opensAt?.toISOString() ?? null };
}

/** A file of the visitor's own conversations, streamed and checked against its recorded size and hash. */
export async function openVisitorAttachment(
  ctx: AppContext,
  visitor: Visitor,
  id: string,
): Promise<{ attachment: AttachmentRow; bytes: Readable }> {
  const { accountId, identity } = visitor.claims;
  const customerId = await findCustomerIdByIdentity(ctx.database.db, accountId, identity);
  const attachment = customerId
    ? await findCustomerVisibleAttachment(ctx.database.db, accountId, customerId, id)
    : null;
  if (!attachment) throw notFound('Attachment');
  const stored = await ctx.attachmentStorage.get(attachment.storageKey).catch((error: unknown) => {
    if (error instanceof StoredObjectMissing) throw new AppError('not_found', 'The file is missing from storage');
    throw error;
  });
  const bytes = new VerifiedBytes(attachment);
  pipeline(stored, bytes, () => undefined);
  return { attachment, bytes };
}
