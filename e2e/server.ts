import { inject } from 'vitest';
import { openTestDatabase } from '@sincere/db/testing';
import { loadConfig } from '../apps/server/src/config';
import { startSincere } from '../apps/server/src/runtime';

/**
 * The real server on a free port over a clone of the prepared database, seeded
 * with the demo workspace and serving the built web app, for browser tests.
 */
export async function startE2EServer(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const database = await openTestDatabase(inject('testDatabase'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SINCERE_DEMO: 'true' });
  const running = await startSincere(config, { database });
  const { port } = running.app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    async stop() {
      await running.stop();
      await database.close();
    },
  };
}
