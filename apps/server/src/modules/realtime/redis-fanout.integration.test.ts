import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  API,
  CSRF_HEADER,
  REALTIME_PATH,
  type ServerEvent,
  SESSION_COOKIE,
  type SessionResponse,
} from '@sincere/contracts';
import { migrate, openDatabase, type Database } from '@sincere/db';
import { openTestDatabase, seedConversation, seedCustomer } from '@sincere/db/testing';
import { freePort, spawnServer, type SpawnedServer } from '../../../../../test/support/spawn-server';
import { loadConfig } from '../../config';
import { startSincere } from '../../runtime';
import { seedAccountWithPeople, TEST_PASSWORD } from '../../testing/seed-people';
import { openTestSocket } from '../../testing/socket-client';
import { RealtimeHub } from './realtime-hub';
import { channelOf, RedisFanout } from './redis-fanout';

const REDIS_URL = 'redis://127.0.0.1:6379';
const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

async function redisAnswers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, enableOfflineQueue: false });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const database = await openDatabase({ engine: 'postgres', url, poolSize: 1 }).catch(() => null);
  await database?.close();
  return database !== null;
}

const testDatabase = inject('testDatabase');
const redisUp = await redisAnswers(REDIS_URL);
// Two processes cannot share a PGlite folder: they need PostgreSQL, the run's own or a local one.
const postgresUrl = testDatabase.engine === 'postgres' ? testDatabase.url : null;
const localPostgres = !postgresUrl && redisUp && (await postgresAnswers(LOCAL_POSTGRES));
const skipTwoProcesses = !redisUp
  ? `no Redis answers at ${REDIS_URL}`
  : !postgresUrl && !localPostgres
    ? `the run is on PGlite and no PostgreSQL answers at ${LOCAL_POSTGRES}`
    : null;

/** Signs in over HTTP like the web app: the session cookie, plus the CSRF token for writes. */
async function signIn(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}${API.signIn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const session = (await response.json()) as SessionResponse;
  const headers = { cookie: cookie.split(';')[0] ?? '', [CSRF_HEADER]: session.csrfToken };
  return {
    cookie: headers.cookie,
    async patch(url: string, path: string, body: unknown): Promise<number> {
      const reply = await fetch(`${url}${path}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return reply.status;
    },
  };
}

/** A socket that records every event, checked against the contract; resolves once the server said `ready`. */
async function listen(baseUrl: string, cookie: string) {
  const client = openTestSocket(baseUrl.replace('http', 'ws') + REALTIME_PATH, cookie);
  await client.waitFor((event) => event.type === 'ready', 5_000);
  const updates = () => client.events.filter((event) => event.type === 'user.updated');
  return { ...client, updates };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const updateOf = (userId: string) => (event: ServerEvent) => event.type === 'user.updated' && event.user.id === userId;
const activityOf =
  (userId: string, matches: (activity: AgentActivity) => boolean) =>
  (event: ServerEvent): boolean =>
    event.type === 'conversation.activity' && event.activity.user.id === userId && matches(event.activity);
type AgentActivity = Extract<ServerEvent, { type: 'conversation.activity' }>['activity'];

/** A logger that records warnings; the fan-out needs only `warn` and `info`. */
function recordingLog() {
  const warnings: unknown[][] = [];
  const log = { warn: (...args: unknown[]) => warnings.push(args), info: () => undefined };
  return { warnings, log: log as unknown as ConstructorParameters<typeof RedisFanout>[2] };
}

describe.skipIf(skipTwoProcesses !== null)(
  `realtime deltas between two server processes through Redis${skipTwoProcesses ? ` (skipped: ${skipTwoProcesses})` : ''}`,
  () => {
    let database: Database;
    let dropDatabase: () => Promise<void> = async () => undefined;
    let one: SpawnedServer;
    let two: SpawnedServer;
    const started: SpawnedServer[] = [];

    beforeAll(async () => {
      let url = postgresUrl ?? '';
      if (!postgresUrl) {
        const name = `sincere_fanout_${Date.now()}_${randomUUID().slice(0, 8)}`;
        const admin = await openDatabase({ engine: 'postgres', url: LOCAL_POSTGRES, poolSize: 1 });
        await admin.query(`CREATE DATABASE ${name}`);
        const scratch = new URL(LOCAL_POSTGRES);
        scratch.pathname = `/${name}`;
        url = scratch.toString();
        dropDatabase = async () => {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.close();
        };
      }
      database = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
      await migrate(database);
      const env = { DATABASE_URL: url, REDIS_URL, SINCERE_DEMO: 'false', LOG_LEVEL: 'warn' };
      const start = async () => {
        const server = await spawnServer({ env, timeoutMs: 25_000 });
        started.push(server);
        return server;
      };
      // One after the other: two job queues starting at once on a fresh database can deadlock in pg-boss.
      one = await start();
      two = await start();
    });

    afterAll(async () => {
      await Promise.all(started.map((server) => server.stop()));
      await database?.close();
      await dropDatabase();
    });

    it('carries a role change made on one process to the account’s sockets on both, once each, and to no other account', async () => {
      const a = await seedAccountWithPeople(database, 'Fan-out A');
      const b = await seedAccountWithPeople(database, 'Fan-out B');
      const admin = await signIn(one.url, a.admin.email);
      const leadOnTwo = await listen(two.url, (await signIn(two.url, a.lead.email)).cookie);
      const agentOnOne = await listen(one.url, (await signIn(one.url, a.agent.email)).cookie);
      const otherAccountOnTwo = await listen(two.url, (await signIn(two.url, b.lead.email)).cookie);

      expect(await admin.patch(one.url, API.user(a.agent.id), { role: 'reviewer' })).toBe(200);

      const pushed = await leadOnTwo.waitFor(updateOf(a.agent.id), 1_000);
      expect(pushed).toMatchObject({ user: { id: a.agent.id, role: 'reviewer' } });
      await agentOnOne.waitFor(updateOf(a.agent.id), 1_000);
      await settle();
      expect(leadOnTwo.updates()).toHaveLength(1);
      expect(agentOnOne.updates()).toHaveLength(1);
      expect(otherAccountOnTwo.updates()).toEqual([]);
      for (const client of [leadOnTwo, agentOnOne, otherAccountOnTwo]) client.socket.close();
    });

    it('carries typing from one process to a colleague on the other, tells a process new to the account who is there, and says when the writer left', async () => {
      const a = await seedAccountWithPeople(database, 'Fan-out activity A');
      const b = await seedAccountWithPeople(database, 'Fan-out activity B');
      const customer = await seedCustomer(database.db, a.account.id);
      const { id: conversationId } = await seedConversation(database.db, a.account.id, customer.id);
      const colleagueOnTwo = await listen(two.url, (await signIn(two.url, a.lead.email)).cookie);
      colleagueOnTwo.send({ type: 'viewing', conversationId });
      await colleagueOnTwo.waitFor((event) => event.type === 'conversation.activity.snapshot', 1_000);
      const otherAccountOnTwo = await listen(two.url, (await signIn(two.url, b.lead.email)).cookie);
      otherAccountOnTwo.send({ type: 'viewing', conversationId });

      const writerOnOne = await listen(one.url, (await signIn(one.url, a.agent.email)).cookie);
      writerOnOne.send({ type: 'viewing', conversationId });
      // Process one had no socket of the account when the colleague arrived, so its snapshot cannot know them;
      // process two tells again what the colleague is doing when the writer's tab arrives.
      await writerOnOne.waitFor((event) => event.type === 'conversation.activity.snapshot', 1_000);
      await writerOnOne.waitFor(
        activityOf(a.lead.id, (activity) => activity.viewingForMs > 0),
        1_000,
      );
      writerOnOne.send({ type: 'typing', conversationId, kind: 'reply' });
      const typing = await colleagueOnTwo.waitFor(
        activityOf(a.agent.id, (activity) => activity.typing?.kind === 'reply'),
        1_000,
      );
      expect(typing).toMatchObject({ conversationId, activity: { viewingForMs: 30_000 } });

      // A third agent opening it on process two is told who is there, though the writer is on process one.
      const lateOnTwo = await listen(two.url, (await signIn(two.url, a.admin.email)).cookie);
      lateOnTwo.send({ type: 'viewing', conversationId });
      const snapshot = await lateOnTwo.waitFor((event) => event.type === 'conversation.activity.snapshot', 1_000);
      expect(snapshot).toMatchObject({
        activities: expect.arrayContaining([
          expect.objectContaining({
            user: expect.objectContaining({ id: a.agent.id }),
            typing: expect.objectContaining({ kind: 'reply' }),
          }),
          expect.objectContaining({ user: expect.objectContaining({ id: a.lead.id }) }),
        ]),
      });

      writerOnOne.socket.close();
      await colleagueOnTwo.waitFor(
        activityOf(a.agent.id, (activity) => activity.viewingForMs === 0),
        1_000,
      );
      await settle();
      expect(otherAccountOnTwo.events.filter((event) => event.type.startsWith('conversation.activity'))).toEqual([]);
      for (const client of [colleagueOnTwo, otherAccountOnTwo, lateOnTwo]) client.socket.close();
    });

    it('sends a change of one’s own profile only to that person’s sockets, on the other process too', async () => {
      const a = await seedAccountWithPeople(database, 'Fan-out audience');
      const admin = await signIn(one.url, a.admin.email);
      const adminOnTwo = await listen(two.url, admin.cookie);
      const leadOnTwo = await listen(two.url, (await signIn(two.url, a.lead.email)).cookie);

      expect(await admin.patch(one.url, API.me, { name: 'Renamed admin' })).toBe(200);

      const pushed = await adminOnTwo.waitFor(updateOf(a.admin.id), 1_000);
      expect(pushed).toMatchObject({ user: { id: a.admin.id, name: 'Renamed admin' } });
      await settle();
      expect(leadOnTwo.updates()).toEqual([]);
      for (const client of [adminOnTwo, leadOnTwo]) client.socket.close();
    });
  },
);

describe.skipIf(!redisUp)(`the Redis fan-out${redisUp ? '' : ` (skipped: no Redis answers at ${REDIS_URL})`}`, () => {
  it('drops and logs messages that do not match the contract, and delivers the next good one', async () => {
    const accountId = randomUUID();
    const hub = new RealtimeHub();
    const { warnings, log } = recordingLog();
    const fanout = new RedisFanout(REDIS_URL, hub, log);
    hub.setFanout(fanout);
    await fanout.start();
    const received: ServerEvent[] = [];
    hub.add({ accountId, userId: 'u1', send: (event) => received.push(event) });
    await hub.listening(accountId);

    const sender = new Redis(REDIS_URL);
    const channel = channelOf(accountId);
    const good = { type: 'pong' } as const;
    await sender.publish(channel, 'not json');
    await sender.publish(
      channel,
      JSON.stringify({ origin: 'elsewhere', audience: {}, event: { type: 'user.updated' } }),
    );
    // An audience field this version does not know could narrow the delta: dropped, not sent to everyone.
    await sender.publish(channel, JSON.stringify({ origin: 'elsewhere', audience: { roles: ['admin'] }, event: good }));
    await sender.publish(channel, JSON.stringify({ origin: 'elsewhere', audience: {}, event: good }));
    const deadline = Date.now() + 2_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));

    expect(received).toEqual([good]);
    expect(warnings).toHaveLength(3);
    sender.disconnect();
    await fanout.stop();
  });
});

describe('without a reachable Redis', () => {
  it('starts the server, which still delivers deltas to its own sockets', async () => {
    const closed = `redis://127.0.0.1:${await freePort()}`;
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SINCERE_DEMO: 'false',
      LOG_LEVEL: 'silent',
      REDIS_URL: closed,
    });
    const database = await openTestDatabase(testDatabase);
    const running = await startSincere({ ...config, webRoot: null }, { database });
    try {
      const address = running.app.server.address();
      if (!address || typeof address === 'string') throw new Error('not listening');
      const url = `http://127.0.0.1:${address.port}`;
      const a = await seedAccountWithPeople(database, 'No Redis');
      const admin = await signIn(url, a.admin.email);
      const lead = await listen(url, (await signIn(url, a.lead.email)).cookie);

      expect(await admin.patch(url, API.user(a.agent.id), { role: 'reviewer' })).toBe(200);
      const pushed = await lead.waitFor(updateOf(a.agent.id), 1_000);
      expect(pushed).toMatchObject({ user: { id: a.agent.id, role: 'reviewer' } });
      lead.socket.close();
    } finally {
      await running.stop();
      await database.close();
    }
  });

  it('warns once per outage rather than at every reconnect attempt', async () => {
    const hub = new RealtimeHub();
    const { warnings, log } = recordingLog();
    const fanout = new RedisFanout(`redis://127.0.0.1:${await freePort()}`, hub, log);
    hub.setFanout(fanout);
    await fanout.start();
    const received: ServerEvent[] = [];
    hub.add({ accountId: 'a', userId: 'u1', send: (event) => received.push(event) });
    expect(hub.publish('a', { type: 'pong' })).toBe(1);
    // ioredis retries after 50, 100, 150… ms: several attempts fail in this second.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await fanout.stop();

    expect(received).toEqual([{ type: 'pong' }]);
    // One for the publishing connection, one for the subscribing one.
    expect(warnings).toHaveLength(2);
  });
});
