import { Api, GrammyError } from 'grammy';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { ChannelRow } from '../channels/channel.repository';

/** Bots may download files up to 20 MB through the Bot API. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

export function botTokenOf(channel: ChannelRow): string {
  const token = channel.secrets.botToken;
  if (!token) throw new AppError('conflict', 'This Telegram channel has no bot token');
  return token;
}

/** The Bot API for one channel's bot, at the configured address (a local stand-in in tests). */
export function telegramApi(ctx: AppContext, channel: ChannelRow): Api {
  return new Api(botTokenOf(channel), { apiRoot: ctx.config.telegram.apiRoot });
}

/** Telegram answered, and said no (a bad request, a blocked bot, a revoked token): trying again will not help. */
export function isRefusal(error: unknown): error is GrammyError {
  return error instanceof GrammyError && error.error_code >= 400 && error.error_code < 500 && error.error_code !== 429;
}

/** One line for a person: what Telegram said, or that it could not be reached. */
export function describeTelegramError(error: unknown): string {
  if (error instanceof GrammyError) return `Telegram: ${error.description} (${error.error_code})`;
  return `Telegram could not be reached: ${error instanceof Error ? error.message : String(error)}`;
}

export type Download = { kind: 'file'; bytes: Uint8Array; filePath: string } | { kind: 'refused'; reason: string };

/**
 * Downloads a file a customer sent: getFile, then its bytes from the file endpoint. Telegram's refusals and files
 * over `maxBytes` are an answer ('refused'); an unreachable Telegram throws, so the update is tried again.
 */
export async function downloadTelegramFile(
  ctx: AppContext,
  channel: ChannelRow,
  fileId: string,
  maxBytes: number,
): Promise<Download> {
  let filePath: string | undefined;
  try {
    const file = await telegramApi(ctx, channel).getFile(fileId);
    filePath = file.file_path;
    if (file.file_size !== undefined && file.file_size > maxBytes) return tooLarge(maxBytes);
  } catch (error) {
    if (isRefusal(error)) return { kind: 'refused', reason: error.description };
    throw unreachable(error);
  }
  if (!filePath) return { kind: 'refused', reason: 'Telegram gave no file path' };
  const url = `${ctx.config.telegram.apiRoot}/file/bot${botTokenOf(channel)}/${filePath}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw unreachable(error);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      return { kind: 'refused', reason: `the file download answered ${response.status}` };
    }
    throw new AppError('unavailable', `Telegram's file download answered ${response.status}`, undefined, 30);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    throw unreachable(error);
  }
  return { kind: 'file', bytes: Buffer.concat(chunks), filePath };
}

function tooLarge(maxBytes: number): Download {
  return { kind: 'refused', reason: `larger than ${Math.floor(maxBytes / (1024 * 1024))} MB` };
}

function unreachable(error: unknown): AppError {
  return new AppError('unavailable', describeTelegramError(error), undefined, 30);
}
