import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openTestDatabase } from '@sincere/db/testing';
import { loadConfig } from '../apps/server/src/config';
import type { Clock } from '../apps/server/src/context';
import { startSincere } from '../apps/server/src/runtime';

/**
 * The real server on a free port over a clone of the prepared database, seeded
 * with the demo workspace and serving the built web app, for browser tests.
 * `env` adds or overrides settings (e.g. SMTP_URL); `clock` replaces the real one (a test that moves time).
 * Attachments go to a folder of its own, removed on stop: tests never write into the repository.
 */
export async function startE2EServer(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const database = await openTestDatabase(inject('testDatabase'));
  const dataDir = await mkdtemp(join(tmpdir(), 'sincere-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SINCERE_DEMO: 'true',
    SINCERE_DATA_DIR: dataDir,
    ...env,
  });
  const running = await startSincere(config, { database, ...options });
  const { port } = running.app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    async stop() {
      await running.stop();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
