import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  // Attachments go to a folder of this test file's own, never into the repository.
  const attachmentsDir = await mkdtemp(join(tmpdir(), 'sincere-attachments-'));
  const loaded = loadConfig({ SINCERE_DEMO: 'false', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://sincere.test' });
  const config = {
    ...loaded,
    webRoot: null,
    attachments: { ...loaded.attachments, storage: { kind: 'local' as const, dir: attachmentsDir } },
    // A request's reactions (routing, SLA, deltas) are done when its answer arrives: tests read them at once.
    reactions: 'inline' as const,
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
      await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}
