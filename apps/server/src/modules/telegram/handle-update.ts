import { extname } from 'node:path';
import type { TelegramUpdateEnvelope } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ChannelRow } from '../channels/channel.repository';
import { channelClientId, ingestInbound, type InboundFile } from '../channels/ingest-inbound';
import { findMessageByClientId, isUniqueViolation } from '../conversations/conversation-writes';
import { applyTelegramEdit } from './apply-edit';
import { normalizeUpdate, type CarriedMessage, type TelegramFileRef } from './normalize-update';
import { downloadTelegramFile, TELEGRAM_DOWNLOAD_LIMIT } from './telegram-api';
import { findInboundTelegramMessage } from './telegram.repository';
import { findThread } from '../channels/threads.repository';

export type TelegramOutcome =
  | { kind: 'stored'; conversationId: string; messageId: string; created: boolean }
  | { kind: 'edited'; conversationId: string; messageId: string }
  | { kind: 'ignored'; reason: string };

/**
 * Stores what one update says a customer wrote, or says why it is not a message. It resolves once the message is
 * committed, so the caller may acknowledge the update; the same update again stores nothing. Throws only when
 * trying again may help (Telegram or the database unreachable).
 */
export async function handleTelegramUpdate(
  ctx: AppContext,
  channel: ChannelRow,
  update: TelegramUpdateEnvelope,
): Promise<TelegramOutcome> {
  const normalized = normalizeUpdate(update);
  if (normalized.kind === 'ignored') return normalized;
  const carried = { ...normalized, metadata: { ...normalized.metadata, channelId: channel.id } };
  if (carried.kind === 'edit') {
    const original = await findInboundTelegramMessage(
      ctx.database.db,
      channel.accountId,
      channel.id,
      carried.externalId,
    );
    // An edit of a message we never stored (sent before the bot was connected, or lost) is the message itself.
    if (original) return applyTelegramEdit(ctx, channel, carried);
  }
  return store(ctx, channel, carried);
}

async function store(
  ctx: AppContext,
  channel: ChannelRow,
  message: CarriedMessage,
  retried = false,
): Promise<TelegramOutcome> {
  const { accountId } = channel;
  // A repeat is answered before downloading its files again.
  const seen = await findMessageByClientId(ctx.database.db, accountId, channelClientId(channel.id, message.dedupeKey));
  if (seen) return { kind: 'stored', conversationId: seen.conversationId, messageId: seen.id, created: false };
  const { files, notes } = await download(ctx, channel, message.files);
  try {
    const result = await ingestInbound(ctx, {
      channel,
      dedupeKey: message.dedupeKey,
      customer: {
        identities: [{ kind: 'telegram', value: message.customer.id }],
        name: message.customer.name,
        locale: message.customer.locale,
      },
      body: [message.body, ...notes].join('\n'),
      externalId: message.externalId,
      metadata: message.metadata,
      files,
      thread: async (tx) => (await findThread(tx, accountId, channel.id, message.threadKey))?.conversationId ?? null,
      newThread: { threadKey: message.threadKey },
    });
    return {
      kind: 'stored',
      conversationId: result.conversationId,
      messageId: result.messageId,
      created: result.created,
    };
  } catch (error) {
    // Two first messages of one chat at once (Telegram calls a webhook in parallel): the other opened the
    // conversation, and this one continues it.
    if (!retried && isUniqueViolation(error)) return store(ctx, channel, message, true);
    throw error;
  }
}

async function download(
  ctx: AppContext,
  channel: ChannelRow,
  refs: TelegramFileRef[],
): Promise<{ files: InboundFile[]; notes: string[] }> {
  const maxBytes = Math.min(ctx.config.attachments.maxBytes, TELEGRAM_DOWNLOAD_LIMIT);
  const files: InboundFile[] = [];
  const notes: string[] = [];
  for (const ref of refs) {
    const name = ref.fileName ?? ref.fallbackName;
    if (ref.size !== null && ref.size > maxBytes) {
      notes.push(`[${name} was not received: larger than ${Math.floor(maxBytes / (1024 * 1024))} MB]`);
      continue;
    }
    const got = await downloadTelegramFile(ctx, channel, ref.fileId, maxBytes);
    if (got.kind === 'refused') {
      notes.push(`[${name} was not received: ${got.reason}]`);
      continue;
    }
    // Photos and voice messages have no name; Telegram's own path knows the extension.
    const fileName = ref.fileName ?? withExtension(ref.fallbackName, extname(got.filePath));
    files.push({ fileName, contentType: ref.contentType ?? 'application/octet-stream', bytes: got.bytes });
  }
  return { files, notes };
}

function withExtension(name: string, extension: string): string {
  if (!extension || extname(name)) return name;
  return `${name}${extension}`;
}
