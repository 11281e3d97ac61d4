import type { AppContext } from '../../context';

/** Placeholder: the webhook delivery job and the listener that queues deliveries. Returns what stops them. */
export async function startWebhookWorkers(_ctx: AppContext): Promise<() => Promise<void>> {
  return async () => undefined;
}

/** Placeholder: the conversation listener that queues a delivery per event and endpoint (every process). */
export function registerWebhookListener(_ctx: AppContext): void {}
