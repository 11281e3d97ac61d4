import type { AppContext } from '../../context';

/** Placeholder: the webhook delivery job and the listener that queues deliveries. Returns what stops them. */
export async function startWebhookWorkers(_ctx: AppContext): Promise<() => Promise<void>> {
  return async () => undefined;
}
