import { TelegramMessage, type TelegramUpdateEnvelope, type TelegramUser } from '@sincere/contracts';

/** A file the customer sent, still on Telegram's servers. */
export interface TelegramFileRef {
  fileId: string;
  /** What to call it when Telegram gives no name (photos, voice messages); the extension may come from Telegram. */
  fileName: string | null;
  fallbackName: string;
  contentType: string | null;
  size: number | null;
}

/** A customer's message (or their edit of one) as an update carries it. */
export interface CarriedMessage {
  kind: 'message' | 'edit';
  dedupeKey: string;
  /** Where replies go: the chat id, or "b:<business connection>:<chat id>" for a business account's chat. */
  threadKey: string;
  chatId: number;
  messageId: number;
  /** "chat:message", as replies we send are recorded too. */
  externalId: string;
  customer: { id: string; name: string; locale: string | null };
  body: string;
  files: TelegramFileRef[];
  metadata: Record<string, unknown>;
  /** Edits: when, in Telegram's seconds. */
  editDate: number | null;
}

/** What an update says a customer wrote, or why it is not a customer's message. */
export type NormalizedUpdate = CarriedMessage | { kind: 'ignored'; reason: string };

const MESSAGE_KINDS = {
  message: { edit: false, business: false },
  edited_message: { edit: true, business: false },
  business_message: { edit: false, business: true },
  edited_business_message: { edit: true, business: true },
} as const;

/** The fields every message has; any other field names what it carries. */
const ENVELOPE_FIELDS = new Set([
  'message_id',
  'message_thread_id',
  'from',
  'sender_chat',
  'sender_boost_count',
  'sender_business_bot',
  'date',
  'edit_date',
  'business_connection_id',
  'chat',
  'forward_origin',
  'is_topic_message',
  'is_automatic_forward',
  'reply_to_message',
  'external_reply',
  'quote',
  'reply_to_story',
  'via_bot',
  'has_protected_content',
  'is_from_offline',
  'media_group_id',
  'author_signature',
  'entities',
  'caption_entities',
  'link_preview_options',
  'effect_id',
  'show_caption_above_media',
  'has_media_spoiler',
  'reply_markup',
]);

/**
 * Turns one Update into the customer's message it carries: private chats with
 * the bot and chats of a business account the bot serves; text, captions,
 * files and the few other things a customer sends (location, contact, poll…)
 * as short text. Everything else — groups, channels, callbacks, service
 * messages — is ignored, with the reason.
 */
export function normalizeUpdate(update: TelegramUpdateEnvelope): NormalizedUpdate {
  const field = (Object.keys(MESSAGE_KINDS) as (keyof typeof MESSAGE_KINDS)[]).find((key) => key in update);
  if (!field) {
    const kind = Object.keys(update).find((key) => key !== 'update_id') ?? 'empty';
    return ignored(`update type "${kind}" is not a customer's message`);
  }
  const parsed = TelegramMessage.safeParse(update[field]);
  if (!parsed.success) return ignored(`${field} is not a message Telegram would send`);
  const message = parsed.data;
  const { edit, business } = MESSAGE_KINDS[field];
  if (message.chat.type !== 'private') return ignored(`${field} in a ${message.chat.type} chat, not a private one`);
  const from = message.from;
  if (!from) return ignored(`${field} without a sender`);
  if (from.is_bot) return ignored(`${field} written by a bot`);
  // In a business account's chat the account's owner writes too: the customer is the chat's other side.
  if (business && from.id !== message.chat.id) return ignored(`${field} written by the business account itself`);

  const content = contentOf(message);
  if (!content) {
    const carried = Object.keys(message).filter((key) => !ENVELOPE_FIELDS.has(key));
    return ignored(`${field} carries nothing a customer writes (${carried.join(', ') || 'no content'})`);
  }
  const chatId = message.chat.id;
  const connection = business ? (message.business_connection_id ?? null) : null;
  const externalId = `${chatId}:${message.message_id}`;
  const metadata: Record<string, unknown> = { chatId, messageId: message.message_id, updateId: update.update_id };
  if (connection) metadata.businessConnectionId = connection;
  const reply = message.reply_to_message;
  if (reply) {
    const text = reply.text ?? reply.caption;
    metadata.replyTo = {
      messageId: reply.message_id,
      externalId: `${chatId}:${reply.message_id}`,
      ...(text ? { text: text.slice(0, 200) } : {}),
    };
  }
  if (message.forward_origin) metadata.forwarded = true;
  const editDate = edit ? (message.edit_date ?? message.date ?? 0) : null;
  return {
    kind: edit ? 'edit' : 'message',
    dedupeKey: edit ? `edit:${chatId}:${message.message_id}:${editDate}` : `update:${update.update_id}`,
    threadKey: connection ? `b:${connection}:${chatId}` : String(chatId),
    chatId,
    messageId: message.message_id,
    externalId,
    customer: { id: String(from.id), name: nameOf(from), locale: from.language_code ?? null },
    body: content.body,
    files: content.files,
    metadata,
    editDate,
  };
}

/** Business chats are threaded apart from the bot's own: replies there need the connection. */
export function chatOfThread(threadKey: string): { chatId: string; businessConnectionId: string | null } {
  if (!threadKey.startsWith('b:')) return { chatId: threadKey, businessConnectionId: null };
  const colon = threadKey.lastIndexOf(':');
  return { chatId: threadKey.slice(colon + 1), businessConnectionId: threadKey.slice(2, colon) };
}

function ignored(reason: string): NormalizedUpdate {
  return { kind: 'ignored', reason };
}

function nameOf(user: TelegramUser): string {
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return full || (user.username ? `@${user.username}` : `Telegram user ${user.id}`);
}

interface Content {
  body: string;
  files: TelegramFileRef[];
}

function contentOf(message: TelegramMessage): Content | null {
  const id = message.message_id;
  const caption = message.caption?.trim() ? message.caption : null;
  const withFile = (label: string, file: TelegramFileRef): Content => ({ body: caption ?? label, files: [file] });
  const ref = (
    file: {
      file_id: string;
      file_size?: number | undefined;
      file_name?: string | undefined;
      mime_type?: string | undefined;
    },
    fallbackName: string,
    contentType: string | null = null,
  ): TelegramFileRef => ({
    fileId: file.file_id,
    fileName: file.file_name ?? null,
    fallbackName,
    contentType: file.mime_type ?? contentType,
    size: file.file_size ?? null,
  });

  if (message.text !== undefined && message.text.trim()) return { body: message.text, files: [] };
  if (message.photo && message.photo.length > 0) {
    const largest = message.photo.reduce((best, size) =>
      size.width * size.height > best.width * best.height ? size : best,
    );
    return withFile('[photo]', ref(largest, `photo-${id}.jpg`, 'image/jpeg'));
  }
  // An animation (GIF) comes with a document of the same file: the animation describes it better.
  if (message.animation) return withFile('[animation]', ref(message.animation, `animation-${id}.mp4`, 'video/mp4'));
  if (message.document) {
    const name = message.document.file_name;
    return withFile(name ? `[file ${name}]` : '[file]', ref(message.document, `file-${id}`));
  }
  if (message.video) return withFile('[video]', ref(message.video, `video-${id}.mp4`, 'video/mp4'));
  if (message.video_note) return withFile('[video message]', ref(message.video_note, `video-${id}.mp4`, 'video/mp4'));
  if (message.voice) {
    const seconds = message.voice.duration;
    const label = seconds === undefined ? '[voice message]' : `[voice message ${duration(seconds)}]`;
    return withFile(label, ref(message.voice, `voice-${id}.ogg`, 'audio/ogg'));
  }
  if (message.audio) {
    const title = [message.audio.performer, message.audio.title].filter(Boolean).join(' – ');
    return withFile(title ? `[audio ${title}]` : '[audio]', ref(message.audio, `audio-${id}.mp3`, 'audio/mpeg'));
  }
  if (message.sticker) return { body: `[sticker ${message.sticker.emoji ?? ''}]`.replace(' ]', ']'), files: [] };
  if (message.venue) {
    const { title, address, location } = message.venue;
    return { body: `[place ${title}, ${address}] ${mapLink(location)}`, files: [] };
  }
  if (message.location) return { body: `[location] ${mapLink(message.location)}`, files: [] };
  if (message.contact) {
    const { first_name, last_name, phone_number } = message.contact;
    return { body: `[contact ${[first_name, last_name].filter(Boolean).join(' ')}, ${phone_number}]`, files: [] };
  }
  if (message.poll) {
    const options = message.poll.options.map((option) => option.text).join(' / ');
    return { body: `[poll ${message.poll.question}: ${options}]`, files: [] };
  }
  if (message.dice) return { body: `[dice ${message.dice.emoji} ${message.dice.value}]`, files: [] };
  // A caption on something we do not store (paid media…) is still what the customer wrote.
  if (caption) return { body: caption, files: [] };
  return null;
}

function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function mapLink(location: { latitude: number; longitude: number }): string {
  return `https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}`;
}
