import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, CONNECTOR_API, PROMISES_API } from '@sincere/contracts';
import { customerIdentities } from '@sincere/db';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';
import { verifyWebhookSignature } from '../webhooks/webhook-signature';

// Secrets are sealed with this test's own key (read when first needed), never a key file in the repository.
process.env['SINCERE_SECRET_KEY'] = randomBytes(32).toString('hex');
const t = await createTestApp();

/** The company's own system on a local port: every request is kept; each path answers its own way. */
interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
/** The signing secret the company's endpoint checks, per path (set from what Sincere showed once). */
const signingSecrets = new Map<string, string>();
const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const company = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const path = request.url ?? '/';
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ method: request.method ?? '', path, headers: request.headers, body });
    const [route = ''] = path.split('?');
    if (route.startsWith('/signed')) {
      const secret = signingSecrets.get(route) ?? '';
      const signature = request.headers['sincere-signature'] as string | undefined;
      if (!verifyWebhookSignature(secret, signature, body)) return json(response, 401, { message: 'Bad signature' });
      const parsed = JSON.parse(body) as { type: string; customer: { name: string }; action?: { id: string } };
      if (parsed.type === 'action') return json(response, 200, { message: `Refunded for ${parsed.customer.name}` });
      return json(response, 200, {
        title: 'Billing',
        fields: [{ label: 'Customer', value: parsed.customer.name }],
        actions: [{ id: 'refund', label: 'Refund order A-1', confirm: 'Refund A-1?', payload: { order: 'A-1' } }],
      });
    }
    if (/^\/customers\/[^/]+\/subscription$/.test(route)) {
      return json(response, 200, {
        plan: { name: 'Pro' },
        renewsAt: '2025-03-01',
        mrr: { amount: '49.50', currency: 'eur' },
        status: 'Active',
        portal: 'https://billing.example.com/portal/42',
      });
    }
    switch (route) {
      case '/orders':
        return json(response, 200, {
          data: {
            orders: [
              { id: 'A-1', total: 30, state: 'shipped' },
              { id: 'A-2', total: 12.5, state: 'pending' },
            ],
          },
        });
      case '/failing':
        return json(response, 503, { message: 'Billing is under maintenance' });
      case '/silent':
        return; // never answers
      case '/actions/extend':
        return json(response, 200, { message: 'Extended to 2025-03-08' });
      case '/actions/refund':
        return json(response, 422, { message: 'Order A-1 was already refunded' });
      default:
        return json(response, 404, {});
    }
  });
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => company.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(company.address() as AddressInfo).port}`;
});
afterAll(async () => {
  company.closeAllConnections();
  await new Promise<void>((resolve) => company.close(() => resolve()));
  await t.close();
});

const receivedAt = (route: string) => received.filter((request) => request.path.split('?')[0] === route);

async function workspace(name = 'Connectors') {
  const people = await seedAccountWithPeople(t.database, name);
  const [admin, agent, reviewer] = await Promise.all([
    signIn(t.app, people.admin.email),
    signIn(t.app, people.agent.email),
    signIn(t.app, people.reviewer.email),
  ]);
  const customer = await seedCustomer(t.database.db, people.account.id, {
    name: 'Olga Petrova',
    email: 'olga@example.com',
    plan: 'pro',
  });
  await t.database.db.insert(customerIdentities).values({
    accountId: people.account.id,
    customerId: customer.id,
    kind: 'api',
    value: `cus ${customer.id.slice(0, 4)}`,
  });
  const conversation = await seedConversation(t.database.db, people.account.id, customer.id, { subject: 'Billing' });
  return { people, admin, agent, reviewer, customer, conversation };
}

const subscriptionMapping = {
  title: 'Subscription',
  fields: [
    { label: 'Plan', path: 'plan.name' },
    { label: 'Renews', path: 'renewsAt', format: 'date' },
    { label: 'MRR', path: 'mrr.amount', format: 'money', currencyPath: 'mrr.currency' },
    { label: 'Status', path: 'status', format: 'badge', badgeTones: { active: 'good', overdue: 'bad' } },
    { label: 'Portal', path: 'portal', format: 'link' },
  ],
};

let routeCount = 0;
/** An HTTP GET connector on the local system (a loopback address: allowPrivate, as webhook tests do). */
async function createConnector(admin: Caller, extra: Record<string, unknown> = {}) {
  const created = await admin.request('POST', CONNECTOR_API.connectors, {
    name: `Billing ${++routeCount}`,
    kind: 'http_get',
    urlTemplate: `${base}/customers/{{customer.externalId}}/subscription?email={{customer.email}}`,
    mapping: subscriptionMapping,
    allowPrivate: true,
    ...extra,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

/** A signed connector on a path of its own, whose endpoint checks the secret Sincere showed at creation. */
async function createSignedConnector(admin: Caller) {
  const route = `/signed-${++routeCount}`;
  const created = await admin.request('POST', CONNECTOR_API.connectors, {
    name: 'Payments',
    kind: 'signed',
    urlTemplate: `${base}${route}`,
    allowPrivate: true,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  signingSecrets.set(route, created.body.secret);
  return { connector: created.body, route };
}

const cardPath = (customerId: string, connectorId: string, query = '') =>
  `${CONNECTOR_API.customerCard(customerId, connectorId)}${query}`;

async function auditOf(accountId: string) {
  const { rows } = await t.database.query<{ action: string; target_id: string; data: Record<string, unknown> }>(
    "SELECT action, target_id, data FROM audit_log WHERE account_id = $1 AND target_type = 'connector' ORDER BY created_at, id",
    [accountId],
  );
  return rows;
}

async function storedConnector(id: string) {
  const { rows } = await t.database.query<{ headers: Record<string, string>; secret: string | null }>(
    'SELECT headers, secret FROM connectors WHERE id = $1',
    [id],
  );
  return rows[0];
}

describe('connector settings', () => {
  it('keeps header values write-only and sealed, lets admins change them one by one, and audits every change', async () => {
    const { admin, people, customer } = await workspace();
    const connector = await createConnector(admin, {
      headers: { Authorization: 'Bearer sk_live_123', 'X-Api-Key': 'key-1' },
      timeoutMs: 1500,
      cacheTtlSeconds: 0,
    });
    expect(connector).toMatchObject({
      kind: 'http_get',
      headerNames: ['Authorization', 'X-Api-Key'],
      timeoutMs: 1500,
      cacheTtlSeconds: 0,
      secret: null,
      allowPrivate: true,
      active: true,
    });
    const stored = await storedConnector(connector.id);
    expect(Object.keys(stored?.headers ?? {}).sort()).toEqual(['Authorization', 'X-Api-Key']);
    expect(stored?.headers['Authorization']).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toMatch(/sk_live_123|key-1/);

    const listed = await admin.request('GET', CONNECTOR_API.connectors);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: connector.id, headerNames: ['Authorization', 'X-Api-Key'] }),
    ]);
    const one = await admin.request('GET', CONNECTOR_API.connector(connector.id));
    for (const answer of [connector, listed.body, one.body])
      expect(JSON.stringify(answer)).not.toMatch(/sk_live_123|key-1/);

    // Omitted keeps its value, a new value replaces (whatever the case), an empty one removes.
    const changed = await admin.request('PATCH', CONNECTOR_API.connector(connector.id), {
      headers: { 'x-api-key': 'key-2', 'X-Tenant': 'acme' },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.headerNames).toEqual(['Authorization', 'x-api-key', 'X-Tenant']);
    const card = await admin.request('GET', cardPath(customer.id, connector.id));
    expect(card.body.ok).toBe(true);
    const sent = receivedAt(`/customers/${encodeURIComponent(`cus ${customer.id.slice(0, 4)}`)}/subscription`).at(-1);
    expect(sent?.headers).toMatchObject({
      authorization: 'Bearer sk_live_123',
      'x-api-key': 'key-2',
      'x-tenant': 'acme',
    });

    const removed = await admin.request('PATCH', CONNECTOR_API.connector(connector.id), {
      headers: { authorization: '' },
      name: 'Subscriptions',
    });
    expect(removed.body).toMatchObject({ name: 'Subscriptions', headerNames: ['x-api-key', 'X-Tenant'] });

    expect((await admin.request('DELETE', CONNECTOR_API.connector(connector.id))).status).toBe(204);
    expect((await admin.request('GET', CONNECTOR_API.connector(connector.id))).status).toBe(404);
    const audit = await auditOf(people.account.id);
    expect(audit.map((entry) => entry.action)).toEqual([
      'connector.created',
      'connector.updated',
      'connector.updated',
      'connector.deleted',
    ]);
    expect(audit[1]?.data).toMatchObject({ headersChanged: ['x-api-key', 'X-Tenant'] });
    expect(JSON.stringify(audit)).not.toMatch(/sk_live_123|key-1|key-2|acme/);
    const log = await admin.request('GET', API.auditLog);
    expect(log.status).toBe(200);
    expect(log.body.items.map((entry: { action: string }) => entry.action)).toContain('connector.deleted');
  });

  it('refuses settings that cannot work, naming each field', async () => {
    const { admin } = await workspace();
    const refused = async (
      body: Record<string, unknown>,
      path: string = CONNECTOR_API.connectors,
      method: 'POST' | 'PATCH' = 'POST',
    ) => {
      const answer = await admin.request(method, path, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(422);
      expect(answer.body.error.code).toBe('validation_failed');
      return answer.body.error.fields as Record<string, string>;
    };
    const valid = {
      name: 'Billing',
      kind: 'http_get',
      urlTemplate: `${base}/customers/{{customer.externalId}}`,
      mapping: subscriptionMapping,
      allowPrivate: true,
    };
    expect(await refused({ ...valid, urlTemplate: 'https://{{customer.email}}/orders' })).toEqual({
      urlTemplate: expect.stringMatching(/host cannot be a placeholder/),
    });
    expect(await refused({ ...valid, urlTemplate: `${base}/{{agent.id}}` })).toEqual({
      urlTemplate: expect.stringMatching(/names agent, which is not known here/),
    });
    expect(Object.keys(await refused({ ...valid, mapping: undefined }))).toEqual(['mapping']);
    expect(
      await refused({
        ...valid,
        mapping: { fields: [{ label: 'Shop', path: 'id', format: 'link', hrefTemplate: 'https://{{item.host}}/' }] },
      }),
    ).toEqual({ 'mapping.fields.0.hrefTemplate': expect.stringMatching(/host cannot be a placeholder/) });
    expect(await refused({ ...valid, headers: { Host: 'evil.example', 'Content-Length': '1' } })).toEqual({
      'headers.Host': expect.stringMatching(/set by Sincere/),
      'headers.Content-Length': expect.stringMatching(/set by Sincere/),
    });
    expect(Object.keys(await refused({ ...valid, headers: { 'Bad Header': 'x' } }))).toEqual(['headers.Bad Header']);
    expect(Object.keys(await refused({ ...valid, headers: { 'X-Key': 'line\nbreak' } }))).toEqual(['headers.X-Key']);
    expect(Object.keys(await refused({ ...valid, timeoutMs: 50, cacheTtlSeconds: -1 })).sort()).toEqual([
      'cacheTtlSeconds',
      'timeoutMs',
    ]);
    const action = { key: 'extend', label: 'Extend', confirm: 'Extend?', urlTemplate: `${base}/actions/extend` };
    expect(
      await refused({ ...valid, actions: [action, { ...action, urlTemplate: `${base}/{{customer.secret` }] }),
    ).toEqual({
      'actions.1.key': expect.stringMatching(/names another action/),
      'actions.1.urlTemplate': expect.stringMatching(/not closed/),
    });
    expect(Object.keys(await refused({ ...valid, kind: 'signed', actions: [action] })).sort()).toEqual([
      'actions',
      'mapping',
    ]);
    // The private-address rule of webhooks: a loopback address only with the admin's allowPrivate.
    expect(await refused({ ...valid, allowPrivate: false })).toEqual({
      urlTemplate: expect.stringMatching(/127\.0\.0\.1 is a private or reserved address/),
    });
    expect(
      // A public address literal needs no look-up; the action's loopback one is refused.
      await refused({
        ...valid,
        urlTemplate: 'https://93.184.215.14/{{customer.id}}',
        actions: [action],
        allowPrivate: false,
      }),
    ).toEqual({ 'actions.0.urlTemplate': expect.stringMatching(/private or reserved/) });

    const connector = await createConnector(admin);
    const path = CONNECTOR_API.connector(connector.id);
    expect(await refused({ allowPrivate: false }, path, 'PATCH')).toEqual({
      urlTemplate: expect.stringMatching(/private/),
    });
    expect(Object.keys(await refused({ kind: 'signed' }, path, 'PATCH'))).toEqual(['kind']);
  });

  it('is for admins only; agents see only which cards apply', async () => {
    const { admin, agent, customer } = await workspace();
    const connector = await createConnector(admin);
    expect((await agent.request('GET', CONNECTOR_API.connectors)).status).toBe(403);
    expect((await agent.request('PATCH', CONNECTOR_API.connector(connector.id), { name: 'Mine' })).status).toBe(403);
    expect((await agent.request('DELETE', CONNECTOR_API.connector(connector.id))).status).toBe(403);

    const inactive = await createConnector(admin, { active: false });
    const second = await createConnector(admin, { position: 0 });
    await admin.request('PATCH', CONNECTOR_API.connector(connector.id), { position: 5 });
    const cards = await agent.request('GET', CONNECTOR_API.customerConnectors(customer.id));
    expect(cards.status).toBe(200);
    expect(cards.body.items).toEqual([
      { id: second.id, name: second.name, kind: 'http_get' },
      { id: connector.id, name: connector.name, kind: 'http_get' },
    ]);
    expect((await agent.request('GET', cardPath(customer.id, inactive.id))).status).toBe(404);
  });
});

describe('customer cards', () => {
  it('fills the URL from the customer and shows the mapped answer with the admin’s actions', async () => {
    const { admin, agent, customer, conversation } = await workspace();
    const connector = await createConnector(admin, {
      actions: [
        { key: 'extend', label: 'Extend 7 days', confirm: 'Extend by 7 days?', urlTemplate: `${base}/actions/extend` },
      ],
    });
    const card = await agent.request('GET', cardPath(customer.id, connector.id, `?conversationId=${conversation.id}`));
    expect(card.status).toBe(200);
    expect(card.body).toEqual({
      ok: true,
      cached: false,
      fetchedAt: expect.any(String),
      card: {
        title: 'Subscription',
        fields: [
          { label: 'Plan', format: 'text', value: 'Pro' },
          { label: 'Renews', format: 'date', value: '2025-03-01' },
          { label: 'MRR', format: 'money', value: 49.5, currency: 'EUR' },
          { label: 'Status', format: 'badge', value: 'Active', tone: 'good' },
          {
            label: 'Portal',
            format: 'link',
            value: 'https://billing.example.com/portal/42',
            href: 'https://billing.example.com/portal/42',
          },
        ],
        actions: [{ id: 'extend', label: 'Extend 7 days', confirm: 'Extend by 7 days?' }],
      },
    });
    const externalId = encodeURIComponent(`cus ${customer.id.slice(0, 4)}`);
    expect(receivedAt(`/customers/${externalId}/subscription`).at(-1)?.path).toBe(
      `/customers/${externalId}/subscription?email=olga%40example.com`,
    );
  });

  it('makes one item per order in list mode', async () => {
    const { admin, agent, customer } = await workspace();
    const connector = await createConnector(admin, {
      urlTemplate: `${base}/orders?customer={{customer.id}}`,
      mapping: {
        mode: 'list',
        title: 'Orders',
        listPath: 'data.orders',
        itemTitlePath: 'id',
        fields: [
          { label: 'Total', path: 'total', format: 'money', currency: 'EUR' },
          { label: 'State', path: 'state', format: 'badge', badgeTones: { shipped: 'good' } },
        ],
      },
    });
    const card = await agent.request('GET', cardPath(customer.id, connector.id));
    expect(card.body.card).toEqual({
      title: 'Orders',
      fields: [],
      items: [
        {
          title: 'A-1',
          fields: [
            { label: 'Total', format: 'money', value: 30, currency: 'EUR' },
            { label: 'State', format: 'badge', value: 'shipped', tone: 'good' },
          ],
        },
        {
          title: 'A-2',
          fields: [
            { label: 'Total', format: 'money', value: 12.5, currency: 'EUR' },
            { label: 'State', format: 'badge', value: 'pending' },
          ],
        },
      ],
    });
  });

  it('POSTs the customer and conversation signed to a signed endpoint, which answers the card', async () => {
    const { admin, agent, customer, conversation } = await workspace();
    const { connector, route } = await createSignedConnector(admin);
    expect(connector.secret).toMatch(/^cnsec_[\w-]{40,}$/);
    const stored = await storedConnector(connector.id);
    expect(stored?.secret).toMatch(/^v1\./);
    expect(stored?.secret).not.toContain(connector.secret);
    const listed = await admin.request('GET', CONNECTOR_API.connectors);
    expect(JSON.stringify(listed.body)).not.toContain(connector.secret);

    const card = await agent.request('GET', cardPath(customer.id, connector.id, `?conversationId=${conversation.id}`));
    expect(card.body).toMatchObject({
      ok: true,
      card: {
        title: 'Billing',
        fields: [{ label: 'Customer', value: 'Olga Petrova', format: 'text' }],
        actions: [{ id: 'refund', label: 'Refund order A-1', payload: { order: 'A-1' } }],
      },
    });
    const request = receivedAt(route).at(-1);
    expect(request?.method).toBe('POST');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      type: 'card',
      customer: {
        id: customer.id,
        name: 'Olga Petrova',
        email: 'olga@example.com',
        phone: null,
        externalId: `cus ${customer.id.slice(0, 4)}`,
        locale: null,
        country: null,
        timeZone: null,
        company: null,
        plan: 'pro',
        attributes: {},
      },
      conversation: { id: conversation.id, subject: 'Billing', channel: 'web' },
    });

    // A new secret at once: the endpoint still holding the old one refuses, and says so on the card.
    const rotated = await admin.request('POST', CONNECTOR_API.rotateConnectorSecret(connector.id));
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^cnsec_/);
    expect(rotated.body.secret).not.toBe(connector.secret);
    const stale = await agent.request('GET', cardPath(customer.id, connector.id, `?conversationId=${conversation.id}`));
    expect(stale.body).toEqual({ ok: false, code: 'http_status', error: 'Answered 401: Bad signature' });
    signingSecrets.set(route, rotated.body.secret);
    const fresh = await agent.request(
      'GET',
      cardPath(customer.id, connector.id, `?conversationId=${conversation.id}&refresh=true`),
    );
    expect(fresh.body.ok).toBe(true);

    const getConnector = await createConnector(admin);
    expect((await admin.request('POST', CONNECTOR_API.rotateConnectorSecret(getConnector.id))).status).toBe(409);
  });

  it('shows a slow system’s timeout on its own card while the conversation answers at once', async () => {
    const { admin, agent, customer, conversation } = await workspace();
    const connector = await createConnector(admin, { urlTemplate: `${base}/silent`, timeoutMs: 2000 });
    let cardSettled = false;
    const card = agent.request('GET', cardPath(customer.id, connector.id)).then((answer) => {
      cardSettled = true;
      return answer;
    });
    const detail = await agent.request('GET', API.conversation(conversation.id));
    const profile = await agent.request('GET', API.customer(customer.id));
    expect(detail.status).toBe(200);
    expect(profile.status).toBe(200);
    expect(cardSettled).toBe(false);
    expect((await card).body).toEqual({ ok: false, code: 'timeout', error: 'No answer within 2 s' });
  });

  it('keeps a card for its TTL, a failure for ten seconds, and asks again when told', async () => {
    const { admin, agent, customer } = await workspace();
    t.setNow(new Date('2025-01-10T10:00:00Z'));
    try {
      const connector = await createConnector(admin, {
        urlTemplate: `${base}/orders?c={{customer.id}}`,
        cacheTtlSeconds: 60,
        mapping: { mode: 'list', listPath: 'data.orders', fields: [{ label: 'Id', path: 'id' }] },
      });
      const asked = () => received.filter((request) => request.path === `/orders?c=${customer.id}`).length;
      const first = await agent.request('GET', cardPath(customer.id, connector.id));
      const second = await agent.request('GET', cardPath(customer.id, connector.id));
      expect(first.body).toMatchObject({ ok: true, cached: false, fetchedAt: '2025-01-10T10:00:00.000Z' });
      expect(second.body).toMatchObject({ ok: true, cached: true, fetchedAt: '2025-01-10T10:00:00.000Z' });
      expect(asked()).toBe(1);
      t.setNow(new Date('2025-01-10T10:00:59Z'));
      expect((await agent.request('GET', cardPath(customer.id, connector.id))).body.cached).toBe(true);
      t.setNow(new Date('2025-01-10T10:01:01Z'));
      expect((await agent.request('GET', cardPath(customer.id, connector.id))).body.cached).toBe(false);
      expect(asked()).toBe(2);
      expect((await agent.request('GET', cardPath(customer.id, connector.id, '?refresh=true'))).body.cached).toBe(
        false,
      );
      expect(asked()).toBe(3);
      // Changing the connector drops its cards.
      await admin.request('PATCH', CONNECTOR_API.connector(connector.id), { name: 'Orders' });
      expect((await agent.request('GET', cardPath(customer.id, connector.id))).body.cached).toBe(false);
      expect(asked()).toBe(4);

      const failing = await createConnector(admin, { urlTemplate: `${base}/failing`, cacheTtlSeconds: 0 });
      const failure = { ok: false, code: 'http_status', error: 'Answered 503: Billing is under maintenance' };
      expect((await agent.request('GET', cardPath(customer.id, failing.id))).body).toEqual(failure);
      expect((await agent.request('GET', cardPath(customer.id, failing.id))).body).toEqual(failure);
      expect(receivedAt('/failing')).toHaveLength(1);
      t.setNow(new Date('2025-01-10T10:01:12Z'));
      await agent.request('GET', cardPath(customer.id, failing.id));
      expect(receivedAt('/failing')).toHaveLength(2);
    } finally {
      t.setNow(new Date());
    }
  });

  it('sends nothing about a forgotten customer, and needs the conversation to be the customer’s', async () => {
    const { admin, agent, people, customer } = await workspace();
    const connector = await createConnector(admin);
    const stranger = await seedCustomer(t.database.db, people.account.id);
    const theirs = await seedConversation(t.database.db, people.account.id, stranger.id);
    expect(
      (await agent.request('GET', cardPath(customer.id, connector.id, `?conversationId=${theirs.id}`))).status,
    ).toBe(404);
    await t.database.query('UPDATE customers SET forgotten_at = now() WHERE id = $1', [stranger.id]);
    expect((await agent.request('GET', CONNECTOR_API.customerConnectors(stranger.id))).body).toEqual({ items: [] });
    expect((await agent.request('GET', cardPath(stranger.id, connector.id))).status).toBe(404);
  });
});

describe('card actions', () => {
  const notesOf = async (caller: Caller, conversationId: string) => {
    const detail = await caller.request('GET', API.conversation(conversationId));
    return (detail.body.messages as { direction: string; body: string }[]).filter(
      (message) => message.direction === 'note',
    );
  };

  it('POSTs an admin’s action, then notes and audits what happened, success or failure', async () => {
    const { admin, agent, reviewer, people, customer, conversation } = await workspace();
    const connector = await createConnector(admin, {
      name: 'Billing',
      headers: { Authorization: 'Bearer sk_live_9' },
      actions: [
        {
          key: 'extend',
          label: 'Extend subscription 7 days',
          confirm: 'Extend by 7 days?',
          urlTemplate: `${base}/actions/extend`,
          bodyTemplate: { customer: '{{customer.externalId}}', days: '7' },
        },
        { key: 'refund', label: 'Refund', confirm: 'Refund?', urlTemplate: `${base}/actions/refund` },
      ],
    });
    const actionPath = (key: string) => CONNECTOR_API.runCardAction(customer.id, connector.id, key);
    const card = await agent.request('GET', cardPath(customer.id, connector.id));
    expect(card.body.cached).toBe(false);

    const done = await agent.request('POST', actionPath('extend'), { conversationId: conversation.id, confirm: true });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toEqual({ ok: true, message: 'Extended to 2025-03-08' });
    const sent = receivedAt('/actions/extend').at(-1);
    expect(sent?.method).toBe('POST');
    expect(sent?.headers.authorization).toBe('Bearer sk_live_9');
    expect(JSON.parse(sent?.body ?? '')).toEqual({ customer: `cus ${customer.id.slice(0, 4)}`, days: '7' });
    expect(await notesOf(agent, conversation.id)).toEqual([
      expect.objectContaining({
        body: 'Ran “Extend subscription 7 days” on Billing: done — Extended to 2025-03-08',
        author: { id: people.agent.id, name: expect.any(String) },
      }),
    ]);
    // The action's result shows: the card is asked for again.
    expect((await agent.request('GET', cardPath(customer.id, connector.id))).body.cached).toBe(false);

    const failed = await agent.request('POST', actionPath('refund'), {
      conversationId: conversation.id,
      confirm: true,
    });
    expect(failed.body).toEqual({ ok: false, message: 'Answered 422: Order A-1 was already refunded' });
    expect((await notesOf(agent, conversation.id)).map((note) => note.body)).toContain(
      'Ran “Refund” on Billing: failed — Answered 422: Order A-1 was already refunded',
    );
    const audit = (await auditOf(people.account.id)).filter((entry) => entry.action === 'connector.action_run');
    expect(audit.map((entry) => entry.data)).toEqual([
      expect.objectContaining({ action: 'extend', ok: true, statusCode: 200, conversationId: conversation.id }),
      expect.objectContaining({ action: 'refund', ok: false, message: 'Answered 422: Order A-1 was already refunded' }),
    ]);

    const before = receivedAt('/actions/extend').length;
    const unconfirmed = await agent.request('POST', actionPath('extend'), { conversationId: conversation.id });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.error.fields).toHaveProperty('confirm');
    expect(
      (await reviewer.request('POST', actionPath('extend'), { conversationId: conversation.id, confirm: true })).status,
    ).toBe(403);
    expect(
      (await agent.request('POST', actionPath('nothing'), { conversationId: conversation.id, confirm: true })).status,
    ).toBe(404);
    expect(receivedAt('/actions/extend')).toHaveLength(before);
  });

  it('keeps the promise an action fulfils, with the action as evidence, and refuses a promise of elsewhere', async () => {
    const { admin, agent, customer, conversation } = await workspace();
    const connector = await createConnector(admin, {
      name: 'Billing',
      actions: [{ key: 'extend', label: 'Extend 7 days', confirm: 'Extend?', urlTemplate: `${base}/actions/extend` }],
    });
    const promise = await admin.request('POST', PROMISES_API.conversationPromises(conversation.id), {
      what: 'продлим подписку на 7 дней',
      dueAt: '2099-01-01T10:00:00Z',
    });
    expect(promise.status, JSON.stringify(promise.body)).toBe(201);
    const actionPath = CONNECTOR_API.runCardAction(customer.id, connector.id, 'extend');
    const before = receivedAt('/actions/extend').length;
    const elsewhere = await agent.request('POST', actionPath, {
      conversationId: conversation.id,
      confirm: true,
      promiseId: randomUUID(),
    });
    expect(elsewhere.status).toBe(422);
    expect(receivedAt('/actions/extend')).toHaveLength(before);

    // An agent who is not the promise's owner runs the action: the evidence keeps it all the same.
    const done = await agent.request('POST', actionPath, {
      conversationId: conversation.id,
      confirm: true,
      promiseId: promise.body.id,
    });
    expect(done.body).toMatchObject({ ok: true });
    const listed = await agent.request('GET', PROMISES_API.conversationPromises(conversation.id));
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        status: 'kept',
        evidence: { kind: 'connector_action', connectorId: connector.id, action: 'extend' },
      }),
    ]);
  });

  it('runs only the action a signed card offers, with the card’s own payload, signed', async () => {
    const { admin, agent, people, customer, conversation } = await workspace();
    const { connector, route } = await createSignedConnector(admin);
    const actionPath = CONNECTOR_API.runCardAction(customer.id, connector.id, 'refund');
    const tampered = await agent.request('POST', actionPath, {
      conversationId: conversation.id,
      confirm: true,
      payload: { order: 'B-9' },
    });
    expect(tampered.status).toBe(409);
    expect(receivedAt(route).filter((request) => JSON.parse(request.body).type === 'action')).toHaveLength(0);

    const done = await agent.request('POST', actionPath, {
      conversationId: conversation.id,
      confirm: true,
      payload: { order: 'A-1' },
    });
    expect(done.body).toEqual({ ok: true, message: 'Refunded for Olga Petrova' });
    const sent = receivedAt(route).at(-1);
    expect(JSON.parse(sent?.body ?? '')).toMatchObject({
      type: 'action',
      action: { id: 'refund', payload: { order: 'A-1' } },
      customer: { id: customer.id },
      conversation: { id: conversation.id },
      agent: { id: people.agent.id },
    });
    expect((await notesOf(agent, conversation.id)).map((note) => note.body)).toEqual([
      'Ran “Refund order A-1” on Payments: done — Refunded for Olga Petrova',
    ]);
  });
});

describe('connectors of another account', () => {
  it('are invisible, and so are its customers', async () => {
    const owner = await workspace('Owner');
    const other = await workspace('Other');
    const connector = await createConnector(owner.admin, {
      actions: [{ key: 'extend', label: 'Extend', confirm: 'Extend?', urlTemplate: `${base}/actions/extend` }],
    });
    const path = CONNECTOR_API.connector(connector.id);
    expect((await other.admin.request('GET', path)).status).toBe(404);
    expect((await other.admin.request('PATCH', path, { name: 'Mine' })).status).toBe(404);
    expect((await other.admin.request('DELETE', path)).status).toBe(404);
    expect((await other.admin.request('POST', CONNECTOR_API.rotateConnectorSecret(connector.id))).status).toBe(404);
    expect((await other.admin.request('GET', CONNECTOR_API.connectors)).body.items).toEqual([]);
    // Their connector on our customer, our connector on their customer: neither exists for us.
    expect((await other.agent.request('GET', cardPath(other.customer.id, connector.id))).status).toBe(404);
    expect((await other.agent.request('GET', cardPath(owner.customer.id, connector.id))).status).toBe(404);
    expect((await other.agent.request('GET', CONNECTOR_API.customerConnectors(owner.customer.id))).status).toBe(404);
    const run = (caller: Caller, customerId: string, conversationId: string) =>
      caller.request('POST', CONNECTOR_API.runCardAction(customerId, connector.id, 'extend'), {
        conversationId,
        confirm: true,
      });
    expect((await run(other.agent, other.customer.id, other.conversation.id)).status).toBe(404);
    expect((await run(owner.agent, owner.customer.id, other.conversation.id)).status).toBe(404);
    expect((await owner.admin.request('GET', CONNECTOR_API.connector(connector.id))).status).toBe(200);
  });
});

describe('the API document', () => {
  it('describes the connector routes and what a signed endpoint receives and answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/connectors',
        '/api/v1/connectors/{id}',
        '/api/v1/connectors/{id}/rotate-secret',
        '/api/v1/customers/{customerId}/connectors',
        '/api/v1/customers/{customerId}/cards/{connectorId}',
        '/api/v1/customers/{customerId}/cards/{connectorId}/actions/{actionKey}',
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ConnectorSignedRequest', 'ConnectorCard', 'ConnectorActionAnswer']),
    );
  });
});
