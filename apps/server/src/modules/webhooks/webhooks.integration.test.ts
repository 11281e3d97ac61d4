import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, JOBS, WEBHOOK_API } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';
import { deliverWebhook } from './deliver-webhook';
import { queueWebhookDeliveries } from './queue-deliveries';
import { verifyWebhookSignature } from './webhook-signature';

const t = await createTestApp();

/** A receiver on a local port: each request is kept; the answer for a path can be chosen. */
interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
const answers = new Map<string, { status: number; headers?: Record<string, string> }>();
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const path = request.url ?? '/';
    received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    const answer = answers.get(path) ?? { status: 200 };
    response.writeHead(answer.status, answer.headers ?? {}).end('ok');
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  await t.close();
});

async function workspace(name = 'Webhooks') {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'integration' });
  return { people, admin, api: withToken(t.app, token.body.secret) };
}

let pathCount = 0;
/** An endpoint on the local receiver (a loopback address, so allowPrivate), on a path of its own. */
async function localEndpoint(admin: Caller, extra: Record<string, unknown> = {}, host = '127.0.0.1') {
  const path = `/hook-${++pathCount}`;
  const created = await admin.request('POST', WEBHOOK_API.webhooks, {
    url: `${base.replace('127.0.0.1', host)}${path}`,
    allowPrivate: true,
    ...extra,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id as string, secret: created.body.secret as string, path };
}

async function openConversation(api: Caller, body = 'Where is my order?') {
  const opened = await api.request('POST', API.conversations, {
    customer: { name: 'Olga', email: 'olga@example.com' },
    subject: 'Order',
    message: { body },
  });
  expect(opened.status).toBe(201);
  return opened.body;
}

/** The 'webhooks.deliver' jobs queued for a delivery, oldest first, as the worker would receive them. */
async function jobsOf(deliveryId: string) {
  const { rows } = await t.database.query<{ data: unknown; start_after: Date }>(
    "SELECT data, start_after FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'deliveryId' = $1 ORDER BY created_on",
    [deliveryId],
  );
  return rows.map((row) => ({
    payload: JOBS['webhooks.deliver'].parse(row.data),
    startAfter: new Date(row.start_after),
  }));
}

async function deliveriesOf(admin: Caller, endpointId: string, query = '') {
  const page = await admin.request('GET', `${WEBHOOK_API.webhookDeliveries(endpointId)}${query}`);
  expect(page.status, JSON.stringify(page.body)).toBe(200);
  return page.body.items as any[];
}

const receivedAt = (path: string) => received.filter((entry) => entry.path === path);

describe('webhook endpoints', () => {
  it('shows the signing secret at creation and on rotation only, and audits every change', async () => {
    const { admin, people } = await workspace();
    const { id, secret } = await localEndpoint(admin, { events: ['message.inbound'], description: 'CRM' });
    expect(secret).toMatch(/^whsec_[\w-]{40,}$/);

    const listed = await admin.request('GET', WEBHOOK_API.webhooks);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id,
        events: ['message.inbound'],
        description: 'CRM',
        active: true,
        allowPrivate: true,
      }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const one = await admin.request('GET', WEBHOOK_API.webhook(id));
    expect(one.body).not.toHaveProperty('secret');

    const changed = await admin.request('PATCH', WEBHOOK_API.webhook(id), { events: [], active: false });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ events: [], active: false });
    expect(changed.body).not.toHaveProperty('secret');

    const rotated = await admin.request('POST', WEBHOOK_API.rotateWebhookSecret(id));
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);

    expect((await admin.request('DELETE', WEBHOOK_API.webhook(id))).status).toBe(204);
    expect((await admin.request('GET', WEBHOOK_API.webhook(id))).status).toBe(404);

    const audit = await admin.request('GET', API.auditLog);
    const actions = audit.body.items.filter((entry: any) => entry.targetId === id).map((entry: any) => entry.action);
    expect(actions).toEqual(['webhook.deleted', 'webhook.secret_rotated', 'webhook.updated', 'webhook.created']);
    expect(JSON.stringify(audit.body)).not.toContain(secret);

    const agent = await signIn(t.app, people.agent.email);
    expect((await agent.request('GET', WEBHOOK_API.webhooks)).status).toBe(403);
    expect((await agent.request('POST', WEBHOOK_API.webhooks, { url: 'https://93.184.215.14/x' })).status).toBe(403);
  });

  it('refuses loopback, private and link-local targets, literal or resolved, unless allowPrivate is set', async () => {
    const { admin } = await workspace();
    for (const url of [
      'http://127.0.0.1:9/hook',
      'https://10.1.2.3/hook',
      'http://[::1]:8080/hook',
      'http://localhost/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/hook',
      'http://[fd00::1]/hook',
      'http://0.0.0.0/hook',
      'http://0x7f.1/hook',
    ]) {
      const refused = await admin.request('POST', WEBHOOK_API.webhooks, { url });
      expect(refused.status, url).toBe(422);
      expect(refused.body.error.fields, url).toHaveProperty('url');
      const allowed = await admin.request('POST', WEBHOOK_API.webhooks, { url, allowPrivate: true });
      expect(allowed.status, url).toBe(201);
    }
    const publicOne = await admin.request('POST', WEBHOOK_API.webhooks, { url: 'https://93.184.215.14/hook' });
    expect(publicOne.status).toBe(201);
    // Changing to a private URL, or withdrawing the permission from one, is checked too.
    const toPrivate = await admin.request('PATCH', WEBHOOK_API.webhook(publicOne.body.id), {
      url: 'http://127.0.0.1/hook',
    });
    expect(toPrivate.status).toBe(422);
    const { id } = await localEndpoint(admin);
    expect((await admin.request('PATCH', WEBHOOK_API.webhook(id), { allowPrivate: false })).status).toBe(422);
  });

  it('refuses a URL that is not http(s) and unknown event types, naming the field', async () => {
    const { admin } = await workspace();
    const ftp = await admin.request('POST', WEBHOOK_API.webhooks, { url: 'ftp://93.184.215.14/x' });
    expect(ftp.status).toBe(422);
    expect(ftp.body.error.fields).toHaveProperty('url');
    const events = await admin.request('POST', WEBHOOK_API.webhooks, {
      url: 'https://93.184.215.14/x',
      events: ['conversation.exploded'],
    });
    expect(events.status).toBe(422);
    expect(Object.keys(events.body.error.fields)).toEqual(['events.0']);
  });
});

describe('webhook deliveries', () => {
  it('posts each wanted event once, signed, with the conversation and the message', async () => {
    const { admin, api, people } = await workspace();
    const { id, secret, path } = await localEndpoint(admin, { events: ['conversation.created', 'message.inbound'] });
    await localEndpoint(admin, { active: false });
    const opened = await openConversation(api, 'Parcel 1042 is late');

    const deliveries = await deliveriesOf(admin, id);
    expect(deliveries.map((delivery) => delivery.eventType).sort()).toEqual([
      'conversation.created',
      'message.inbound',
    ]);
    expect(deliveries.every((delivery) => delivery.status === 'pending' && delivery.attempts === 0)).toBe(true);
    for (const delivery of deliveries) {
      const jobs = await jobsOf(delivery.id);
      expect(jobs).toHaveLength(1);
      await deliverWebhook(t.ctx, jobs[0]!.payload);
      // The same job again (pg-boss retried it): the delivery is done, nothing is sent.
      await deliverWebhook(t.ctx, jobs[0]!.payload);
    }

    const posts = receivedAt(path);
    expect(posts).toHaveLength(2);
    for (const post of posts) {
      expect(post.headers['content-type']).toBe('application/json');
      expect(verifyWebhookSignature(secret, post.headers['sincere-signature'] as string, post.body, 300)).toBe(true);
      expect(verifyWebhookSignature('whsec_wrong', post.headers['sincere-signature'] as string, post.body, 300)).toBe(
        false,
      );
      expect(verifyWebhookSignature(secret, post.headers['sincere-signature'] as string, `${post.body} `, 300)).toBe(
        false,
      );
      const body = JSON.parse(post.body);
      expect(post.headers['sincere-event']).toBe(body.type);
      expect(deliveries.map((delivery) => delivery.id)).toContain(post.headers['sincere-delivery']);
      expect(body).toMatchObject({
        accountId: people.account.id,
        conversationId: opened.id,
        conversation: { id: opened.id, subject: 'Order', status: 'open' },
      });
    }
    const inbound = JSON.parse(posts.find((post) => post.headers['sincere-event'] === 'message.inbound')!.body);
    expect(inbound.message).toMatchObject({ direction: 'inbound', body: 'Parcel 1042 is late' });
    expect(inbound.data.messageId).toBe(inbound.message.id);

    const log = await deliveriesOf(admin, id);
    expect(log.every((delivery) => delivery.status === 'delivered' && delivery.attempts === 1)).toBe(true);
    expect(log.every((delivery) => delivery.lastStatusCode === 200 && delivery.deliveredAt)).toBe(true);
  });

  it('delivers only the event types an endpoint asked for', async () => {
    const { admin, api } = await workspace();
    const { id } = await localEndpoint(admin, { events: ['conversation.status_changed'] });
    const opened = await openConversation(api);
    expect(await deliveriesOf(admin, id)).toHaveLength(0);
    expect((await api.request('PATCH', API.conversation(opened.id), { status: 'resolved' })).status).toBe(200);
    const log = await deliveriesOf(admin, id);
    expect(log.map((delivery) => delivery.eventType)).toEqual(['conversation.status_changed']);
  });

  it('does not queue a delivery twice when the listener runs again for the same change', async () => {
    const { admin, api, people } = await workspace();
    const { id } = await localEndpoint(admin);
    const opened = await openConversation(api);
    const before = await deliveriesOf(admin, id);
    expect(before).toHaveLength(2);

    const detail = await api.request('GET', API.conversation(opened.id));
    const change = { accountId: people.account.id, conversationId: opened.id, events: detail.body.events };
    await queueWebhookDeliveries(t.ctx, change);
    await t.ctx.conversationListeners.notify(change);

    const after = await deliveriesOf(admin, id);
    expect(after.map((delivery) => delivery.id).sort()).toEqual(before.map((delivery) => delivery.id).sort());
    for (const delivery of after) expect(await jobsOf(delivery.id)).toHaveLength(1);
  });

  it('schedules retries with backoff after a failure, shows the attempts, and fails after the last one', async () => {
    const { admin, api } = await workspace();
    const { id, path } = await localEndpoint(admin, { events: ['conversation.created'] });
    answers.set(path, { status: 500 });
    // The clock moves by hours: the admin's API token reads the log (a session would expire).
    const start = new Date('2031-03-01T10:00:00.000Z');
    t.setNow(start);
    try {
      await openConversation(api);
      const [delivery] = await deliveriesOf(api, id);
      const [first] = await jobsOf(delivery.id);
      await deliverWebhook(t.ctx, first!.payload);

      let [logged] = await deliveriesOf(api, id);
      expect(logged).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500, lastError: 'Answered 500' });
      expect(logged.nextAttemptAt).toBe(new Date(start.getTime() + 30_000).toISOString());
      let jobs = await jobsOf(delivery.id);
      expect(jobs).toHaveLength(2);
      expect(jobs[1]!.startAfter.toISOString()).toBe(logged.nextAttemptAt);

      // The next attempt's job run early (a duplicate) does nothing: it is not time yet.
      await deliverWebhook(t.ctx, first!.payload);
      expect(receivedAt(path)).toHaveLength(1);
      expect((await deliveriesOf(api, id))[0].attempts).toBe(1);

      const delays = [30, 120, 600, 3600, 4 * 3600, 12 * 3600];
      let now = start.getTime();
      for (const [index, delay] of delays.entries()) {
        now += delay * 1000;
        t.setNow(new Date(now));
        await deliverWebhook(t.ctx, first!.payload);
        [logged] = await deliveriesOf(api, id);
        expect(logged.attempts).toBe(index + 2);
        const next = delays[index + 1];
        expect(logged.nextAttemptAt).toBe(next === undefined ? null : new Date(now + next * 1000).toISOString());
      }
      expect(logged).toMatchObject({ status: 'failed', attempts: 7, lastStatusCode: 500 });
      expect(receivedAt(path)).toHaveLength(7);
      jobs = await jobsOf(delivery.id);
      expect(jobs).toHaveLength(7);
      expect((await deliveriesOf(api, id, '?status=failed')).map((one) => one.id)).toEqual([delivery.id]);
      expect(await deliveriesOf(api, id, '?status=delivered')).toEqual([]);

      // Redelivery, once the receiver is fixed: a new round, delivered with the same delivery id.
      answers.delete(path);
      const again = await api.request('POST', WEBHOOK_API.redeliverWebhook(id, delivery.id));
      expect(again.status).toBe(202);
      expect(again.body).toMatchObject({ status: 'pending', attempts: 0 });
      jobs = await jobsOf(delivery.id);
      await deliverWebhook(t.ctx, jobs.at(-1)!.payload);
      [logged] = await deliveriesOf(api, id);
      expect(logged).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });
      expect(receivedAt(path).at(-1)?.headers['sincere-delivery']).toBe(delivery.id);
    } finally {
      answers.delete(path);
      t.setNow(new Date());
    }
  });

  it('does not follow redirects, and checks the address again when it delivers', async () => {
    const { admin, api } = await workspace();
    const redirecting = await localEndpoint(admin, { events: ['conversation.created'] });
    answers.set(redirecting.path, { status: 302, headers: { location: `${base}/elsewhere` } });
    const closed = await localEndpoint(admin, { events: ['conversation.created'] });
    const named = await localEndpoint(admin, { events: ['conversation.created'] }, 'localhost');
    // What a changed DNS answer looks like: the endpoints' addresses are no longer allowed.
    for (const endpoint of [closed, named]) {
      await t.database.query('UPDATE webhook_endpoints SET allow_private = false WHERE id = $1', [endpoint.id]);
    }
    await openConversation(api);
    for (const endpoint of [redirecting, closed, named]) {
      const [delivery] = await deliveriesOf(admin, endpoint.id);
      await deliverWebhook(t.ctx, (await jobsOf(delivery.id))[0]!.payload);
    }
    const [redirected] = await deliveriesOf(admin, redirecting.id);
    expect(redirected).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 302 });
    expect(redirected.lastError).toMatch(/redirects are not followed/);
    expect(receivedAt('/elsewhere')).toHaveLength(0);

    for (const endpoint of [closed, named]) {
      const [refused] = await deliveriesOf(admin, endpoint.id);
      expect(refused).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
      expect(refused.lastError).toMatch(/private or reserved/);
      expect(receivedAt(endpoint.path)).toHaveLength(0);
    }
  });

  it('sends a signed ping on request, to a host name resolved at delivery time', async () => {
    const { admin } = await workspace();
    const { id, secret, path } = await localEndpoint(admin, {}, 'localhost');
    const ping = await admin.request('POST', WEBHOOK_API.testWebhook(id));
    expect(ping.status).toBe(202);
    expect(ping.body).toMatchObject({ eventType: 'ping', status: 'pending' });
    await deliverWebhook(t.ctx, (await jobsOf(ping.body.id))[0]!.payload);
    const [post] = receivedAt(path);
    expect(JSON.parse(post!.body)).toMatchObject({ type: 'ping', data: { endpointId: id } });
    expect(verifyWebhookSignature(secret, post!.headers['sincere-signature'] as string, post!.body)).toBe(true);
  });

  it('pages the delivery log newest first', async () => {
    const { admin } = await workspace();
    const { id } = await localEndpoint(admin);
    const ids: string[] = [];
    const start = Date.now();
    for (let i = 0; i < 3; i++) {
      t.setNow(new Date(start + i * 1000));
      ids.push((await admin.request('POST', WEBHOOK_API.testWebhook(id))).body.id);
    }
    t.setNow(new Date());
    const first = await admin.request('GET', `${WEBHOOK_API.webhookDeliveries(id)}?limit=2`);
    const second = await admin.request(
      'GET',
      `${WEBHOOK_API.webhookDeliveries(id)}?limit=2&cursor=${first.body.nextCursor as string}`,
    );
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((item: any) => item.id)).toEqual(ids.reverse());
    const bad = await admin.request('GET', `${WEBHOOK_API.webhookDeliveries(id)}?status=lost`);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('status');
  });
});

describe('the API document', () => {
  it('describes the webhook and customer routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/webhooks',
        '/api/v1/webhooks/{id}',
        '/api/v1/webhooks/{id}/deliveries',
        '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
        '/api/v1/customers',
      ]),
    );
  });
});

describe('webhooks of another account', () => {
  it('are invisible: endpoints, their deliveries and their log', async () => {
    const owner = await workspace('Owner');
    const other = await workspace('Other');
    const { id, path } = await localEndpoint(owner.admin);
    await openConversation(owner.api);
    const [delivery] = await deliveriesOf(owner.admin, id);
    const ownEndpoint = await localEndpoint(other.admin);

    expect((await other.admin.request('GET', WEBHOOK_API.webhooks)).body.items.map((item: any) => item.id)).toEqual([
      ownEndpoint.id,
    ]);
    for (const [method, url, body] of [
      ['GET', WEBHOOK_API.webhook(id), undefined],
      ['PATCH', WEBHOOK_API.webhook(id), { active: false }],
      ['DELETE', WEBHOOK_API.webhook(id), undefined],
      ['POST', WEBHOOK_API.rotateWebhookSecret(id), undefined],
      ['POST', WEBHOOK_API.testWebhook(id), undefined],
      ['GET', WEBHOOK_API.webhookDeliveries(id), undefined],
      ['POST', WEBHOOK_API.redeliverWebhook(id, delivery.id), undefined],
      ['POST', WEBHOOK_API.redeliverWebhook(ownEndpoint.id, delivery.id), undefined],
    ] as const) {
      const response = await other.admin.request(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    // Its conversations queue nothing for the first account's endpoint, and a job naming another account does nothing.
    await openConversation(other.api);
    expect(await deliveriesOf(owner.admin, id)).toHaveLength(2);
    await deliverWebhook(t.ctx, { accountId: other.people.account.id, deliveryId: delivery.id });
    expect(receivedAt(path)).toHaveLength(0);
    expect((await owner.admin.request('GET', WEBHOOK_API.webhook(id))).body).toMatchObject({ active: true });
  });
});
