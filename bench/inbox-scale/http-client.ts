import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { API, CSRF_HEADER, SESSION_COOKIE, type SessionResponse } from '@sincere/contracts';
import { REPO_ROOT } from '../../test/support/spawn-server';

/** One answer with the time the server spent on it (its Server-Timing header) and the round trip seen here. */
export interface Timed {
  status: number;
  body: unknown;
  serverMs: number;
  clientMs: number;
}

/** A signed-in person calling the API over HTTP, as the web app does: session cookie and CSRF header. */
export class BenchCaller {
  private constructor(
    readonly base: string,
    private readonly headers: Record<string, string>,
    readonly session: SessionResponse | null,
  ) {}

  static async signIn(base: string, email: string, password: string): Promise<BenchCaller> {
    const response = await fetch(`${base}${API.signIn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200)
      throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error('no session cookie');
    const session = (await response.json()) as SessionResponse;
    return new BenchCaller(base, { cookie, [CSRF_HEADER]: session.csrfToken }, session);
  }

  static withToken(base: string, secret: string): BenchCaller {
    return new BenchCaller(base, { authorization: `Bearer ${secret}` }, null);
  }

  /** The same person asking another server process (sessions live in the database). */
  withBase(base: string): BenchCaller {
    return new BenchCaller(base, this.headers, this.session);
  }

  get cookie(): string {
    return this.headers['cookie'] ?? '';
  }

  get(path: string): Promise<Timed> {
    return this.call('GET', path);
  }

  post(path: string, body: unknown): Promise<Timed> {
    return this.call('POST', path, body);
  }

  private async call(method: string, path: string, body?: unknown): Promise<Timed> {
    const startedAt = performance.now();
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body === undefined ? this.headers : { ...this.headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const clientMs = performance.now() - startedAt;
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as unknown) : null,
      serverMs: serverTiming(response.headers.get('server-timing')),
      clientMs,
    };
  }
}

/** `app;dur=12.345` → 12.345; NaN when the header is missing. */
export function serverTiming(header: string | null): number {
  const match = /app;dur=([\d.]+)/.exec(header ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

export interface BenchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `bench/inbox-scale/server.ts` over the database and waits until it listens. */
export async function startBenchServer(databaseUrl: string, redisUrl?: string): Promise<BenchServer> {
  // BENCH_SERVER_CPU_PROF_DIR=/tmp/prof writes the server's CPU profile there when it stops (node --cpu-prof).
  const profileDir = process.env['BENCH_SERVER_CPU_PROF_DIR'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/inbox-scale/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      BENCH_SERVER_DATABASE_URL: databaseUrl,
      ...(redisUrl ? { BENCH_SERVER_REDIS_URL: redisUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { url?: string };
        if (parsed.url) resolve(parsed.url);
      } catch {
        // not the line we wait for
      }
    });
    void exited.then((code) => reject(new Error(`bench server exited with ${String(code)} before listening`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
