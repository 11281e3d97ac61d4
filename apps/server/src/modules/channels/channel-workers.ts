import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context';
import { registerChannelJobs } from './deliver-outbound';
import { startEmailWorkers } from '../email/email-workers';
import { startTelegramWorkers } from '../telegram/telegram-workers';
import { startWebhookWorkers } from '../webhooks/webhook-workers';

/**
 * The channels' background work in a process that runs workers: reply delivery, webhook deliveries, the IMAP
 * poll, Telegram long polling and the built-in SMTP receiver. Returns what stops them.
 */
export async function startChannelWorkers(ctx: AppContext, logger: FastifyBaseLogger): Promise<() => Promise<void>> {
  // One log line shape for every worker: the process's logger, with the details as fields.
  const log = (level: 'info' | 'warn' | 'error', message: string, details: Record<string, unknown>) =>
    logger[level](details, message);
  await registerChannelJobs(ctx);
  const stops: (() => Promise<void>)[] = [];
  stops.push(await startWebhookWorkers(ctx));
  stops.push(await startEmailWorkers(ctx, log));
  stops.push(await startTelegramWorkers(ctx, { log }));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
