/**
 * The built-in SMTP receiver over the bench database, in its own process so that the sending client does not
 * share its event loop: the steps of `startSincere` for an already migrated database, without job workers,
 * plus the receiver. Prints one JSON line `{ "port": … }` once it listens; stops on SIGTERM.
 */
import { openDatabase } from '@sincere/db';
import { loadConfig } from '../../apps/server/src/config';
import { assemble } from '../../apps/server/src/runtime';
import { startSmtpReceiver } from '../../apps/server/src/modules/email/smtp-receiver';

const url = process.env['BENCH_SERVER_DATABASE_URL'];
if (!url) throw new Error('BENCH_SERVER_DATABASE_URL is not set');
const config = {
  ...loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', SINCERE_DEMO: 'false', SINCERE_WORKERS: 'false', PORT: '0' }),
  webRoot: null,
};
if (config.database.engine !== 'postgres') throw new Error('the bench receiver runs on PostgreSQL');
const database = await openDatabase(config.database);
const { app, ctx, jobs } = await assemble(config, database, () => new Date());
await jobs.start();
await app.ready();
const receiver = await startSmtpReceiver(ctx, { port: 0, host: '127.0.0.1', maxBytes: 30 * 1024 * 1024 });
console.log(JSON.stringify({ port: receiver.port }));

process.once('SIGTERM', () => {
  void (async () => {
    await receiver.stop();
    await ctx.afterCommit.drain();
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  })();
});
