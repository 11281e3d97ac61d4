import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Agent, request } from 'undici';
import { API } from '@sincere/contracts';
import { seedAccount, seedUser } from '@sincere/db/testing';
import { hashSecret, newSecret } from '../apps/server/src/modules/auth/secret-token';
import { startBenchServer, type BenchServer } from './inbox-scale/http-client';
import { freshBenchDatabase, postgresUnavailable } from './bench-database';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const DATABASE = 'sincere_bench_ingest';
/** Conversations the messages spread over: like an integration posting into many open threads. */
const CONVERSATIONS = 400;
/** Requests in flight at once: an integration's sender pool. */
const CONCURRENCY = Number(process.env['BENCH_INGEST_CONCURRENCY'] ?? '32');
/** Each measured window: long enough for the rate to settle, short enough to run three of each. */
const WINDOW_MS = Number(process.env['BENCH_INGEST_WINDOW_MS'] ?? '10000');
const RUNS = 3;

interface Fixture {
  url: string;
  accountId: string;
  token: string;
  conversationIds: string[];
}

/** A fresh database with one account, its admin's API token and the conversations messages go to. */
async function prepare(): Promise<Fixture> {
  const { url, filled } = await freshBenchDatabase(DATABASE, async (database) => {
    const account = await seedAccount(database.db, { name: 'Ingest bench' });
    const user = await seedUser(database.db, account.id, { role: 'admin' });
    const token = newSecret();
    await database.query(
      `INSERT INTO api_tokens (account_id, user_id, name, token_hash, prefix) VALUES ($1, $2, 'bench', $3, $4)`,
      [account.id, user.id, hashSecret(token), token.slice(0, 8)],
    );
    return { accountId: account.id, token };
  });
  return { url, ...filled, conversationIds: [] };
}

/** Sends as many messages as CONCURRENCY senders manage in WINDOW_MS; answers other than 201 are counted apart. */
async function drive(
  windowMs: number,
  send: (index: number) => Promise<boolean>,
): Promise<{ perSecond: number; sent: number; failed: number }> {
  let next = 0;
  let sent = 0;
  let failed = 0;
  const until = performance.now() + windowMs;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const ok = await send(next++);
        if (ok) sent += 1;
        else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  return { perSecond: sent / seconds, sent, failed };
}

/**
 * The same rows the API writes for one customer message, through the same driver (pg) with the server's pool
 * size: in one transaction, lock the conversation, insert the message, move the conversation's clocks, append
 * the event and its outbox row. No HTTP, no validation, no authentication, no realtime: the floor.
 */
async function rawInsertLoop(fixture: Fixture, windowMs: number) {
  const pool = new pg.Pool({ connectionString: fixture.url, max: 10 });
  try {
    return await drive(windowMs, async (index) => {
      const conversationId = fixture.conversationIds[index % fixture.conversationIds.length] ?? '';
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const locked = await client.query(
          'SELECT customer_id, waiting_since FROM conversations WHERE account_id = $1 AND id = $2 FOR UPDATE',
          [fixture.accountId, conversationId],
        );
        const customerId = (locked.rows[0] as { customer_id: string } | undefined)?.customer_id;
        const message = await client.query(
          `INSERT INTO messages (account_id, conversation_id, direction, body, format, client_message_id)
           VALUES ($1, $2, 'inbound', $3, 'plain', $4) RETURNING id`,
          [fixture.accountId, conversationId, `Raw message ${index}: where is my order?`, `raw-${randomUUID()}`],
        );
        await client.query(
          `UPDATE conversations SET updated_at = now(), last_message_at = now(),
             waiting_since = coalesce(waiting_since, now()) WHERE id = $1`,
          [conversationId],
        );
        const event = await client.query(
          `INSERT INTO conversation_events (account_id, conversation_id, type, actor_type, actor_id, data)
           VALUES ($1, $2, 'message.inbound', 'customer', $3, $4) RETURNING id`,
          [fixture.accountId, conversationId, customerId, { messageId: (message.rows[0] as { id: string }).id }],
        );
        await client.query(
          `INSERT INTO pending_reactions (account_id, conversation_id, event_ids) VALUES ($1, $2, $3)`,
          [fixture.accountId, conversationId, [(event.rows[0] as { id: string }).id]],
        );
        await client.query('COMMIT');
        return true;
      } catch {
        await client.query('ROLLBACK').catch(() => undefined);
        return false;
      } finally {
        client.release();
      }
    });
  } finally {
    await pool.end();
  }
}

/** Customer messages posted to the public API by an integration's token, each with its own clientMessageId. */
async function apiLoop(server: BenchServer, fixture: Fixture, windowMs: number) {
  const dispatcher = new Agent({ connections: CONCURRENCY, pipelining: 1, keepAliveTimeout: 30_000 });
  try {
    return await drive(windowMs, async (index) => {
      const conversationId = fixture.conversationIds[index % fixture.conversationIds.length] ?? '';
      const response = await request(`${server.url}${API.conversationMessages(conversationId)}`, {
        method: 'POST',
        dispatcher,
        headers: { authorization: `Bearer ${fixture.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          direction: 'inbound',
          body: `API message ${index}: where is my order?`,
          clientMessageId: `api-${randomUUID()}`,
        }),
      });
      await response.body.dump();
      return response.statusCode === 201;
    });
  } finally {
    await dispatcher.close();
  }
}

async function openConversations(server: BenchServer, fixture: Fixture): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < CONVERSATIONS; index += 1) {
    const response = await fetch(`${server.url}${API.conversations}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fixture.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        customer: { name: `Customer ${index}`, email: `customer-${index}@ingest.bench` },
        subject: `Order ${index}`,
        message: { body: 'Hello, my order has not arrived.' },
      }),
    });
    if (response.status !== 201) throw new Error(`opening a conversation answered ${response.status}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

const rate = (label: string, kind: Measurement['kind'], samples: number[], targetMin?: number): Measurement => ({
  label,
  unit: 'msg/s',
  kind,
  samples,
  ...(targetMin === undefined ? {} : { targetMin }),
});

/**
 * Sustained inbound messages through the API channel on PostgreSQL, against a raw
 * insert loop of the same rows through the same driver in the same run (the
 * machine is shared: only the ratio is comparable across runs). See BENCHMARKS.md.
 */
export const apiIngest: Benchmark = {
  name: 'api-ingest',
  description: 'Customer messages per second through the public API (PostgreSQL) vs a raw insert loop of the same rows',
  unavailable: postgresUnavailable,
  async run(): Promise<BenchmarkResult> {
    const fixture = await prepare();
    const server = await startBenchServer(fixture.url);
    try {
      fixture.conversationIds = await openConversations(server, fixture);
      // Warm both paths (JIT, pools, caches) before measuring.
      await apiLoop(server, fixture, 2_000);
      await rawInsertLoop(fixture, 2_000);
      const api: number[] = [];
      const raw: number[] = [];
      let failed = 0;
      let sent = 0;
      // Interleaved, so that a noisy neighbour hurts both alike.
      for (let run = 0; run < RUNS; run += 1) {
        const measured = await apiLoop(server, fixture, WINDOW_MS);
        api.push(measured.perSecond);
        failed += measured.failed;
        sent += measured.sent;
        raw.push((await rawInsertLoop(fixture, WINDOW_MS)).perSecond);
        console.log(
          `  run ${run + 1}: API ${measured.perSecond.toFixed(0)} msg/s, raw ${raw.at(-1)?.toFixed(0)} msg/s`,
        );
      }
      const ratios = api.map((value, index) => (100 * value) / (raw[index] ?? Number.NaN));
      return {
        name: 'api-ingest',
        measuredAt: new Date().toISOString(),
        setup: {
          database: 'PostgreSQL (server pool 10)',
          conversations: CONVERSATIONS,
          concurrency: CONCURRENCY,
          windowSeconds: WINDOW_MS / 1000,
          apiMessagesSent: sent,
          apiFailures: failed,
        },
        measurements: [
          rate('API: customer messages stored', 'measure', api, 1500),
          rate('raw pg insert loop, same rows', 'baseline', raw),
          { label: 'API as % of the raw loop', unit: '%', kind: 'measure', samples: ratios, targetMin: 40 },
        ],
        notes: [
          'The server runs in its own process without job workers; the load generator and PostgreSQL share the same 2 cores.',
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
