import { setTimeout as sleep } from 'node:timers/promises';
import { TELEGRAM_ALLOWED_UPDATES, TelegramUpdateEnvelope } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ChannelRow } from '../channels/channel.repository';
import { handleTelegramUpdate } from './handle-update';
import { describeTelegramError, isRefusal, telegramApi } from './telegram-api';

export type TelegramLog = (level: 'info' | 'warn' | 'error', message: string, details: Record<string, unknown>) => void;

export interface PollOptions {
  /** getUpdates' long-poll wait, in seconds. */
  timeoutSeconds: number;
  log: TelegramLog;
}

/** An update that keeps failing is skipped after this many tries (about 10 minutes), so one bad update cannot stop a bot. */
const MAX_ATTEMPTS_PER_UPDATE = 12;

/**
 * Long polling for one bot until `signal` aborts: getUpdates from the offset, each update stored (or ignored)
 * before the offset moves past it, so an update is confirmed to Telegram only once it is committed. A restart
 * starts from Telegram's first unconfirmed update: one stored before the crash is found again by its update id
 * and not stored twice. The offset is therefore kept nowhere but in Telegram.
 */
export async function pollBot(
  ctx: AppContext,
  channel: ChannelRow,
  signal: AbortSignal,
  options: PollOptions,
): Promise<void> {
  const api = telegramApi(ctx, channel);
  const details = { channelId: channel.id, accountId: channel.accountId };
  let offset: number | undefined;
  let failures = 0;
  let failing: { updateId: number; attempts: number } | null = null;
  while (!signal.aborted) {
    let updates: unknown[];
    try {
      updates = await api.getUpdates(
        {
          timeout: options.timeoutSeconds,
          allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
          ...(offset === undefined ? {} : { offset }),
        },
        // grammY types its signal as the abort-controller package's; Node's own is the same thing.
        signal as Parameters<typeof api.getUpdates>[1],
      );
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      failures += 1;
      // A refusal (a webhook still set, a revoked token, another process polling) lasts: wait longer.
      const level = isRefusal(error) ? 'error' : 'warn';
      options.log(level, 'Telegram getUpdates failed', { ...details, reason: describeTelegramError(error) });
      await pause(backoff(failures), signal);
      continue;
    }
    for (const raw of updates) {
      const parsed = TelegramUpdateEnvelope.safeParse(raw);
      if (!parsed.success) continue;
      const update = parsed.data;
      try {
        const outcome = await handleTelegramUpdate(ctx, channel, update);
        if (outcome.kind === 'ignored') {
          options.log('info', 'telegram update ignored', {
            ...details,
            updateId: update.update_id,
            reason: outcome.reason,
          });
        }
        failing = null;
      } catch (error) {
        const attempts: number = failing?.updateId === update.update_id ? failing.attempts + 1 : 1;
        failing = { updateId: update.update_id, attempts };
        if (attempts < MAX_ATTEMPTS_PER_UPDATE) {
          options.log('warn', 'a Telegram update could not be stored; trying again', {
            ...details,
            updateId: update.update_id,
            err: error,
          });
          await pause(backoff(attempts), signal);
          // The offset stays: Telegram sends this update again.
          break;
        }
        options.log('error', 'a Telegram update was given up', { ...details, updateId: update.update_id, err: error });
      }
      offset = update.update_id + 1;
    }
  }
}

/** 1 s, 2 s, 4 s … at most a minute. */
function backoff(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}
