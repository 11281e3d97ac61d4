import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { initPgliteDataDir } from './pglite-initdb';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** The query builder, the same type on both engines. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Engine = 'pglite' | 'postgres';

/**
 * Rows of a raw statement run through the query builder (inside its transaction). Both drivers answer with
 * `{ rows }`, keyed by column name as written in the SQL; int8 is a string from pg and a number from PGlite.
 */
export async function rowsOf<Row>(db: Db | Tx, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: Row[] }).rows;
}

export interface SqlResult<Row> {
  rows: Row[];
}

/**
 * One database, whichever engine holds it. Most code uses `db` (Drizzle);
 * `query`/`exec` serve the job queue and maintenance commands that need raw SQL.
 */
export interface Database {
  readonly engine: Engine;
  readonly db: Db;
  /** One statement with $1… parameters. Numbers from int8 columns may be strings on PostgreSQL. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<SqlResult<Row>>;
  /** Several statements, no parameters; returns the rows of the last one. */
  exec<Row = Record<string, unknown>>(text: string): Promise<SqlResult<Row>>;
  /** Runs `work` on one connection (session-scoped locks, SET …). PGlite has only one. */
  session<T>(work: (connection: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | {
      engine: 'pglite';
      dataDir?: string;
      loadDataDir?: Blob;
      /** PostgreSQL's shared_buffers (e.g. '64MB'): most of PGlite's resident memory. Default: PostgreSQL's 128MB. */
      sharedBuffers?: string;
    };

// int8 columns and COUNT(*) come back as strings from `pg` and numbers from PGlite.
// Parse them as numbers on PostgreSQL too, so both engines give the same values:
// our int8 values (sequence numbers, counts) stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Extensions the migrations create; on PostgreSQL they ship with the server (postgresql-contrib). */
const PGLITE_EXTENSIONS = { pg_trgm };

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.engine === 'postgres') return openPostgres(location.url, location.poolSize ?? 10);
  return openPglite(location.dataDir, location.loadDataDir, location.sharedBuffers);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const probe = await pool.connect();
  probe.release();
  const database = onPostgresClient(pool, async () => pool.end());
  database.session = async (work) => {
    const client = await pool.connect();
    try {
      return await work(onPostgresClient(client, async () => undefined));
    } finally {
      client.release();
    }
  };
  return database;
}

function onPostgresClient(client: pg.Pool | pg.PoolClient, close: () => Promise<void>): Database {
  const database: Database = {
    engine: 'postgres',
    db: drizzlePg(client, { schema }),
    async query<Row>(text: string, params?: unknown[]) {
      const result = await client.query(text, params);
      return { rows: result.rows as Row[] };
    },
    async exec<Row>(text: string) {
      // A multi-statement query answers with one result per statement.
      const result = (await client.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as Row[] };
    },
    session: async (work) => work(database),
    close,
  };
  return database;
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
  sharedBuffers: string | undefined,
): Promise<Database> {
  if (dataDir && !dataDir.includes('://')) {
    mkdirSync(dataDir, { recursive: true });
    if (!loadDataDir) await initPgliteDataDir(dataDir);
  }
  const client = await PGlite.create(dataDir ?? 'memory://', {
    extensions: PGLITE_EXTENSIONS,
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(sharedBuffers ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] } : {}),
  });
  const database: Database = {
    engine: 'pglite',
    db: drizzlePglite(client, { schema }),
    async query<Row>(text: string, params?: unknown[]) {
      const result = await client.query<Row>(text, params);
      return { rows: result.rows };
    },
    async exec<Row>(text: string) {
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Row[] };
    },
    session: async (work) => work(database),
    async close() {
      if (!client.closed) await client.close();
    },
  };
  return database;
}

/** PGlite's in-memory data folder as a tarball: tests clone a migrated database from it. */
export async function dumpPglite(dataDir: string): Promise<Blob> {
  const client = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
  try {
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}
