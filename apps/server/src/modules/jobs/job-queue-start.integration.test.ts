import { describe, expect, inject, it } from 'vitest';
import { migrate, openDatabase } from '@sincere/db';
import type { FastifyBaseLogger } from 'fastify';
import { JobQueue } from './job-queue';

const handle = inject('testDatabase');
const silent = { error: () => undefined } as unknown as FastifyBaseLogger;

describe.skipIf(handle.engine !== 'postgres')('starting the job queue in several processes at once', () => {
  it('lets three processes set up pg-boss on a fresh database together without a duplicate-schema error or deadlock', async () => {
    if (handle.engine !== 'postgres') return;
    const name = `sincere_jobs_${Date.now()}_${process.pid}`;
    const admin = await openDatabase({ engine: 'postgres', url: handle.url, poolSize: 1 });
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(handle.url);
    url.pathname = `/${name}`;
    const databases = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 3 })),
    );
    try {
      await migrate(databases[0]!);
      const queues = databases.map((database) => new JobQueue(database, silent));
      const started = await Promise.allSettled(queues.map((queue) => queue.start()));
      expect(started.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      await Promise.all(queues.map((queue) => queue.stop()));
    } finally {
      await Promise.all(databases.map((database) => database.close()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  });
});
