import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Agent, request } from 'undici';
import { API, BATCH_API } from '@sincere/contracts';
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
const RUNS = Number(process.env['BENCH_INGEST_RUNS'] ?? '3');
/** BENCH_INGEST_ONLY_BATCHES=1 skips the one-message-per-request loops (profiling the batch path). */
const ONLY_BATCHES = process.env['BENCH_INGEST_ONLY_BATCHES'] === '1';
const IDLE = { perSecond: 0, sent: 0, failed: 0 };
/** Messages per batch request, and batch senders in flight: an integration forwarding a busy queue. */
const BATCH = Number(process.env['BENCH_INGEST_BATCH'] ?? '100');
const BATCH_CONCURRENCY = Number(process.env['BENCH_INGEST_BATCH_CONCURRENCY'] ?? '4');

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
  options: { concurrency?: number; perSend?: number; settle?: () => Promise<void> } = {},
): Promise<{ perSecond: number; sent: number; failed: number }> {
  const perSend = options.perSend ?? 1;
  let next = 0;
  let sent = 0;
  let failed = 0;
  const until = performance.now() + windowMs;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency ?? CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const ok = await send(next++);
        if (ok) sent += perSend;
        else failed += perSend;
      }
    }),
  );
  // Sustained means the reactions kept up too: the window ends when the last one has run.
  await options.settle?.();
  const seconds = (performance.now() - startedAt) / 1000;
  return { perSecond: sent / seconds, sent, failed };
}

/**
 * What autovacuum does on a production server, done by hand before each run: the outbox churns (a row in and out
 * per change), and a server with autovacuum off (as this machine's is) lets its dead rows pile up and slow every
 * later window of both loops alike.
 */
async function vacuum(fixture: Fixture): Promise<void> {
  const client = new pg.Client({ connectionString: fixture.url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE) pending_reactions, conversations, messages, conversation_events');
  } finally {
    await client.end();
  }
}

/** Waits until the server has run the reactions to everything stored (the account's outbox is empty). */
async function outboxEmptied(fixture: Fixture): Promise<void> {
  const client = new pg.Client({ connectionString: fixture.url });
  await client.connect();
  try {
    const giveUpAt = performance.now() + 120_000;
    for (;;) {
      if (performance.now() > giveUpAt)
        throw new Error('the server left changes unreacted to for 2 minutes (see its log)');
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pending_reactions WHERE account_id = $1',
        [fixture.accountId],
      );
      if ((rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
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
    // Nobody reacts to the raw loop's outbox rows: clear them, so that the API's windows wait for their own only.
    await pool.query('DELETE FROM pending_reactions WHERE account_id = $1', [fixture.accountId]);
    await pool.end();
  }
}

/**
 * The same rows for a batch of messages, written as the batch endpoint writes them: in one transaction, lock the
 * batch's conversations in id order, check the clientMessageIds, insert the messages, move the clocks, append the
 * events and one outbox row per conversation — each a single statement.
 */
async function rawBatchLoop(fixture: Fixture, windowMs: number) {
  const pool = new pg.Pool({ connectionString: fixture.url, max: 10 });
  try {
    return await drive(
      windowMs,
      async (index) => {
        const batch = batchOf(fixture, index, 'raw');
        const ids = [...new Set(batch.map((item) => item.conversationId))].sort();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const locked = await client.query<{ id: string; customer_id: string }>(
            'SELECT id, customer_id FROM conversations WHERE account_id = $1 AND id = ANY($2) ORDER BY id FOR UPDATE',
            [fixture.accountId, ids],
          );
          const customerOf = new Map(locked.rows.map((row) => [row.id, row.customer_id]));
          await client.query('SELECT id FROM messages WHERE account_id = $1 AND client_message_id = ANY($2)', [
            fixture.accountId,
            batch.map((item) => item.clientMessageId),
          ]);
          const inserted = await client.query<{ id: string; conversation_id: string }>(
            `INSERT INTO messages (account_id, conversation_id, direction, body, format, client_message_id)
             SELECT $1, conversation_id, 'inbound', body, 'plain', client_message_id
             FROM unnest($2::uuid[], $3::text[], $4::text[]) AS m(conversation_id, body, client_message_id)
             RETURNING id, conversation_id`,
            [
              fixture.accountId,
              batch.map((item) => item.conversationId),
              batch.map((item) => item.body),
              batch.map((item) => item.clientMessageId),
            ],
          );
          await client.query(
            `UPDATE conversations SET updated_at = now(), last_message_at = now(),
               waiting_since = coalesce(waiting_since, now()) WHERE account_id = $1 AND id = ANY($2)`,
            [fixture.accountId, ids],
          );
          await client.query(
            `WITH appended AS (
               INSERT INTO conversation_events (account_id, conversation_id, type, actor_type, actor_id, data)
               SELECT $1, conversation_id, 'message.inbound', 'customer', actor_id, jsonb_build_object('messageId', message_id)
               FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS e(conversation_id, actor_id, message_id)
               RETURNING id, conversation_id)
             INSERT INTO pending_reactions (account_id, conversation_id, event_ids)
             SELECT $1, conversation_id, array_agg(id) FROM appended GROUP BY conversation_id`,
            [
              fixture.accountId,
              inserted.rows.map((row) => row.conversation_id),
              inserted.rows.map((row) => customerOf.get(row.conversation_id)),
              inserted.rows.map((row) => row.id),
            ],
          );
          await client.query('COMMIT');
          return true;
        } catch (error) {
          console.error(error);
          await client.query('ROLLBACK').catch(() => undefined);
          return false;
        } finally {
          client.release();
        }
      },
      { concurrency: BATCH_CONCURRENCY, perSend: BATCH },
    );
  } finally {
    // Nobody reacts to the raw loop's outbox rows: clear them, so that the API's windows wait for their own only.
    await pool.query('DELETE FROM pending_reactions WHERE account_id = $1', [fixture.accountId]);
    await pool.end();
  }
}

/** BATCH messages to BATCH consecutive conversations (of the 400), each with its own clientMessageId. */
function batchOf(fixture: Fixture, index: number, tag: string) {
  return Array.from({ length: BATCH }, (_, position) => ({
    conversationId: fixture.conversationIds[(index * BATCH + position) % fixture.conversationIds.length] ?? '',
    body: `${tag} message ${index}.${position}: where is my order?`,
    clientMessageId: `${tag}-${randomUUID()}`,
  }));
}

/** Batches of customer messages posted to the public batch endpoint by an integration's token. */
async function apiBatchLoop(server: BenchServer, fixture: Fixture, windowMs: number) {
  const dispatcher = new Agent({ connections: BATCH_CONCURRENCY, pipelining: 1, keepAliveTimeout: 30_000 });
  try {
    return await drive(
      windowMs,
      async (index) => {
        const response = await request(`${server.url}${BATCH_API.messages}`, {
          method: 'POST',
          dispatcher,
          headers: { authorization: `Bearer ${fixture.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ messages: batchOf(fixture, index, 'api') }),
        });
        if (response.statusCode !== 200) {
          await response.body.dump();
          return false;
        }
        const { results } = (await response.body.json()) as { results: { status: string }[] };
        return results.every((result) => result.status === 'created');
      },
      { concurrency: BATCH_CONCURRENCY, perSend: BATCH, settle: () => outboxEmptied(fixture) },
    );
  } finally {
    await dispatcher.close();
  }
}

/** Customer messages posted to the public API by an integration's token, each with its own clientMessageId. */
async function apiLoop(server: BenchServer, fixture: Fixture, windowMs: number) {
  const dispatcher = new Agent({ connections: CONCURRENCY, pipelining: 1, keepAliveTimeout: 30_000 });
  try {
    return await drive(
      windowMs,
      async (index) => {
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
      },
      { settle: () => outboxEmptied(fixture) },
    );
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
      // Warm every path (JIT, pools, caches) before measuring.
      if (!ONLY_BATCHES) await apiLoop(server, fixture, 2_000);
      if (!ONLY_BATCHES) await rawInsertLoop(fixture, 2_000);
      await apiBatchLoop(server, fixture, 2_000);
      await rawBatchLoop(fixture, 2_000);
      const single = { api: [] as number[], raw: [] as number[] };
      const batch = { api: [] as number[], raw: [] as number[] };
      let failed = 0;
      let sent = 0;
      // Interleaved, so that a noisy neighbour hurts both alike.
      for (let run = 0; run < RUNS; run += 1) {
        await vacuum(fixture);
        const measured = ONLY_BATCHES ? IDLE : await apiLoop(server, fixture, WINDOW_MS);
        single.api.push(measured.perSecond);
        single.raw.push(ONLY_BATCHES ? 0 : (await rawInsertLoop(fixture, WINDOW_MS)).perSecond);
        const batched = await apiBatchLoop(server, fixture, WINDOW_MS);
        batch.api.push(batched.perSecond);
        batch.raw.push((await rawBatchLoop(fixture, WINDOW_MS)).perSecond);
        failed += measured.failed + batched.failed;
        sent += measured.sent + batched.sent;
        console.log(
          `  run ${run + 1}: one per request: API ${measured.perSecond.toFixed(0)} msg/s, raw ${single.raw.at(-1)?.toFixed(0)} msg/s; ` +
            `batches of ${BATCH}: API ${batched.perSecond.toFixed(0)} msg/s, raw ${batch.raw.at(-1)?.toFixed(0)} msg/s`,
        );
      }
      const share = (of: { api: number[]; raw: number[] }) =>
        of.api.map((value, index) => (100 * value) / (of.raw[index] ?? Number.NaN));
      return {
        name: 'api-ingest',
        measuredAt: new Date().toISOString(),
        setup: {
          database: 'PostgreSQL (server pool 10)',
          conversations: CONVERSATIONS,
          concurrency: CONCURRENCY,
          batch: BATCH,
          batchConcurrency: BATCH_CONCURRENCY,
          windowSeconds: WINDOW_MS / 1000,
          apiMessagesSent: sent,
          apiFailures: failed,
        },
        measurements: [
          rate(`API, batches of ${BATCH}: customer messages stored and reacted to`, 'measure', batch.api, 1500),
          rate(`raw pg loop, same rows in the same batches`, 'baseline', batch.raw),
          {
            label: 'API batches as % of the raw batch loop',
            unit: '%',
            kind: 'measure',
            samples: share(batch),
            targetMin: 40,
          },
          rate('API, one message per request', 'detail', single.api),
          rate('raw pg loop, one message per transaction', 'baseline', single.raw),
          { label: 'one per request as % of its raw loop', unit: '%', kind: 'detail', samples: share(single) },
        ],
        notes: [
          'The server runs in its own process without job workers; the load generator and PostgreSQL share the same 2 cores.',
          'API windows end when the server has run the reactions to everything stored (the outbox is empty).',
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
