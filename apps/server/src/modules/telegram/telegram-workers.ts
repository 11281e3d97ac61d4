import type { AppContext } from '../../context';
import { listActiveChannels, type ChannelRow } from '../channels/channel.repository';
import { pollBot, type TelegramLog } from './telegram-poller';

export interface TelegramWorkerOptions {
  /** getUpdates' long-poll wait, in seconds. */
  pollTimeoutSeconds?: number;
  /** How often the list of bots in polling mode is read again (bots connected, switched or removed meanwhile). */
  rescanMs?: number;
  log?: TelegramLog;
}

/** Until the process's logger is handed in: one line on stderr, as quiet as LOG_LEVEL says. */
function stderrLog(ctx: AppContext): TelegramLog {
  const shown: Record<string, readonly string[]> = {
    trace: ['info', 'warn', 'error'],
    debug: ['info', 'warn', 'error'],
    info: ['info', 'warn', 'error'],
    warn: ['warn', 'error'],
    error: ['error'],
    fatal: [],
    silent: [],
  };
  return (level, message, details) => {
    if (!shown[ctx.config.logLevel]?.includes(level)) return;
    const err = details.err instanceof Error ? details.err.message : undefined;
    console.error(JSON.stringify({ level, msg: message, ...details, ...(err ? { err } : {}) }));
  };
}

interface Running {
  /** What the loop was started with: a new token or mode means a new loop. */
  key: string;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Long polling for every active bot in polling mode, one loop per bot, in a process that runs workers. The list
 * is read again every `rescanMs`. Several such processes would each poll (Telegram then refuses all but the
 * latest getUpdates, and the loser backs off): updates are still stored once. Returns what stops the loops,
 * letting an update being stored finish.
 */
export async function startTelegramWorkers(
  ctx: AppContext,
  options: TelegramWorkerOptions = {},
): Promise<() => Promise<void>> {
  const log = options.log ?? stderrLog(ctx);
  const running = new Map<string, Running>();
  let stopped = false;

  const start = (channel: ChannelRow, key: string) => {
    const controller = new AbortController();
    const done = pollBot(ctx, channel, controller.signal, {
      timeoutSeconds: options.pollTimeoutSeconds ?? 25,
      log,
    }).catch((error: unknown) => log('error', 'Telegram polling stopped', { channelId: channel.id, err: error }));
    running.set(channel.id, { key, controller, done });
  };
  const stopOne = async (id: string) => {
    const loop = running.get(id);
    if (!loop) return;
    running.delete(id);
    loop.controller.abort();
    await loop.done;
  };
  const sync = async () => {
    const wanted = new Map<string, { channel: ChannelRow; key: string }>();
    for (const channel of await listActiveChannels(ctx.database.db, 'telegram')) {
      if (channel.settings.mode !== 'polling' || !channel.secrets.botToken) continue;
      // Any change to the channel (its team, its token) restarts its loop with the row as it is now.
      wanted.set(channel.id, { channel, key: `${channel.secrets.botToken}|${channel.updatedAt.toISOString()}` });
    }
    for (const [id, loop] of running) {
      if (wanted.get(id)?.key !== loop.key) await stopOne(id);
    }
    for (const [id, { channel, key }] of wanted) {
      if (!stopped && !running.has(id)) start(channel, key);
    }
  };

  await sync();
  let syncing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    syncing = syncing
      .then(sync)
      .catch((error: unknown) => log('warn', 'Telegram polling could not read its bots', { err: error }));
  }, options.rescanMs ?? 30_000);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await syncing;
    await Promise.all([...running.keys()].map(stopOne));
  };
}
