import { z } from 'zod';

/** A Telegram bot: updates arrive by webhook (checked by its secret-token header) or by long polling. */
export const TelegramChannelSettings = z
  .strictObject({
    mode: z.enum(['webhook', 'polling']).default('webhook'),
    /** Filled in from getMe when the bot is connected. */
    botUsername: z.string().max(64).optional(),
  })
  .meta({ id: 'TelegramChannelSettings' });
export type TelegramChannelSettings = z.infer<typeof TelegramChannelSettings>;

/** "123456789:AA…" as BotFather gives it. */
export const TelegramBotToken = z
  .string()
  .regex(/^\d{3,20}:[A-Za-z0-9_-]{20,100}$/, 'A bot token as BotFather gives it');
