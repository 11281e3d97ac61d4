import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  API,
  CSRF_HEADER,
  ETIQUETTE_API,
  SESSION_COOKIE,
  type ConversationPage,
  type SessionResponse,
} from '@sincere/contracts';
import { spawnServer, type SpawnedServer } from '../test/support/spawn-server';
import { demoSize } from './cold-start';
import { bareNodeMemory, barePgliteMemory, residentMemory, sleep } from './processes';
import type { Benchmark, BenchmarkResult } from './report';
import { prepareStartMode } from './web-build';

const RUNS = 2;
const IDLE_MS = 10_000;

/**
 * What an agent's browser does in the first minute: sign in, open the inbox and every conversation (with how to
 * address its customer), the team, the API docs.
 */
async function browse(server: SpawnedServer): Promise<number> {
  const signIn = await fetch(`${server.url}${API.signIn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.sincere.local', password: 'sincere-demo' }),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
  const session = (await signIn.json()) as SessionResponse;
  const cookie =
    signIn.headers
      .getSetCookie()
      .find((line) => line.startsWith(`${SESSION_COOKIE}=`))
      ?.split(';')[0] ?? '';
  const headers = { cookie, [CSRF_HEADER]: session.csrfToken };
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return response.text();
  };
  let requests = 1;
  const page = JSON.parse(await get(`${API.conversations}?limit=200`)) as ConversationPage;
  requests += 1;
  for (const conversation of page.items) {
    // The agent app asks how to address the customer beside each conversation it opens.
    await get(API.conversation(conversation.id));
    await get(ETIQUETTE_API.conversationEtiquette(conversation.id));
    requests += 2;
  }
  for (const path of ['/', API.users, API.apiTokens, API.auditLog, API.account, '/api/openapi.json', '/api/docs/']) {
    await get(path);
    requests += 1;
  }
  return requests;
}

/** Resident memory of the server after 10 s idle, and again after a round of typical requests. */
export const idleMemory: Benchmark = {
  name: 'idle-memory',
  description: 'Resident memory (VmRSS) of the server process after start and 10 s idle, then after a few requests',
  async run(): Promise<BenchmarkResult> {
    const mode = prepareStartMode();
    const samples = {
      firstIdle: [] as number[],
      firstBusy: [] as number[],
      restartIdle: [] as number[],
      restartBusy: [] as number[],
      peak: [] as number[],
      barePglite: [] as number[],
      bareNode: [] as number[],
    };
    let requests = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const folder = await mkdtemp(join(tmpdir(), 'sincere-bench-'));
      try {
        for (const [idle, busy] of [
          [samples.firstIdle, samples.firstBusy],
          [samples.restartIdle, samples.restartBusy],
        ] as const) {
          const server = await spawnServer({
            args: mode.args,
            env: { SINCERE_DATA_DIR: folder, SINCERE_DEMO: 'true' },
          });
          try {
            await sleep(IDLE_MS);
            idle.push(residentMemory(server.pid).rss);
            requests = await browse(server);
            await sleep(2_000);
            const after = residentMemory(server.pid);
            busy.push(after.rss);
            samples.peak.push(after.peak);
          } finally {
            await server.stop();
          }
        }
        samples.barePglite.push((await barePgliteMemory(join(folder, 'pglite'))).rssMiB);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
      samples.bareNode.push(await bareNodeMemory());
    }
    return {
      name: 'idle-memory',
      measuredAt: new Date().toISOString(),
      setup: {
        command: `node bin/sincere.js ${mode.args.join(' ')}`,
        database: 'embedded PGlite, fresh temporary data folder per run',
        data: demoSize(),
        idleSeconds: IDLE_MS / 1000,
        requestsAfterIdle: requests,
        runs: RUNS,
      },
      measurements: [
        {
          label: 'first start (seeded the demo), after 10 s idle',
          unit: 'MiB',
          kind: 'measure',
          samples: samples.firstIdle,
          target: 450,
        },
        {
          label: 'first start, after the requests',
          unit: 'MiB',
          kind: 'measure',
          samples: samples.firstBusy,
          target: 450,
        },
        { label: 'restart, after 10 s idle', unit: 'MiB', kind: 'measure', samples: samples.restartIdle, target: 450 },
        {
          label: 'restart, after the requests',
          unit: 'MiB',
          kind: 'measure',
          samples: samples.restartBusy,
          target: 450,
        },
        { label: 'peak resident memory of the server (VmHWM)', unit: 'MiB', kind: 'detail', samples: samples.peak },
        {
          label: 'bare process that only opens PGlite on the same data',
          unit: 'MiB',
          kind: 'baseline',
          samples: samples.barePglite,
        },
        { label: 'bare `node` process', unit: 'MiB', kind: 'baseline', samples: samples.bareNode },
      ],
      notes: mode.webBuilt
        ? []
        : [
            'The web app did not build: measured `start --dev` until /healthz answered, without the static file server.',
          ],
    };
  },
};
