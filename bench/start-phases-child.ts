/**
 * Run by start-phases.ts in a fresh `node --import tsx/esm` process, the loader
 * that bin/sincere.js registers. It does what `sincere start` does (startSincere
 * in apps/server/src/runtime.ts, without Redis) step by step, and prints the time
 * and resident memory after each step as one JSON line. Server modules are
 * imported dynamically so that loading them is a step of its own.
 */
import { readFileSync } from 'node:fs';

export interface Phase {
  phase: string;
  ms: number;
  rssMiB: number;
}

const rss = () =>
  Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN) / 1024;
const phases: Phase[] = [];
let last = 0;
function mark(phase: string): void {
  const now = performance.now();
  phases.push({ phase, ms: now - last, rssMiB: rss() });
  last = now;
}

// performance.now() counts from the start of the process.
mark('node boot + tsx loader');
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: start-phases-child.ts <data folder>');

const [
  { migrate, openDatabase },
  { loadConfig },
  runtime,
  demo,
  { registerMaintenanceJobs },
  { registerConversationJobs },
  { registerSlaJobs },
  { hashPassword },
  { DEMO_USERS, DEMO_PASSWORD },
] = await Promise.all([
  import('@sincere/db'),
  import('../apps/server/src/config'),
  import('../apps/server/src/runtime'),
  import('../apps/server/src/modules/demo/seed-demo'),
  import('../apps/server/src/modules/jobs/maintenance'),
  import('../apps/server/src/modules/conversations/conversation-jobs'),
  import('../apps/server/src/modules/sla/sla-jobs'),
  import('../apps/server/src/modules/auth/password'),
  import('../apps/server/src/modules/demo/demo-data'),
]);
mark('import server modules (tsx transpile + load)');

const config = loadConfig({ SINCERE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: '0', SINCERE_DEMO: 'true' });
if (config.database.engine !== 'pglite') throw new Error('start-phases measures the embedded database');
const database = await openDatabase({
  engine: 'pglite',
  dataDir: config.database.dataDir,
  sharedBuffers: config.database.sharedBuffers,
});
mark('open PGlite');
await migrate(database);
mark('migrations');
const clock = () => new Date();
if (!(await demo.hasAnyAccount(database))) {
  await demo.seedDemo(database, clock);
  mark('demo seed');
  // Measured after the seed, apart from it: the share of the seed spent hashing passwords.
  const hashingStarted = performance.now();
  await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  phases.push({
    phase: `  of which: ${DEMO_USERS.length} scrypt hashes in parallel (measured apart)`,
    ms: performance.now() - hashingStarted,
    rssMiB: rss(),
  });
  last = performance.now();
}
const { app, ctx, jobs } = await runtime.assemble(config, database, clock);
await app.ready();
mark('build the HTTP app and listeners (plugins, routes, OpenAPI)');
await jobs.start();
mark('start the job queue (pg-boss)');
// The same steps as startSincere: keep them in step when it gains one.
if (config.workers) {
  await registerMaintenanceJobs(ctx);
  await registerConversationJobs(ctx);
  await registerSlaJobs(ctx);
}
mark('register the job workers');
const address = await app.listen({ port: 0, host: '127.0.0.1' });
mark('listen');
await (await fetch(`${address}/`)).arrayBuffer();
mark('first GET /');

console.log(JSON.stringify(phases));
await app.close();
await jobs.stop();
await database.close();
