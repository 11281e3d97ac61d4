import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  CHANNEL_API,
  CSRF_HEADER,
  SESSION_COOKIE,
  TELEGRAM_API,
  WIDGET_API,
  TELEGRAM_SECRET_HEADER,
} from '@sincere/contracts';
import { openDatabase, type Database } from '@sincere/db';
import { FakeBotApi } from '../apps/server/src/modules/telegram/testing/fake-bot-api';
import { freePort, spawnServer, type SpawnedServer } from './support/spawn-server';

const DEMO = { email: 'admin@demo.sincere.local', password: 'sincere-demo' };
const BOT_TOKEN = '987654321:AAH-durability-test-token-0123456789';
/** Each channel's loop stops once this many of its messages were acknowledged, or the server dies. */
const ACKNOWLEDGED_BEFORE_KILL = 25;

/** Where this test's server keeps its data: a PGlite folder, or a PostgreSQL database made for it. */
interface Store {
  env: Record<string, string>;
  open(): Promise<Database>;
  drop(): Promise<void>;
}

async function makeStore(): Promise<Store> {
  const url = process.env['DATABASE_URL'];
  if (url) {
    const name = `sincere_channel_durability_${Date.now()}_${process.pid}`;
    const admin = await openDatabase({ engine: 'postgres', url, poolSize: 1 });
    await admin.query(`CREATE DATABASE ${name}`);
    const own = new URL(url);
    own.pathname = `/${name}`;
    const folder = await mkdtemp(join(tmpdir(), 'sincere-channel-durability-'));
    return {
      env: { DATABASE_URL: own.toString(), SINCERE_DATA_DIR: folder },
      open: () => openDatabase({ engine: 'postgres', url: own.toString(), poolSize: 1 }),
      async drop() {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
        await rm(folder, { recursive: true, force: true });
      },
    };
  }
  const folder = await mkdtemp(join(tmpdir(), 'sincere-channel-durability-'));
  return {
    env: { SINCERE_DATA_DIR: folder },
    open: () => openDatabase({ engine: 'pglite', dataDir: join(folder, 'pglite') }),
    drop: () => rm(folder, { recursive: true, force: true }),
  };
}

/** One way in, as an outside sender sees it: `send` resolves once the message is acknowledged, throws otherwise. */
interface Inlet {
  name: string;
  send(server: SpawnedServer, body: string, attempt: string): Promise<void>;
}

async function json(response: Response): Promise<any> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

async function adminSession(url: string) {
  const response = await fetch(`${url}${API.signIn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  const session = await json(response);
  const headers = {
    cookie: cookie?.split(';')[0] ?? '',
    [CSRF_HEADER]: session.csrfToken,
    'content-type': 'application/json',
  };
  return (path: string, body: unknown) =>
    fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) }).then(json);
}

describe('SIGKILL in the middle of inbound traffic on every channel', () => {
  let bot: FakeBotApi;
  let store: Store;
  let smtpPort = 0;
  let first: SpawnedServer | null = null;
  let second: SpawnedServer | null = null;
  const env = () => ({
    ...store.env,
    SINCERE_DEMO: 'true',
    SMTP_RECEIVER_PORT: String(smtpPort),
    SMTP_RECEIVER_HOST: '127.0.0.1',
    TELEGRAM_API_ROOT: bot.apiRoot,
    PUBLIC_URL: 'http://sincere.test',
    // One visitor sending as fast as it can: the widget's limit is for the open internet, not for this test.
    WIDGET_RATE_LIMIT_PER_MINUTE: '100000',
  });

  beforeAll(async () => {
    bot = await FakeBotApi.start();
    store = await makeStore();
    smtpPort = await freePort();
    first = await spawnServer({ env: env() });
  }, 90_000);

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await bot?.close();
    await store?.drop();
  }, 30_000);

  it('stores every acknowledged message exactly once, and a retried one once too', async () => {
    if (!first) throw new Error('the server did not start');
    const post = await adminSession(first.url);
    const token = (await post(API.apiTokens, { name: 'durability' })).secret as string;
    const web = await post(CHANNEL_API.channels, { kind: 'web', name: 'Site' });
    await post(CHANNEL_API.channels, { kind: 'email', name: 'Inbox', settings: { address: 'durable@demo.test' } });
    const telegram = await post(CHANNEL_API.channels, {
      kind: 'telegram',
      name: 'Bot',
      secrets: { botToken: BOT_TOKEN },
    });
    const secretToken = bot.callsOf('setWebhook').at(-1)?.params['secret_token'];
    const webhookSecret = typeof secretToken === 'string' ? secretToken : '';
    if (!webhookSecret) throw new Error('the bot was connected without a webhook secret');
    const opened = await fetch(`${first.url}${API.conversations}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ customer: { name: 'API customer' }, message: { body: 'opening' } }),
    }).then(json);
    const visitor = await fetch(`${first.url}${WIDGET_API.sessions}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: web.channel.address }),
    }).then(json);

    let updateId = 1_000;
    const inlets: Inlet[] = [
      {
        name: 'api',
        async send(server, body, attempt) {
          await fetch(`${server.url}${API.conversationMessages(opened.id)}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ direction: 'inbound', body, clientMessageId: attempt }),
          }).then(json);
        },
      },
      {
        name: 'widget',
        async send(server, body, attempt) {
          await fetch(`${server.url}${WIDGET_API.messages}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${visitor.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ body, clientMessageId: attempt }),
          }).then(json);
        },
      },
      {
        name: 'email',
        async send(_server, body, attempt) {
          const transport = nodemailer.createTransport({
            host: '127.0.0.1',
            port: smtpPort,
            secure: false,
            ignoreTLS: true,
          });
          try {
            await transport.sendMail({
              from: 'Mia <mia@example.com>',
              to: 'durable@demo.test',
              subject: 'Durability',
              text: body,
              messageId: `<${attempt}@example.com>`,
            });
          } finally {
            transport.close();
          }
        },
      },
      {
        name: 'telegram',
        async send(server, body, attempt) {
          const id = Number(attempt.split(':')[1]);
          await fetch(`${server.url}${TELEGRAM_API.webhook(telegram.channel.id)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TELEGRAM_SECRET_HEADER]: webhookSecret },
            body: JSON.stringify({
              update_id: id,
              message: {
                message_id: id,
                date: Math.floor(Date.now() / 1000),
                chat: { id: 5151, type: 'private', first_name: 'Timur' },
                from: { id: 5151, is_bot: false, first_name: 'Timur', language_code: 'ru' },
                text: body,
              },
            }),
          }).then(json);
        },
      },
    ];

    // Each inlet sends one message after another; what was in flight when the server died is retried after.
    const acknowledged = new Map<string, string[]>();
    const inFlight = new Map<string, { body: string; attempt: string }>();
    let dead = false;
    let killed = false;
    const failures: string[] = [];
    const loops = inlets.map(async (inlet) => {
      const done: string[] = [];
      acknowledged.set(inlet.name, done);
      for (let index = 0; !dead; index += 1) {
        const body = `durable ${inlet.name} ${index} ${randomUUID().slice(0, 8)}`;
        const attempt = inlet.name === 'telegram' ? `update:${(updateId += 1)}` : `${inlet.name}-${randomUUID()}`;
        inFlight.set(inlet.name, { body, attempt });
        try {
          await inlet.send(first as SpawnedServer, body, attempt);
          done.push(body);
          inFlight.delete(inlet.name);
        } catch (error) {
          if (!killed) failures.push(`${inlet.name}: ${String(error)}`);
          dead = true;
        }
      }
    });
    while (!dead && inlets.some((inlet) => (acknowledged.get(inlet.name)?.length ?? 0) < ACKNOWLEDGED_BEFORE_KILL)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(failures).toEqual([]);
    killed = true;
    await first.kill('SIGKILL');
    dead = true;
    await Promise.all(loops);

    second = await spawnServer({ env: env() });
    // A sender that got no answer tries again: the retry must not make a second copy.
    const retried: string[] = [];
    for (const inlet of inlets) {
      const pending = inFlight.get(inlet.name);
      if (!pending) continue;
      await inlet.send(second, pending.body, pending.attempt);
      retried.push(pending.body);
    }
    await second.stop();

    const database = await store.open();
    try {
      const rows = await database.query<{ body: string; copies: number }>(
        `SELECT body, count(*)::int AS copies FROM messages WHERE body LIKE 'durable %' GROUP BY body`,
      );
      const copies = new Map(rows.rows.map((row) => [row.body, Number(row.copies)]));
      for (const inlet of inlets) {
        const bodies = acknowledged.get(inlet.name) ?? [];
        expect(bodies.length, `${inlet.name} acknowledged`).toBeGreaterThan(0);
        expect(
          bodies.filter((body) => copies.get(body) !== 1),
          `${inlet.name}: acknowledged messages not stored exactly once`,
        ).toEqual([]);
      }
      expect(retried.filter((body) => copies.get(body) !== 1)).toEqual([]);
      expect([...copies].filter(([, count]) => count > 1)).toEqual([]);
    } finally {
      await database.close();
    }
  }, 180_000);
});
