import { and, eq } from 'drizzle-orm';
import { GrammyError } from 'grammy';
import { TELEGRAM_ALLOWED_UPDATES, TELEGRAM_API, TelegramChannelSettings } from '@sincere/contracts';
import { channels, type Db, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { ChannelRow } from '../channels/channel.repository';
import { isUniqueViolation } from '../conversations/conversation-writes';
import { describeTelegramError, isRefusal, telegramApi } from './telegram-api';

/**
 * Connects a channel's bot to Telegram: getMe names the bot (settings.botUsername; its id is the channel's
 * address), then webhook mode points the bot's webhook at this server, with the channel's secret token, and
 * polling mode removes any webhook so the workers' getUpdates may run. Writes what it learnt to the channel and
 * returns the row as it is now. A token Telegram refuses or a webhook it cannot accept is a 422 naming the field;
 * Telegram out of reach is a 503.
 */
export async function connectTelegramBot(
  ctx: AppContext,
  channel: ChannelRow,
  db: Db | Tx = ctx.database.db,
): Promise<ChannelRow> {
  const api = telegramApi(ctx, channel);
  const parsed = TelegramChannelSettings.safeParse(channel.settings);
  if (!parsed.success)
    throw new AppError('validation_failed', 'The bot’s settings are not valid', { settings: parsed.error.message });
  const settings = parsed.data;
  const me = await call(() => api.getMe(), 'secrets.botToken', 'Telegram refused the bot token');
  if (settings.mode === 'webhook') {
    const publicUrl = ctx.config.publicUrl;
    if (!publicUrl) {
      throw new AppError('validation_failed', 'Webhook mode needs the server’s PUBLIC_URL', {
        'settings.mode': 'PUBLIC_URL is not set: use polling mode, or set it',
      });
    }
    const secret = channel.secrets.webhookSecret;
    if (!secret) throw new AppError('conflict', 'This Telegram channel has no webhook secret');
    await call(
      () =>
        api.setWebhook(`${publicUrl.replace(/\/+$/, '')}${TELEGRAM_API.webhook(channel.id)}`, {
          secret_token: secret,
          allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
        }),
      'settings.mode',
      'Telegram refused the webhook',
    );
  } else {
    await call(() => api.deleteWebhook(), 'settings.mode', 'Telegram refused to remove the webhook');
  }
  let row: ChannelRow | undefined;
  try {
    [row] = await db
      .update(channels)
      .set({
        address: String(me.id),
        settings: { ...settings, ...(me.username ? { botUsername: me.username } : {}) },
        updatedAt: ctx.clock(),
      })
      .where(and(eq(channels.accountId, channel.accountId), eq(channels.id, channel.id)))
      .returning();
  } catch (error) {
    // A replaced token may name a bot another channel already has.
    if (!isUniqueViolation(error)) throw error;
    const what = 'This bot is already connected';
    throw new AppError('conflict', what, { 'secrets.botToken': what });
  }
  if (!row) throw new AppError('not_found', 'Channel not found');
  return row;
}

/**
 * Stops Telegram calling this server for the bot (before a channel is switched off, deleted or its token
 * replaced). A token Telegram no longer accepts has nothing left to disconnect; out of reach is a 503.
 */
export async function disconnectTelegramBot(ctx: AppContext, channel: ChannelRow): Promise<void> {
  if (!channel.secrets.botToken) return;
  try {
    await telegramApi(ctx, channel).deleteWebhook();
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) return;
    throw asAppError(error, 'settings.mode', 'Telegram refused to remove the webhook');
  }
}

async function call<T>(work: () => Promise<T>, field: string, what: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asAppError(error, field, what);
  }
}

function asAppError(error: unknown, field: string, what: string): AppError {
  if (isRefusal(error)) {
    const reason = describeTelegramError(error);
    return new AppError('validation_failed', `${what}: ${reason}`, { [field]: reason });
  }
  return new AppError('unavailable', describeTelegramError(error), undefined, 30);
}
