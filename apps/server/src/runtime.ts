import { registerFactSuggestions } from './modules/memory/register-fact-suggestions';
import { registerPromiseEvidence } from './modules/promises/register-promise-evidence';
import { startPromiseSweeper } from './modules/promises/promise-sweeper';
import { registerAutoReview } from './modules/quality/run-auto-review';
import { registerQualityJobs } from './modules/quality/quality-jobs';
import { migrate, openDatabase, type Database } from '@sincere/db';
import type { Config } from './config';
import type { AppContext, Clock } from './context';
import { AfterCommit } from './after-commit';
import { buildApp } from './app';
import type { ZodApp } from './http/route-types';
import { registerMaintenanceJobs } from './modules/jobs/maintenance';
import { registerConversationJobs } from './modules/conversations/conversation-jobs';
import { ConversationListeners } from './modules/conversations/conversation-listeners';
import { registerRouting } from './modules/routing/register-routing';
import { registerSlaListener } from './modules/sla/apply-sla';
import { registerViews } from './modules/views/views-listener';
import { registerMentions } from './modules/notifications/mentions-listener';
import { registerSlaJobs } from './modules/sla/sla-jobs';
import { registerPresenceJobs } from './modules/routing/silent-presence';
import { startChannelWorkers } from './modules/channels/channel-workers';
import { registerWebhookListener } from './modules/webhooks/webhook-workers';
import { JobQueue } from './modules/jobs/job-queue';
import { hasAnyAccount, seedDemo, type DemoSignIn } from './modules/demo/seed-demo';
import { RealtimeHub } from './modules/realtime/realtime-hub';
import { RedisFanout } from './modules/realtime/redis-fanout';
import { holdDataDirLock } from './data-dir-lock';
import { createAttachmentStorage } from './modules/attachments/attachment-storage';

export interface RunningSincere {
  app: ZodApp;
  ctx: AppContext;
  url: string;
  /** Set when this start created the demo workspace. */
  demo: DemoSignIn | null;
  stop(): Promise<void>;
}

export async function openConfiguredDatabase(config: Config): Promise<{ database: Database; release: () => void }> {
  if (config.database.engine === 'postgres') {
    return { database: await openDatabase(config.database), release: () => undefined };
  }
  // Two processes on one PGlite folder would corrupt it; the lock makes the second one stop with a clear message.
  const release = holdDataDirLock(config.database.dataDir);
  try {
    const { dataDir, sharedBuffers } = config.database;
    return { database: await openDatabase({ engine: 'pglite', dataDir, sharedBuffers }), release };
  } catch (error) {
    release();
    throw error;
  }
}

/** Wires the context and the HTTP app over an open, migrated database. Jobs are not started yet. */
export async function assemble(
  config: Config,
  database: Database,
  clock: Clock,
): Promise<{ app: ZodApp; ctx: AppContext; jobs: JobQueue }> {
  let jobs: JobQueue | null = null;
  let app: ZodApp | null = null;
  const ctx: AppContext = {
    config,
    database,
    clock,
    realtime: new RealtimeHub(),
    attachmentStorage: await createAttachmentStorage(config.attachments.storage),
    afterCommit: new AfterCommit(config.reactions, (error) =>
      app?.log.error({ err: error }, 'reacting to a committed change failed; the outbox will retry'),
    ),
    conversationListeners: new ConversationListeners((listener, error) =>
      app?.log.error({ err: error, listener }, 'a conversation listener failed'),
    ),
    get jobs(): JobQueue {
      if (!jobs) throw new Error('job queue used before the app was assembled');
      return jobs;
    },
  };
  app = await buildApp(ctx);
  registerRouting(ctx);
  registerSlaListener(ctx);
  registerViews(ctx);
  registerMentions(ctx);
  registerWebhookListener(ctx);
  registerFactSuggestions(ctx);
  registerPromiseEvidence(ctx);
  registerAutoReview(ctx);
  jobs = new JobQueue(database, app.log);
  return { app, ctx, jobs };
}

/**
 * Starts Sincere: database, migrations, demo seed on an empty database, job
 * workers and the HTTP server. `stop()` shuts down in the reverse order.
 */
export async function startSincere(
  config: Config,
  options: { clock?: Clock; database?: Database } = {},
): Promise<RunningSincere> {
  const clock = options.clock ?? (() => new Date());
  const opened = options.database
    ? { database: options.database, release: () => undefined }
    : await openConfiguredDatabase(config);
  const { database } = opened;
  let fanout: RedisFanout | null = null;
  let stopChannels: () => Promise<void> = async () => undefined;
  try {
    await migrate(database);
    const demo = config.seedDemo && !(await hasAnyAccount(database)) ? await seedDemo(database, clock) : null;
    const { app, ctx, jobs } = await assemble(config, database, clock);
    if (config.redisUrl) {
      // Redis being away is no reason not to start: start() only waits a moment, and ioredis keeps reconnecting.
      fanout = new RedisFanout(config.redisUrl, ctx.realtime, app.log);
      ctx.realtime.setFanout(fanout);
      await fanout.start();
    }
    await jobs.start();
    if (config.workers) {
      await registerMaintenanceJobs(ctx);
      await registerConversationJobs(ctx);
      await registerSlaJobs(ctx);
      await registerPresenceJobs(ctx);
      await registerQualityJobs(ctx);
      const stopChannelWorkers = await startChannelWorkers(ctx, app.log);
      const stopPromiseSweeper = startPromiseSweeper(ctx, app.log);
      stopChannels = async () => {
        await stopPromiseSweeper();
        await stopChannelWorkers();
      };
    }
    const address = await app.listen({ port: config.port, host: config.host });
    const url = config.publicUrl ?? address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    let stopped = false;
    return {
      app,
      ctx,
      url,
      demo,
      async stop() {
        if (stopped) return;
        stopped = true;
        await app.close();
        await ctx.afterCommit.drain();
        await stopChannels();
        await fanout?.stop();
        await jobs.stop();
        if (!options.database) await database.close();
        opened.release();
      },
    };
  } catch (error) {
    await stopChannels().catch(() => undefined);
    await fanout?.stop();
    if (!options.database) await database.close().catch(() => undefined);
    opened.release();
    throw error;
  }
}
