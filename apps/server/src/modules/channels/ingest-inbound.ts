import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { and, eq, inArray } from 'drizzle-orm';
import {
  attachments,
  conversationThreads,
  conversations,
  customerIdentities,
  customers,
  messages,
  type Tx,
} from '@sincere/db';
import type { Attachment, ConversationEvent, Message } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { toAttachment } from '../attachments/attachment.mapper';
import { cleanFileName } from '../attachments/file-name';
import { mediaTypeOf } from '../attachments/media-type';
import { appendEvents, type NewConversationEvent } from '../conversations/event-log';
import {
  findMessageByClientId,
  isUniqueViolation,
  publishChanges,
  publishManyChanges,
} from '../conversations/conversation-writes';
import { customerWrote } from '../conversations/customer-wrote';
import { lockConversationFollowingMerges } from '../conversations/merged-conversations';
import { toMessage } from '../conversations/message.mapper';
import type { ChannelRow } from './channel.repository';

export type IdentityKind = (typeof customerIdentities.$inferSelect)['kind'];

/** Who wrote, as the channel knows them. The first identity already on file finds the customer. */
export interface InboundCustomer {
  identities: { kind: IdentityKind; value: string }[];
  name: string;
  email?: string | null;
  phone?: string | null;
  locale?: string | null;
  country?: string | null;
  timeZone?: string | null;
}

export interface InboundFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface InboundMessage {
  channel: ChannelRow;
  /**
   * Names this delivery within the channel (an email's Message-ID, a Telegram update's message, the widget's
   * client id): the same key again returns the stored message and writes nothing.
   */
  dedupeKey: string;
  customer: InboundCustomer;
  body: string;
  format?: 'plain' | 'markdown';
  subject?: string | null;
  language?: string | null;
  /** The channel's own id of the message (email Message-ID, Telegram "chat:message"). */
  externalId?: string | null;
  metadata?: Record<string, unknown> | null;
  files?: InboundFile[];
  /**
   * Threading: the conversation this message continues, looked up inside the transaction once the customer is
   * known. Null (or no function) opens a new conversation.
   */
  thread?: (tx: Tx, customerId: string) => Promise<string | null>;
  /** Written with a new conversation, so that later messages find it (email reply token, Telegram chat). */
  newThread?: { threadKey: string; subjectKey?: string | null } | null;
}

export interface IngestResult {
  conversationId: string;
  messageId: string;
  customerId: string;
  /** False when the same delivery was stored before: nothing was written this time. */
  created: boolean;
  conversationCreated: boolean;
}

/** The message's key among all of an account's messages: channels never collide with each other or the API. */
export function channelClientId(channelId: string, dedupeKey: string): string {
  // Message-IDs can be long; a hash keeps the unique index small and any key well-formed.
  return `ch:${channelId}:${createHash('sha256').update(dedupeKey).digest('base64url')}`;
}

/**
 * Stores one message a customer sent through a channel: finds or creates the
 * customer by their identities, continues the conversation the channel's
 * threading finds or opens a new one, writes the message, its files and its
 * events in one transaction, then publishes. It resolves only once everything is
 * committed, so a channel may acknowledge the message as soon as it returns; a
 * repeat of the same delivery returns the first one's ids and writes nothing.
 */
export async function ingestInbound(ctx: AppContext, input: InboundMessage): Promise<IngestResult> {
  const { channel } = input;
  const accountId = channel.accountId;
  const clientMessageId = channelClientId(channel.id, input.dedupeKey);

  // A repeat is usually a retry: answer it without storing its files again.
  const seen = await findMessageByClientId(ctx.database.db, accountId, clientMessageId);
  if (seen) return repeatOf(ctx, accountId, seen);

  // Bytes first, outside the transaction: the rows that point at them commit with the message, or are never written.
  const storedFiles = await storeFiles(ctx, accountId, input.files ?? []);
  let result;
  try {
    result = await ctx.database.db.transaction(async (tx) => {
      const existing = await findMessageByClientId(tx, accountId, clientMessageId);
      if (existing) return { repeat: existing } as const;
      const stored = await storeInbound(tx, input, clientMessageId, storedFiles, ctx.clock());
      return { repeat: null, ...stored, events: await appendEvents(tx, stored.pending) } as const;
    });
  } catch (error) {
    await forgetFiles(ctx, storedFiles);
    // Two deliveries of one message raced: the other one stored it.
    if (isUniqueViolation(error)) {
      const stored = await findMessageByClientId(ctx.database.db, accountId, clientMessageId);
      if (stored) return repeatOf(ctx, accountId, stored);
    }
    throw error;
  }
  if (result.repeat) {
    await forgetFiles(ctx, storedFiles);
    return repeatOf(ctx, accountId, result.repeat);
  }
  await publishChanges(ctx, accountId, result.ids.conversationId, result.events, [result.message]);
  return result.ids;
}

/**
 * Several channel messages in one transaction (a group commit: concurrent deliveries share its cost), each
 * stored as `ingestInbound` would store it, in order, so that a later one sees what an earlier one created
 * (the same new customer, their new conversation). Resolves once all are committed. Should the transaction
 * fail (a deadlock with another process, a delivery racing its own retry), each is stored alone instead, so one
 * message's trouble never costs the others theirs.
 */
export async function ingestInboundMany(
  ctx: AppContext,
  inputs: readonly InboundMessage[],
): Promise<PromiseSettledResult<IngestResult>[]> {
  if (inputs.length === 0) return [];
  const keys = inputs.map((input) => channelClientId(input.channel.id, input.dedupeKey));
  const files: StoredFile[][] = [];
  try {
    for (const input of inputs) files.push(await storeFiles(ctx, input.channel.accountId, input.files ?? []));
    const batch = await ctx.database.db.transaction(async (tx) => {
      const known = await findMessagesByClientIds(tx, inputs, keys);
      const now = ctx.clock();
      const outcomes: ({ kind: 'stored'; stored: StoredInbound } | { kind: 'repeat' })[] = [];
      for (const [index, input] of inputs.entries()) {
        const key = keys[index] ?? '';
        if (known.has(key)) {
          outcomes.push({ kind: 'repeat' });
          continue;
        }
        const stored = await storeInbound(tx, input, key, files[index] ?? [], now);
        known.set(key, { id: stored.ids.messageId, conversationId: stored.ids.conversationId });
        outcomes.push({ kind: 'stored', stored });
      }
      const events = await appendEvents(
        tx,
        outcomes.flatMap((outcome) => (outcome.kind === 'stored' ? outcome.stored.pending : [])),
      );
      return { outcomes, events };
    });
    await publishBatch(ctx, inputs, batch.outcomes, batch.events);
    return Promise.all(
      batch.outcomes.map(async (outcome, index): Promise<PromiseSettledResult<IngestResult>> => {
        if (outcome.kind === 'stored') return { status: 'fulfilled', value: outcome.stored.ids };
        // A repeat stored no files: those stored for it go.
        await forgetFiles(ctx, files[index] ?? []);
        return ingestInbound(ctx, inputs[index] as InboundMessage).then(
          (value) => ({ status: 'fulfilled', value }),
          (reason: unknown) => ({ status: 'rejected', reason }),
        );
      }),
    );
  } catch {
    for (const stored of files) await forgetFiles(ctx, stored);
    return Promise.allSettled(inputs.map((input) => ingestInbound(ctx, input)));
  }
}

/** After the group's commit: each account's conversations published and reacted to together. */
async function publishBatch(
  ctx: AppContext,
  inputs: readonly InboundMessage[],
  outcomes: readonly ({ kind: 'stored'; stored: StoredInbound } | { kind: 'repeat' })[],
  events: readonly ConversationEvent[],
): Promise<void> {
  const byAccount = new Map<string, Map<string, { events: ConversationEvent[]; messages: Message[] }>>();
  const changeOf = (accountId: string, conversationId: string) => {
    const changes = byAccount.get(accountId) ?? new Map<string, { events: ConversationEvent[]; messages: Message[] }>();
    byAccount.set(accountId, changes);
    const change = changes.get(conversationId) ?? { events: [], messages: [] };
    changes.set(conversationId, change);
    return change;
  };
  const accountOf = new Map<string, string>();
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.kind !== 'stored') continue;
    const accountId = inputs[index]?.channel.accountId ?? '';
    accountOf.set(outcome.stored.ids.conversationId, accountId);
    changeOf(accountId, outcome.stored.ids.conversationId).messages.push(outcome.stored.message);
  }
  for (const event of events) {
    const accountId = accountOf.get(event.conversationId);
    if (accountId) changeOf(accountId, event.conversationId).events.push(event);
  }
  for (const [accountId, changes] of byAccount) {
    await publishManyChanges(
      ctx,
      accountId,
      [...changes].map(([conversationId, change]) => ({ conversationId, ...change })),
    );
  }
}

/** The messages already stored under these channel keys, by key; each account's own only. */
async function findMessagesByClientIds(
  tx: Tx,
  inputs: readonly InboundMessage[],
  keys: readonly string[],
): Promise<Map<string, { id: string; conversationId: string }>> {
  const wanted = new Set(inputs.map((input, index) => `${input.channel.accountId} ${keys[index] ?? ''}`));
  const rows = await tx
    .select({
      id: messages.id,
      accountId: messages.accountId,
      conversationId: messages.conversationId,
      key: messages.clientMessageId,
    })
    .from(messages)
    .where(
      and(
        inArray(messages.accountId, [...new Set(inputs.map((input) => input.channel.accountId))]),
        inArray(messages.clientMessageId, [...new Set(keys)]),
      ),
    );
  return new Map(
    rows.flatMap((row) =>
      row.key && wanted.has(`${row.accountId} ${row.key}`)
        ? [[row.key, { id: row.id, conversationId: row.conversationId }] as const]
        : [],
    ),
  );
}

interface StoredInbound {
  ids: IngestResult;
  /** The events to append: the caller appends them (one statement for a whole group). */
  pending: NewConversationEvent[];
  message: Message;
}

/** One message's rows, inside the caller's transaction: customer, conversation (found or new), message, files. */
async function storeInbound(
  tx: Tx,
  input: InboundMessage,
  clientMessageId: string,
  storedFiles: StoredFile[],
  now: Date,
): Promise<StoredInbound> {
  const { channel } = input;
  const accountId = channel.accountId;
  const customerId = await findOrCreateCustomer(tx, accountId, input.customer, now);
  const threadId = input.thread ? await input.thread(tx, customerId) : null;
  const pending: NewConversationEvent[] = [];
  let conversationId: string;
  let conversationCreated = false;
  let language = input.language ?? null;
  let messageId: string = randomUUID();
  if (threadId) {
    const conversation = await lockConversationFollowingMerges(tx, accountId, threadId);
    conversationId = conversation.id;
    language = conversation.language ?? language;
    const wrote = customerWrote(conversation, messageId, now);
    pending.push(...wrote.events);
    await tx.update(conversations).set(wrote.changes).where(eq(conversations.id, conversation.id));
  } else {
    const [created] = await tx
      .insert(conversations)
      .values({
        accountId,
        customerId,
        channel: channel.kind,
        channelId: channel.id,
        subject: input.subject ?? null,
        language,
        teamId: channel.teamId,
        waitingSince: now,
        lastMessageAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: conversations.id });
    if (!created) throw new Error('insert returned no row');
    conversationId = created.id;
    conversationCreated = true;
    const byCustomer = { accountId, conversationId, occurredAt: now, actorType: 'customer' as const };
    pending.push(
      {
        ...byCustomer,
        actorId: customerId,
        type: 'conversation.created',
        data: {
          channel: channel.kind,
          channelId: channel.id,
          ...(channel.teamId ? { teamId: channel.teamId } : {}),
        },
      },
      { ...byCustomer, actorId: customerId, type: 'message.inbound', data: { messageId } },
    );
    if (input.newThread) {
      await tx.insert(conversationThreads).values({
        accountId,
        conversationId,
        channelId: channel.id,
        threadKey: input.newThread.threadKey,
        subjectKey: input.newThread.subjectKey ?? null,
        createdAt: now,
      });
    }
  }
  const [row] = await tx
    .insert(messages)
    .values({
      id: messageId,
      accountId,
      conversationId,
      direction: 'inbound',
      body: input.body,
      format: input.format ?? 'plain',
      language,
      clientMessageId,
      externalId: input.externalId ?? null,
      metadata: input.metadata ?? null,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  messageId = row.id;
  const files = await linkFiles(tx, accountId, storedFiles, { id: row.id, conversationId }, now);
  return {
    ids: { conversationId, messageId, customerId, created: true, conversationCreated },
    pending,
    message: toMessage(row, null, files),
  };
}

async function repeatOf(
  ctx: AppContext,
  accountId: string,
  message: { id: string; conversationId: string },
): Promise<IngestResult> {
  const [conversation] = await ctx.database.db
    .select({ customerId: conversations.customerId })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, message.conversationId)));
  if (!conversation) throw new Error('a stored message has no conversation');
  return {
    conversationId: message.conversationId,
    messageId: message.id,
    customerId: conversation.customerId,
    created: false,
    conversationCreated: false,
  };
}

/**
 * The customer one of the identities names; otherwise a new customer. Every identity given is recorded for
 * the customer found, so the next message finds them by any of them (an identity already held by another
 * customer stays theirs).
 */
export async function findOrCreateCustomer(
  tx: Tx,
  accountId: string,
  who: InboundCustomer,
  now: Date,
): Promise<string> {
  const identities = who.identities.filter((identity) => identity.value.length > 0);
  if (identities.length === 0) throw new Error('an inbound message names no identity of its sender');
  const known = await tx
    .select({
      kind: customerIdentities.kind,
      value: customerIdentities.value,
      customerId: customerIdentities.customerId,
    })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.accountId, accountId),
        inArray(
          customerIdentities.value,
          identities.map((identity) => identity.value),
        ),
      ),
    );
  // The identities in the order given: the channel puts its strongest first.
  let customerId: string | null = null;
  for (const identity of identities) {
    const hit = known.find((row) => row.kind === identity.kind && row.value === identity.value);
    if (hit) {
      customerId = hit.customerId;
      break;
    }
  }
  if (!customerId) {
    const [created] = await tx
      .insert(customers)
      .values({
        accountId,
        name: who.name.trim() || who.email || 'Customer',
        email: who.email?.toLowerCase() ?? null,
        phone: who.phone ?? null,
        locale: who.locale ?? null,
        country: who.country ?? null,
        timeZone: who.timeZone ?? null,
        createdAt: now,
      })
      .returning({ id: customers.id });
    if (!created) throw new Error('insert returned no row');
    customerId = created.id;
  }
  const missing = identities.filter(
    (identity) => !known.some((row) => row.kind === identity.kind && row.value === identity.value),
  );
  if (missing.length > 0) {
    await tx
      .insert(customerIdentities)
      .values(missing.map((identity) => ({ accountId, customerId, ...identity, createdAt: now })))
      .onConflictDoNothing();
  }
  return customerId;
}

interface StoredFile {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

async function storeFiles(ctx: AppContext, accountId: string, files: InboundFile[]): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) {
      if (file.bytes.byteLength === 0 || file.bytes.byteLength > ctx.config.attachments.maxBytes) continue;
      const key = `${accountId}/${randomUUID()}`;
      await ctx.attachmentStorage.put(key, Readable.from([Buffer.from(file.bytes)]), file.bytes.byteLength);
      stored.push({
        key,
        fileName: cleanFileName(file.fileName) || 'attachment',
        contentType: mediaTypeOf(file.contentType),
        size: file.bytes.byteLength,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
      });
    }
    return stored;
  } catch (error) {
    await forgetFiles(ctx, stored);
    throw error;
  }
}

async function forgetFiles(ctx: AppContext, files: StoredFile[]): Promise<void> {
  await Promise.all(files.map((file) => ctx.attachmentStorage.delete(file.key).catch(() => undefined)));
}

async function linkFiles(
  tx: Tx,
  accountId: string,
  files: StoredFile[],
  message: { id: string; conversationId: string },
  now: Date,
): Promise<Attachment[]> {
  if (files.length === 0) return [];
  const rows = await tx
    .insert(attachments)
    .values(
      files.map((file, index) => ({
        accountId,
        messageId: message.id,
        conversationId: message.conversationId,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        storageKey: file.key,
        // Distinct times keep the files in the order the channel gave them.
        createdAt: new Date(now.getTime() + index),
      })),
    )
    .returning();
  return rows.map(toAttachment);
}
