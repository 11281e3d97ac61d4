import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '../test/support/spawn-server';
import { DEMO_CONVERSATIONS, DEMO_CUSTOMERS, DEMO_USERS } from '../apps/server/src/modules/demo/demo-data';
import { bareFastifyFirstResponse, barePgliteCreate } from './processes';
import type { Benchmark, BenchmarkResult } from './report';
import { prepareStartMode } from './web-build';

const RUNS = 3;

/**
 * Spawn of `node bin/sincere.js start` to the first answer of GET / on the
 * embedded database: first on an empty data folder (initdb, migrations, demo
 * seed), then again on the same folder.
 */
export const coldStart: Benchmark = {
  name: 'cold-start',
  description: 'Time from spawning the server to the first page it serves, on an empty data folder and on a restart',
  async run(): Promise<BenchmarkResult> {
    const mode = prepareStartMode();
    const first: number[] = [];
    const restart: number[] = [];
    const noTsxCache: number[] = [];
    const pgliteCreate: number[] = [];
    const pgliteProcess: number[] = [];
    const fastify: number[] = [];

    for (let run = 0; run < RUNS; run += 1) {
      const folder = await mkdtemp(join(tmpdir(), 'sincere-bench-'));
      try {
        const start = async (env: Record<string, string> = {}) => {
          const server = await spawnServer({
            args: mode.args,
            env: { SINCERE_DATA_DIR: folder, SINCERE_DEMO: 'true', ...env },
            readyPath: mode.path,
            anyStatus: true,
            pollMs: 20,
          });
          await server.stop();
          return server.readyAfterMs;
        };
        first.push(await start());
        restart.push(await start());
        // A restart whose TypeScript is transpiled afresh: the first start after installing or upgrading.
        noTsxCache.push(await start({ TSX_DISABLE_CACHE: '1' }));
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      const bare = await mkdtemp(join(tmpdir(), 'sincere-bench-pglite-'));
      try {
        const created = await barePgliteCreate(bare);
        pgliteCreate.push(created.createMs + created.closeMs);
        pgliteProcess.push(created.processMs);
      } finally {
        await rm(bare, { recursive: true, force: true });
      }
      fastify.push(await bareFastifyFirstResponse());
    }

    return {
      name: 'cold-start',
      measuredAt: new Date().toISOString(),
      setup: {
        command: `node bin/sincere.js ${mode.args.join(' ')}`,
        firstRequest: `GET ${mode.path}`,
        webBuilt: mode.webBuilt,
        database: 'embedded PGlite, fresh temporary data folder per run',
        data: demoSize(),
        runs: RUNS,
      },
      measurements: [
        {
          label: 'first start, empty data folder (initdb + migrations + demo seed)',
          unit: 'ms',
          kind: 'measure',
          samples: first,
          target: 10_000,
        },
        { label: 'restart on the same folder', unit: 'ms', kind: 'measure', samples: restart, target: 5_000 },
        {
          label: 'restart with tsx cache disabled (transpile every file)',
          unit: 'ms',
          kind: 'detail',
          samples: noTsxCache,
        },
        {
          label: 'bare `new PGlite(dir)` create + close, empty folder',
          unit: 'ms',
          kind: 'baseline',
          samples: pgliteCreate,
        },
        { label: 'same, whole `node` process', unit: 'ms', kind: 'baseline', samples: pgliteProcess },
        { label: 'bare Fastify hello world, spawn to first response', unit: 'ms', kind: 'baseline', samples: fastify },
      ],
      notes: mode.webBuilt
        ? []
        : [
            'The web app did not build: measured `start --dev` until /healthz answered, without the static file server.',
          ],
    };
  },
};

/** What the first start writes: the demo workspace. */
export function demoSize(): string {
  const messages = DEMO_CONVERSATIONS.reduce((total, conversation) => total + conversation.messages.length, 0);
  return `demo workspace: 1 account, ${DEMO_USERS.length} users (scrypt-hashed passwords), ${DEMO_CUSTOMERS.length} customers, ${DEMO_CONVERSATIONS.length} conversations, ${messages} messages`;
}
