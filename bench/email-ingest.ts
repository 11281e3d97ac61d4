import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import nodemailer from 'nodemailer';
import { channels } from '@sincere/db';
import { seedAccount } from '@sincere/db/testing';
import { REPO_ROOT } from '../test/support/spawn-server';
import type { Benchmark, BenchmarkResult } from './report';
import { freshBenchDatabase, postgresUnavailable } from './bench-database';

const DATABASE = 'sincere_bench_email';
const ADDRESS = 'support@bench.sincere.test';
/** SMTP connections sending at once, as an upstream MTA opens them. */
const CONNECTIONS = Number(process.env['BENCH_EMAIL_CONNECTIONS'] ?? '8');
const WINDOW_MS = Number(process.env['BENCH_EMAIL_WINDOW_MS'] ?? '10000');
const RUNS = 3;

async function prepare(): Promise<string> {
  const { url } = await freshBenchDatabase(DATABASE, async (database) => {
    const account = await seedAccount(database.db, { name: 'Email bench' });
    await database.db.insert(channels).values({
      accountId: account.id,
      kind: 'email',
      name: 'Support',
      address: ADDRESS,
      settings: { address: ADDRESS },
    });
  });
  return url;
}

async function startReceiver(databaseUrl: string): Promise<{ port: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/email-ingest/receiver.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, BENCH_SERVER_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { port?: number };
        if (parsed.port) resolve(parsed.port);
      } catch {
        // not the line we wait for
      }
    });
    void exited.then((code) => reject(new Error(`the receiver exited with ${String(code)} before listening`)));
  });
  return {
    port,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Mail from many customers, each a new conversation or a reply, sent over CONNECTIONS pooled SMTP connections. */
async function sendFor(port: number, windowMs: number): Promise<{ perSecond: number; sent: number; failed: number }> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: Infinity,
  });
  let next = 0;
  let sent = 0;
  let failed = 0;
  const startedAt = performance.now();
  const until = startedAt + windowMs;
  try {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const index = next++;
          try {
            await transport.sendMail({
              from: `Customer ${index % 500} <customer-${index % 500}@example.com>`,
              to: ADDRESS,
              subject: `Order ${index % 500} has not arrived`,
              text: `Hello,\n\nmy order ${index} has not arrived yet. Could you check?\n\nThanks,\nCustomer ${index % 500}`,
              messageId: `<${randomUUID()}@example.com>`,
            });
            sent += 1;
          } catch {
            failed += 1;
          }
        }
      }),
    );
  } finally {
    transport.close();
  }
  return { perSecond: sent / ((performance.now() - startedAt) / 1000), sent, failed };
}

/** Email through the built-in SMTP receiver, each message answered 250 only once stored. See BENCHMARKS.md. */
export const emailIngest: Benchmark = {
  name: 'email-ingest',
  description: 'Emails per second through the built-in SMTP receiver into conversations (PostgreSQL)',
  unavailable: postgresUnavailable,
  async run(): Promise<BenchmarkResult> {
    const receiver = await startReceiver(await prepare());
    try {
      await sendFor(receiver.port, 2_000);
      const rates: number[] = [];
      let sent = 0;
      let failed = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const measured = await sendFor(receiver.port, WINDOW_MS);
        rates.push(measured.perSecond);
        sent += measured.sent;
        failed += measured.failed;
        console.log(`  run ${run + 1}: ${measured.perSecond.toFixed(0)} emails/s`);
      }
      return {
        name: 'email-ingest',
        measuredAt: new Date().toISOString(),
        setup: {
          database: 'PostgreSQL',
          smtpConnections: CONNECTIONS,
          windowSeconds: WINDOW_MS / 1000,
          customers: 500,
          emailsSent: sent,
          failures: failed,
        },
        measurements: [
          { label: 'emails stored (250 after commit)', unit: 'msg/s', kind: 'measure', samples: rates, targetMin: 100 },
        ],
        notes: [
          'Parsing, reply separation, threading and storing; the receiver runs in its own process without job workers.',
        ],
      };
    } finally {
      await receiver.stop();
    }
  },
};
