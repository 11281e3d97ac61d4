import { GrammyError, HttpError, InputFile } from 'grammy';
import type { AppContext } from '../../context';
import type { OutboundReply, SentReply } from '../channels/deliver-outbound';
import { chatOfThread } from './normalize-update';
import { splitText } from './split-text';
import { describeTelegramError, telegramApi } from './telegram-api';
import { findTelegramIdOfCustomer } from './telegram.repository';
import { findThreadKeyOfConversation } from '../channels/threads.repository';

/** Photos Telegram shows inline; larger ones and other images go as documents, untouched. */
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Sends an agent's reply into the conversation's Telegram chat: the text (in parts of at most 4096 characters),
 * then each file. Returns "chat:message" of the first message sent. Any failure throws, so the delivery job
 * records it and tries again later (parts already sent are sent again then: delivery is at least once).
 */
export async function sendTelegramReply(ctx: AppContext, reply: OutboundReply): Promise<SentReply> {
  const { channel, conversation, message, files } = reply;
  const threadKey =
    (await findThreadKeyOfConversation(ctx.database.db, channel.accountId, conversation.id)) ??
    // A conversation merged in from another channel: the customer's own chat with the bot.
    (await findTelegramIdOfCustomer(ctx.database.db, channel.accountId, conversation.customerId));
  if (!threadKey) throw new Error('This conversation has no Telegram chat to reply to');
  const { chatId, businessConnectionId } = chatOfThread(threadKey);
  const api = telegramApi(ctx, channel);
  const options = businessConnectionId ? { business_connection_id: businessConnectionId } : {};
  const sent: number[] = [];
  try {
    // Agents write Markdown that Telegram's own dialect would refuse or misread: the text goes as it is.
    for (const part of splitText(message.body)) {
      const result = await api.sendMessage(chatId, part, options);
      sent.push(result.message_id);
    }
    for (const file of files) {
      const input = new InputFile(await ctx.attachmentStorage.get(file.storageKey), file.fileName);
      const asPhoto = PHOTO_TYPES.has(file.contentType) && file.size <= PHOTO_MAX_BYTES;
      const result = asPhoto
        ? await api.sendPhoto(chatId, input, options)
        : await api.sendDocument(chatId, input, options);
      sent.push(result.message_id);
    }
  } catch (error) {
    throw new Error(reasonOf(error), { cause: error });
  }
  const first = sent[0];
  return {
    externalId: first === undefined ? null : `${chatId}:${first}`,
    metadata: { telegram: { chatId, messageIds: sent } },
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof GrammyError && error.error_code === 403) {
    return `The customer blocked the bot or left the chat, so Telegram refused the reply (${error.description})`;
  }
  if (error instanceof GrammyError && error.error_code === 429) {
    const wait = error.parameters.retry_after;
    return `Telegram asked to slow down${wait ? ` for ${wait} s` : ''}; the reply will be sent again`;
  }
  if (error instanceof GrammyError || error instanceof HttpError) return describeTelegramError(error);
  return error instanceof Error ? error.message : String(error);
}
