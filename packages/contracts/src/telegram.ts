import { z } from 'zod';

/** The webhook Telegram calls for one bot (its channel). */
export const TELEGRAM_API = {
  webhook: (channelId: string) => `/api/v1/channels/${channelId}/telegram/webhook`,
} as const;

/** Telegram repeats the secret_token given to setWebhook in this header on every call. */
export const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** The updates a bot subscribes to (setWebhook, getUpdates): what can become a customer's message. */
export const TELEGRAM_ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'business_message',
  'edited_business_message',
] as const;

/**
 * A webhook body: an Update. Only its id is required here, the rest is kept as sent; each part is checked where
 * it is read, so a new kind of update from Telegram is ignored rather than refused.
 */
export const TelegramUpdateEnvelope = z.looseObject({ update_id: z.number().int().nonnegative() });
export type TelegramUpdateEnvelope = z.infer<typeof TelegramUpdateEnvelope>;

/** What the webhook answers once an update is stored or deliberately ignored (no `method`: no reply call). */
export const TelegramWebhookAnswer = z.object({ ok: z.literal(true) });

// The parts of a Message we read, loosely: Telegram adds fields often. https://core.telegram.org/bots/api#message
const FileRef = {
  file_id: z.string(),
  file_unique_id: z.string().optional(),
  file_size: z.number().optional(),
};
const NamedFile = z.looseObject({ ...FileRef, file_name: z.string().optional(), mime_type: z.string().optional() });

export const TelegramUser = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
export type TelegramUser = z.infer<typeof TelegramUser>;

const Location = z.looseObject({ latitude: z.number(), longitude: z.number() });

export const TelegramMessage = z.looseObject({
  message_id: z.number().int(),
  date: z.number().optional(),
  edit_date: z.number().optional(),
  business_connection_id: z.string().optional(),
  from: TelegramUser.optional(),
  chat: z.looseObject({ id: z.number().int(), type: z.string() }),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(z.looseObject({ ...FileRef, width: z.number(), height: z.number() })).optional(),
  document: NamedFile.optional(),
  animation: NamedFile.optional(),
  video: NamedFile.optional(),
  audio: NamedFile.extend({ title: z.string().optional(), performer: z.string().optional() }).optional(),
  voice: NamedFile.extend({ duration: z.number().optional() }).optional(),
  video_note: z.looseObject({ ...FileRef, duration: z.number().optional() }).optional(),
  sticker: z.looseObject({ ...FileRef, emoji: z.string().optional() }).optional(),
  location: Location.optional(),
  venue: z.looseObject({ location: Location, title: z.string(), address: z.string() }).optional(),
  contact: z
    .looseObject({ phone_number: z.string(), first_name: z.string(), last_name: z.string().optional() })
    .optional(),
  poll: z.looseObject({ question: z.string(), options: z.array(z.looseObject({ text: z.string() })) }).optional(),
  dice: z.looseObject({ emoji: z.string(), value: z.number() }).optional(),
  reply_to_message: z
    .looseObject({ message_id: z.number().int(), text: z.string().optional(), caption: z.string().optional() })
    .optional(),
  forward_origin: z.looseObject({ type: z.string() }).optional(),
});
export type TelegramMessage = z.infer<typeof TelegramMessage>;
