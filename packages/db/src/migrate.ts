import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './client';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

// Any fixed number: several processes starting at once take turns to migrate.
const MIGRATION_LOCK = 7_240_501;

/**
 * Applies the committed migrations that the database has not seen yet, in order,
 * each in its own transaction. Records them in sincere_migrations.
 * Returns the names of the migrations applied.
 */
export async function migrate(database: Database): Promise<string[]> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const journal = await readJournal();
  const applied: string[] = [];
  await database.exec(`CREATE TABLE IF NOT EXISTS sincere_migrations (
    name text PRIMARY KEY,
    hash text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  await database.session(async (connection) =>
    withLock(connection, async () => {
      const done = new Set(
        (await connection.query<{ name: string }>('SELECT name FROM sincere_migrations')).rows.map((row) => row.name),
      );
      for (const [index, migration] of migrations.entries()) {
        const name = journal[index] ?? String(index);
        if (done.has(name)) continue;
        const statements = migration.sql.map((statement) => statement.trim()).filter(Boolean);
        await connection.exec(
          [
            'BEGIN',
            ...statements,
            `INSERT INTO sincere_migrations (name, hash) VALUES ('${name}', '${migration.hash}')`,
            'COMMIT',
          ].join(';\n'),
        );
        applied.push(name);
      }
    }),
  );
  return applied;
}

async function withLock(database: Database, work: () => Promise<void>): Promise<void> {
  // PGlite is one session in one process: nobody else can migrate it concurrently.
  if (database.engine === 'pglite') return work();
  // On PostgreSQL the advisory lock is session-scoped: `database` is one connection here.
  await database.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await work();
  } finally {
    await database.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

async function readJournal(): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const journal = JSON.parse(await readFile(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}
