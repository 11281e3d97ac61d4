import pg from 'pg';
import { migrate, openDatabase } from '@sincere/db';
import { benchDatabaseName, benchDatabaseUrl, GENERATOR_VERSION, inboxPlan, type InboxPlan } from './plan';
import { conversationsSql, customersSql, eventsSql, FUNCTIONS_SQL, messagesSql } from './rows-sql';
import { writeAccounts } from './setup-accounts';
import { dropBulkIndexes, rebuildIndexes, rebuildCounts, verify, measureSize, type DataSummary } from './finish';

/** What a finished generation recorded: reused as long as the scale and the generator version match. */
export interface GeneratedData {
  url: string;
  database: string;
  scale: number;
  anchor: string;
  /** Seconds the generation took, summed over its runs when it was interrupted and resumed. */
  generationSeconds: number;
  reused: boolean;
  summary: DataSummary;
}

const TABLES = `
CREATE TABLE IF NOT EXISTS bench_gen.spec (
  id int PRIMARY KEY DEFAULT 1 CHECK (id = 1), version int NOT NULL, scale float8 NOT NULL,
  anchor timestamptz NOT NULL, started_at timestamptz NOT NULL DEFAULT now(), completed_at timestamptz, summary jsonb
);
CREATE TABLE IF NOT EXISTS bench_gen.progress (
  step text PRIMARY KEY, seconds float8 NOT NULL, rows bigint NOT NULL, done_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS bench_gen.dropped_indexes (name text PRIMARY KEY, definition text NOT NULL);
-- Wall-clock seconds of the generating runs (steps run two at a time, so their own seconds add up to more).
ALTER TABLE bench_gen.spec ADD COLUMN IF NOT EXISTS wall_seconds float8 NOT NULL DEFAULT 0;
`;

/**
 * Bulk sessions skip the foreign-key triggers and the counter trigger (the rows are made
 * consistent, `verify` checks them, and the counts are rebuilt in one statement). JIT is
 * off: compiling the long generated expressions costs more than it saves per chunk.
 */
const BULK_SESSION = `SET session_replication_role = replica; SET synchronous_commit = off; SET work_mem = '64MB';
SET maintenance_work_mem = '1GB'; SET statement_timeout = 0; SET jit = off`;

export interface GenerateOptions {
  scale: number;
  /** Connections writing message chunks at once. */
  jobs?: number;
  /** Drop the database and start over. */
  fresh?: boolean;
  /** Keep the secondary indexes during the load (to compare: dropping and rebuilding them is faster). */
  keepIndexes?: boolean;
  log?: (line: string) => void;
}

/**
 * Makes sure the bench database holds the generated inbox at this scale: reuses a
 * finished one, resumes an interrupted one from its last committed chunk, or creates
 * and fills a new one. Always applies the project's migrations first.
 */
export async function ensureInboxData(options: GenerateOptions): Promise<GeneratedData> {
  const log = options.log ?? ((line: string) => console.log(line));
  const plan = inboxPlan(options.scale);
  const url = benchDatabaseUrl(plan.scale);
  const database = benchDatabaseName(plan.scale);
  await createDatabase(url, database, options.fresh ?? false, log);

  const opened = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
  try {
    const applied = await migrate(opened);
    if (applied.length > 0) log(`  migrations applied: ${applied.join(', ')}`);
  } finally {
    await opened.close();
  }

  const pool = new pg.Pool({ connectionString: url, max: Math.max(2, options.jobs ?? 2) + 1 });
  // One generation at a time: two would write the same chunks (each chunk's progress row would refuse the second).
  const lock = await pool.connect();
  try {
    const { rows } = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      GENERATION_LOCK,
    ]);
    if (!rows[0]?.locked) throw new Error(`another process is generating ${database}; wait for it or stop it`);
    await pool.query(FUNCTIONS_SQL + TABLES);
    const spec = (
      await pool.query<{
        version: number;
        scale: number;
        anchor: Date;
        completed_at: Date | null;
        summary: DataSummary;
      }>('SELECT version, scale, anchor, completed_at, summary FROM bench_gen.spec')
    ).rows[0];
    if (spec && (spec.version !== GENERATOR_VERSION || spec.scale !== plan.scale)) {
      throw new Error(
        `${database} holds data of generator version ${spec.version} at scale ${spec.scale}; run the generator with --fresh to start over`,
      );
    }
    if (spec?.completed_at) {
      const seconds = await generationSeconds(pool);
      log(`  reusing the data generated ${spec.completed_at.toISOString()} in ${database} (${formatSeconds(seconds)})`);
      return {
        url,
        database,
        scale: plan.scale,
        anchor: spec.anchor.toISOString(),
        generationSeconds: seconds,
        reused: true,
        summary: spec.summary,
      };
    }
    const anchor = spec?.anchor ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
    if (!spec)
      await pool.query('INSERT INTO bench_gen.spec (version, scale, anchor) VALUES ($1, $2, $3)', [
        GENERATOR_VERSION,
        plan.scale,
        anchor,
      ]);
    else log(`  resuming the generation started ${spec.anchor.toISOString()}`);

    const startedAt = performance.now();
    try {
      await generate(pool, plan, anchor, options, log);
    } finally {
      // An interrupted run counts too: the resumed one adds its own time.
      await pool.query('UPDATE bench_gen.spec SET wall_seconds = wall_seconds + $1', [
        (performance.now() - startedAt) / 1000,
      ]);
    }
    const summary = await measureSize(pool, database);
    await pool.query('UPDATE bench_gen.spec SET completed_at = now(), summary = $1', [JSON.stringify(summary)]);
    const seconds = await generationSeconds(pool);
    log(`  generated in ${formatSeconds(seconds)}; database ${summary.databaseSize}`);
    return {
      url,
      database,
      scale: plan.scale,
      anchor: anchor.toISOString(),
      generationSeconds: seconds,
      reused: false,
      summary,
    };
  } finally {
    lock.release();
    await pool.end();
  }
}

/** Any fixed number: the session lock that keeps two generations of one database apart. */
const GENERATION_LOCK = 7_240_777;

/** Whether a finished generation exists at this scale, without creating anything. */
export async function findInboxData(scale: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: benchDatabaseUrl(scale) });
  try {
    await client.connect();
    const found = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'bench_gen' AND tablename = 'spec'`);
    if (found.rowCount === 0) return false;
    const spec = await client.query<{ completed: boolean }>(
      'SELECT completed_at IS NOT NULL AND version = $1 AS completed FROM bench_gen.spec',
      [GENERATOR_VERSION],
    );
    return spec.rows[0]?.completed ?? false;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function generate(
  pool: pg.Pool,
  plan: InboxPlan,
  anchor: Date,
  options: GenerateOptions,
  log: (line: string) => void,
) {
  const jobs = options.jobs ?? 2;
  const step = stepRunner(pool, log);
  await step('accounts', (client) => writeAccounts(client, plan, anchor));
  if (!options.keepIndexes) await step('drop-indexes', (client) => dropBulkIndexes(client));

  for (const account of plan.accounts) {
    for (const [lo, hi] of chunks(account.customers, plan.rowChunk)) {
      await step(`customers:${account.slug}:${lo}`, (client) => count(client, customersSql(account.key, lo, hi)));
    }
  }
  for (const account of plan.accounts) {
    for (const [lo, hi] of chunks(account.conversations, plan.rowChunk)) {
      await step(`conversations:${account.slug}:${lo}`, async (client) => {
        const rows = await count(client, conversationsSql(account.key, lo, hi));
        return rows + (await count(client, eventsSql(account.key, lo, hi)));
      });
    }
  }
  const messageChunks = plan.accounts.flatMap((account) =>
    chunks(account.conversations, plan.messageChunk).map(([lo, hi]) => ({ account, lo, hi })),
  );
  const queue = [...messageChunks];
  const started = performance.now();
  let written = 0;
  let finished = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { account, lo, hi } = next;
      const rows = await step(
        `messages:${account.slug}:${lo}`,
        (client) => count(client, messagesSql(account.key, lo, hi)),
        true,
      );
      written += rows;
      finished += 1;
      if (rows > 0) {
        const rate = written / ((performance.now() - started) / 1000);
        const left = (messageChunks.length - finished) / Math.max(1, finished);
        log(
          `  messages ${finished}/${messageChunks.length}: ${written.toLocaleString('en')} rows this run, ${Math.round(rate).toLocaleString('en')}/s, ~${formatSeconds(((performance.now() - started) / 1000) * left)} left`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));

  await rebuildIndexes(pool, step, jobs);
  await step('counts', (client) => rebuildCounts(client));
  await step('verify', (client) => verify(client));
  if (!(await isDone(pool, 'vacuum-analyze'))) {
    const at = performance.now();
    log('  VACUUM (ANALYZE)…');
    await pool.query('VACUUM (ANALYZE)');
    await pool.query(`INSERT INTO bench_gen.progress (step, seconds, rows) VALUES ('vacuum-analyze', $1, 0)`, [
      (performance.now() - at) / 1000,
    ]);
  }
}

export type Step = (name: string, work: (client: pg.PoolClient) => Promise<number>, quiet?: boolean) => Promise<number>;

/** Runs a step once: its work and its progress row commit together, so an interrupted run resumes after it. */
function stepRunner(pool: pg.Pool, log: (line: string) => void): Step {
  return async (name, work, quiet = false) => {
    if (await isDone(pool, name)) return 0;
    const client = await pool.connect();
    const at = performance.now();
    try {
      await client.query(BULK_SESSION);
      await client.query('BEGIN');
      const rows = await work(client);
      const seconds = (performance.now() - at) / 1000;
      await client.query('INSERT INTO bench_gen.progress (step, seconds, rows) VALUES ($1, $2, $3)', [
        name,
        seconds,
        rows,
      ]);
      await client.query('COMMIT');
      if (!quiet) log(`  ${name}: ${rows.toLocaleString('en')} rows in ${formatSeconds(seconds)}`);
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
}

async function isDone(pool: pg.Pool, step: string): Promise<boolean> {
  return ((await pool.query('SELECT 1 FROM bench_gen.progress WHERE step = $1', [step])).rowCount ?? 0) > 0;
}

async function count(client: pg.ClientBase, text: string): Promise<number> {
  return (await client.query(text)).rowCount ?? 0;
}

async function generationSeconds(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ seconds: number | null }>('SELECT wall_seconds AS seconds FROM bench_gen.spec');
  return result.rows[0]?.seconds ?? 0;
}

function chunks(total: number, size: number): [number, number][] {
  const result: [number, number][] = [];
  for (let lo = 1; lo <= total; lo += size) result.push([lo, Math.min(total, lo + size - 1)]);
  return result;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 90 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${(minutes / 60).toFixed(1)} h`;
}

/** Creates the database if it is missing; drops it first when asked to start over (only sincere_bench*). */
async function createDatabase(url: string, name: string, fresh: boolean, log: (line: string) => void) {
  if (!/^sincere_bench\w*$/.test(name)) throw new Error(`refusing to manage database ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (fresh) {
      log(`  dropping ${name}`);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      log(`  creating database ${name}`);
      await client.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await client.end();
  }
}
