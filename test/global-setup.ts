import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpPglite, migrate, openDatabase } from '@sincere/db';
import type { TestDatabaseHandle } from '@sincere/db/testing';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseHandle;
  }
}

/**
 * Prepares one migrated database for the whole run. On PostgreSQL it is a new
 * database with a unique name, dropped at the end, so parallel runs never collide.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env['DATABASE_URL'];
  if (url) {
    const name = `sincere_test_${Date.now()}_${process.pid}`;
    const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
    await admin.query(`CREATE DATABASE ${name}`);
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    const database = await openDatabase({ engine: 'postgres', url: testUrl.toString(), poolSize: 1 });
    await migrate(database);
    await database.close();
    project.provide('testDatabase', { engine: 'postgres', url: testUrl.toString() });
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  }
  const folder = await mkdtemp(join(tmpdir(), 'sincere-test-'));
  const dataDir = join(folder, 'pglite');
  const database = await openDatabase({ engine: 'pglite', dataDir });
  await migrate(database);
  await database.close();
  const dumpFile = join(folder, 'migrated.tar');
  await writeFile(dumpFile, Buffer.from(await (await dumpPglite(dataDir)).arrayBuffer()));
  project.provide('testDatabase', { engine: 'pglite', dumpFile });
  return async () => rm(folder, { recursive: true, force: true });
}
