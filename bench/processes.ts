import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPO_ROOT, freePort } from '../test/support/spawn-server';

/** Resident memory of a live process, in MiB (VmRSS: what it occupies in RAM now; VmHWM: its peak). */
export function residentMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs a small ES module in a fresh `node` (no tsx), from the repository root so
 * it resolves the same packages as the server. It prints one JSON line.
 */
async function runModule<T>(code: string, env: Record<string, string> = {}): Promise<{ result: T; wallMs: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const code_ = await new Promise<number | null>((done) => child.once('close', done));
  if (code_ !== 0) throw new Error(`baseline process failed (${String(code_)}): ${stdout}`);
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return { result: JSON.parse(line) as T, wallMs: performance.now() - startedAt };
}

const RSS_OF_SELF = `const rss = () => Number(/^VmRSS:\\s+(\\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;`;

/** `new PGlite(dir)` created and closed on an empty folder: the floor under a first start. */
export async function barePgliteCreate(
  dataDir: string,
): Promise<{ createMs: number; closeMs: number; processMs: number }> {
  const { result, wallMs } = await runModule<{ createMs: number; closeMs: number }>(
    `import { PGlite } from '@electric-sql/pglite';
     const started = performance.now();
     const db = new PGlite(process.env.BENCH_DIR);
     await db.waitReady;
     const created = performance.now();
     await db.close();
     console.log(JSON.stringify({ createMs: created - started, closeMs: performance.now() - created }));`,
    { BENCH_DIR: dataDir },
  );
  return { ...result, processMs: wallMs };
}

/** Resident memory of a process that only opens PGlite on `dataDir` and reads from it. */
export async function barePgliteMemory(dataDir: string): Promise<{ rssMiB: number; openMs: number }> {
  const { result } = await runModule<{ rssMiB: number; openMs: number }>(
    `import { readFileSync } from 'node:fs';
     import { PGlite } from '@electric-sql/pglite';
     ${RSS_OF_SELF}
     const started = performance.now();
     const db = await PGlite.create(process.env.BENCH_DIR);
     await db.query('SELECT count(*) FROM conversations');
     const openMs = performance.now() - started;
     await new Promise((done) => setTimeout(done, 2000));
     console.log(JSON.stringify({ rssMiB: rss(), openMs }));
     await db.close();`,
    { BENCH_DIR: dataDir },
  );
  return result;
}

/** Resident memory of a node process doing nothing. */
export async function bareNodeMemory(): Promise<number> {
  const { result } = await runModule<{ rssMiB: number }>(
    `import { readFileSync } from 'node:fs';
     ${RSS_OF_SELF}
     await new Promise((done) => setTimeout(done, 500));
     console.log(JSON.stringify({ rssMiB: rss() }));`,
  );
  return result.rssMiB;
}

/** Spawn to first HTTP answer of a Fastify hello world: the floor under any Node server start. */
export async function bareFastifyFirstResponse(): Promise<number> {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import Fastify from 'fastify';
       const app = Fastify();
       app.get('/', async () => ({ hello: 'world' }));
       await app.listen({ port: ${port}, host: '127.0.0.1' });`,
    ],
    { cwd: REPO_ROOT, stdio: 'ignore' },
  );
  try {
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/`).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) return performance.now() - startedAt;
      if (child.exitCode !== null) throw new Error('the Fastify hello world exited');
      await sleep(10);
    }
  } finally {
    child.kill('SIGKILL');
  }
}
