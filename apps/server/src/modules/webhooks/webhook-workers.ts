import type { AppContext } from '../../context';
import type { ConversationListeners } from '../conversations/conversation-listeners';
import { deliverWebhook } from './deliver-webhook';
import { queueWebhookDeliveries, queueWebhookDeliveriesOfMany } from './queue-deliveries';

/** The delivery job, in a process that runs workers (pg-boss stops it with the queue). */
export async function startWebhookWorkers(ctx: AppContext): Promise<() => Promise<void>> {
  await ctx.jobs.work('webhooks.deliver', (job) => deliverWebhook(ctx, job));
  return async () => undefined;
}

const registered = new WeakSet<ConversationListeners>();

/** Queues deliveries for every committed conversation change (every process). Registering twice does nothing. */
export function registerWebhookListener(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on(
    'webhooks',
    (change) => queueWebhookDeliveries(ctx, change),
    (changes) => queueWebhookDeliveriesOfMany(ctx, changes),
  );
}
