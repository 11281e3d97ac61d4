/**
 * The real server over the bench database, in its own process so that the benchmark's
 * clients (500 sockets, the HTTP caller) do not share its event loop. It runs the steps
 * of `startSincere` for a database that is already migrated, without job workers, and
 * adds one thing production does not have: a `Server-Timing: app;dur=…` header, the
 * time from Fastify's onRequest to onSend (routing, authentication, validation, the
 * handler with its queries, serialisation). If startSincere gains a step, this gains it too.
 *
 * Prints one JSON line `{ "url": … }` once it listens; stops on SIGTERM.
 */
import { openDatabase } from '@sincere/db';
import { loadConfig } from '../../apps/server/src/config';
import { assemble } from '../../apps/server/src/runtime';
import { RedisFanout } from '../../apps/server/src/modules/realtime/redis-fanout';

const url = process.env['BENCH_SERVER_DATABASE_URL'];
if (!url) throw new Error('BENCH_SERVER_DATABASE_URL is not set');
const redisUrl = process.env['BENCH_SERVER_REDIS_URL'];

const config = {
  ...loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: process.env['BENCH_SERVER_LOG_LEVEL'] ?? 'silent',
    SINCERE_DEMO: 'false',
    SINCERE_WORKERS: 'false',
    PORT: '0',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  }),
  webRoot: null,
};
if (config.database.engine !== 'postgres') throw new Error('the bench server runs on PostgreSQL');
const database = await openDatabase(config.database);
const { app, ctx, jobs } = await assemble(config, database, () => new Date());
app.addHook('onSend', async (_request, reply, payload) => {
  reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(3)}`);
  return payload;
});
const fanout = config.redisUrl ? new RedisFanout(config.redisUrl, ctx.realtime, app.log) : null;
if (fanout) {
  ctx.realtime.setFanout(fanout);
  await fanout.start();
}
// Use cases send jobs (SLA checks, snoozes): the queue runs, no worker takes them.
await jobs.start();
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ url: address }));

process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await fanout?.stop();
    await jobs.stop();
    await database.close();
    process.exit(0);
  })();
});
