import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context';
import { sweepPromises } from './sweep-promises';

/**
 * Runs the promise sweep every `config.promises.sweepMs` in a worker process, one run at a time. A timer rather
 * than a queued job: a due time needs seconds, not the job queue's minute-grained schedule, and the sweep reads
 * the injected clock, so a test that moves time sees reminders and broken promises on the next tick.
 */
export function startPromiseSweeper(ctx: AppContext, log: FastifyBaseLogger): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = sweepPromises(ctx)
      .then((result) => {
        if (result.reminded + result.broken + result.followUps > 0) log.info(result, 'promise sweep');
      })
      .catch((error: unknown) => log.error({ err: error }, 'promise sweep failed; the next tick retries'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, ctx.config.promises.sweepMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
