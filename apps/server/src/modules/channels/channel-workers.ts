import type { AppContext } from '../../context';
import { registerChannelJobs } from './deliver-outbound';
import { startEmailWorkers } from '../email/email-workers';
import { startTelegramWorkers } from '../telegram/telegram-workers';
import { startWebhookWorkers } from '../webhooks/webhook-workers';

/**
 * The channels' background work in a process that runs workers: reply delivery, webhook deliveries, the IMAP
 * poll, Telegram long polling and the built-in SMTP receiver. Returns what stops them.
 */
export async function startChannelWorkers(ctx: AppContext): Promise<() => Promise<void>> {
  await registerChannelJobs(ctx);
  const stops: (() => Promise<void>)[] = [];
  stops.push(await startWebhookWorkers(ctx));
  stops.push(await startEmailWorkers(ctx));
  stops.push(await startTelegramWorkers(ctx));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
