import { inject } from 'vitest';
import { openTestDatabase } from '@sincere/db/testing';
import type { Database } from '@sincere/db';
import { loadConfig } from '../config';
import type { AppContext, Clock } from '../context';
import type { ZodApp } from '../http/route-types';
import type { JobQueue } from '../modules/jobs/job-queue';
import { assemble } from '../runtime';

export interface TestApp {
  app: ZodApp;
  ctx: AppContext;
  database: Database;
  jobs: JobQueue;
  /** Moves the injected clock; every service reads time from it. */
  setNow(at: Date): void;
  close(): Promise<void>;
}

/**
 * The real application over this test file's own clone of the prepared database,
 * driven through `app.inject` (no socket). Tests isolate themselves by creating
 * their own accounts, so files never need to clean up after each other.
 */
export async function createTestApp(options: { now?: Date } = {}): Promise<TestApp> {
  const database = await openTestDatabase(inject('testDatabase'));
  let now: Date | null = options.now ?? null;
  const clock: Clock = () => now ?? new Date();
  const config = {
    ...loadConfig({ SINCERE_DEMO: 'false', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://sincere.test' }),
    webRoot: null,
  };
  const { app, ctx, jobs } = await assemble(config, database, clock);
  // Use cases send jobs (snooze, SLA checks), so the queue runs; no worker is registered:
  // jobs wait in their table and tests run the handlers themselves, at the time they choose.
  await jobs.start();
  await app.ready();
  return {
    app,
    ctx,
    database,
    jobs,
    setNow(at) {
      now = at;
    },
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}
