import pg from 'pg';
import { migrate, openDatabase, type Database } from '@sincere/db';

export const BENCH_ADMIN_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why a PostgreSQL benchmark cannot run here (no server at BENCH_DATABASE_URL), or null. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  try {
    await client.connect();
    return null;
  } catch {
    return `no PostgreSQL at ${BENCH_ADMIN_URL} (set BENCH_DATABASE_URL)`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops and creates the database, migrates it, lets `fill` add rows, and returns its URL. */
export async function freshBenchDatabase<T>(
  name: string,
  fill: (database: Database) => Promise<T>,
): Promise<{ url: string; filled: T }> {
  const admin = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(BENCH_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 2 });
  try {
    await migrate(database);
    return { url: url.toString(), filled: await fill(database) };
  } finally {
    await database.close();
  }
}
