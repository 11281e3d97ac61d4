import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const CLI = resolve(REPO_ROOT, 'bin/sincere.js');

/** Variables a test must set on purpose: inherited ones would point the child at the wrong database or port. */
const NOT_INHERITED = [
  'DATABASE_URL',
  'PORT',
  'HOST',
  'PUBLIC_URL',
  'SINCERE_DATA_DIR',
  'SINCERE_DEMO',
  'SINCERE_WORKERS',
  'LOG_LEVEL',
];

export interface SpawnOptions {
  /** Environment of the server on top of a clean copy of this process's (SINCERE_DATA_DIR or DATABASE_URL…). */
  env: Record<string, string>;
  /** CLI arguments; `start --dev` unless given. */
  args?: string[];
  /** Path that must answer 200 before the server counts as started; any answer counts when `anyStatus`. */
  readyPath?: string;
  anyStatus?: boolean;
  timeoutMs?: number;
  /** How often to ask; short when a benchmark measures the start. */
  pollMs?: number;
}

export interface SpawnedServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first ready answer. */
  readyAfterMs: number;
  /** Everything the process wrote to stdout so far (stderr is in `output`). */
  readonly stdout: string;
  readonly output: string;
  /** Resolves with how the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Graceful stop (SIGTERM), then SIGKILL if it takes longer than 10 s. */
  stop(): Promise<void>;
}

/** The process ended before it was ready; `output` holds what it wrote. */
export class ServerStartError extends Error {
  constructor(
    message: string,
    readonly output: string,
    readonly code: number | null,
  ) {
    super(`${message}\n--- server output ---\n${output}`);
    this.name = 'ServerStartError';
  }
}

const running = new Set<ChildProcess>();
// A test that fails half-way must not leave servers behind holding ports and data folders.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port that is free now; the server binds it a moment later. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The environment for a child CLI process: this one's, minus Sincere's own settings, plus `env`. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of NOT_INHERITED) delete base[name];
  return { ...base, LOG_LEVEL: 'warn', ...env };
}

/**
 * Starts the real server (`node bin/sincere.js start --dev`) as a child process
 * and waits until it answers. Rejects with ServerStartError if it exits first.
 */
export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const { readyPath = '/readyz', anyStatus = false, timeoutMs = 60_000, pollMs = 100 } = options;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [CLI, ...(options.args ?? ['start', '--dev'])], {
    cwd: REPO_ROOT,
    env: childEnv({ HOST: '127.0.0.1', ...options.env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      done({ code, signal });
    });
  });
  // Both streams end after the last byte is read, which may be after the exit event.
  const drained = Promise.all([
    child.stdout && once(child.stdout, 'close'),
    child.stderr && once(child.stderr, 'close'),
  ]);
  const state: { ended: { code: number | null } | null } = { ended: null };
  void exited.then((result) => (state.ended = result));
  const pid = child.pid;
  if (pid === undefined) throw new ServerStartError('could not spawn the server', output, null);

  const deadline = startedAt + timeoutMs;
  for (;;) {
    // Let the exit event land before deciding the process still runs.
    await new Promise((done) => setTimeout(done, pollMs));
    const { ended } = state;
    if (ended) {
      await drained;
      throw new ServerStartError(
        `the server exited (code ${String(ended.code)}) before ${readyPath} answered`,
        output,
        ended.code,
      );
    }
    const status = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status,
      () => null,
    );
    if (status !== null && (anyStatus || status === 200)) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new ServerStartError(`${readyPath} did not answer 200 within ${timeoutMs} ms`, output, null);
    }
  }
  const readyAfterMs = performance.now() - startedAt;

  const kill = async (signal: NodeJS.Signals) => {
    if (!state.ended) child.kill(signal);
    await exited;
  };
  return {
    url,
    pid,
    readyAfterMs,
    get stdout() {
      return stdout;
    },
    get output() {
      return output;
    },
    exited,
    kill,
    async stop() {
      if (state.ended) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
