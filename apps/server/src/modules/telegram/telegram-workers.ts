import type { AppContext } from '../../context';

/** Placeholder: long polling for bots connected in polling mode. Returns what stops it. */
export async function startTelegramWorkers(_ctx: AppContext): Promise<() => Promise<void>> {
  return async () => undefined;
}
