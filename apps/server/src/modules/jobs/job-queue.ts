import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import { JOBS, type JobName, type JobPayload } from '@sincere/contracts';
import type { Database } from '@sincere/db';

// Any fixed number, distinct from the migration lock.
const SETUP_LOCK = 7_240_502;

export type JobHandler<N extends JobName> = (payload: JobPayload<N>) => Promise<void>;

/**
 * Durable jobs on pg-boss, which keeps them in PostgreSQL (or PGlite) tables:
 * a job sent is a row committed, so a crash loses nothing. Payloads are checked
 * against the contracts' schemas on both ends.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
  ) {
    this.boss = new PgBoss({
      db: {
        // pg-boss sends its schema set-up as several statements without parameters.
        executeSql: async (text: string, values?: unknown[]) =>
          values && values.length > 0 ? database.query(text, values) : database.exec(text),
      },
      schema: 'pgboss',
      // Maintenance and cron monitoring run in every process that works jobs; pg-boss
      // coordinates them through the database so they do not run twice.
      supervise: true,
      schedule: true,
    });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
  }

  async start(): Promise<void> {
    // Processes starting together on a fresh database would race to create pg-boss's
    // schema and queues (duplicate schema, deadlocks): they take turns under a lock.
    await this.database.session(async (connection) => {
      await connection.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK]);
      try {
        await this.setUp();
      } finally {
        await connection.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK]);
      }
    });
    this.started = true;
  }

  private async setUp(): Promise<void> {
    await this.boss.start();
    for (const name of Object.keys(JOBS) as JobName[]) await this.boss.createQueue(name);
  }

  async send<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    return this.boss.send(name, JOBS[name].parse(payload) as object, options);
  }

  /** Runs `handler` for jobs of `name` in this process; a throw retries with backoff. */
  async work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void> {
    await this.boss.work(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await handler(JOBS[name].parse(job.data) as JobPayload<N>);
    });
  }

  /** Cron in UTC; pg-boss makes sure one process, not each, sends the job. */
  async schedule<N extends JobName>(name: N, cron: string, payload: JobPayload<N>): Promise<void> {
    await this.boss.schedule(name, cron, JOBS[name].parse(payload), { retryLimit: 3, retryBackoff: true });
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
