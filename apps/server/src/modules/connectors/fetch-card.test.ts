import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorMapping } from '@sincere/contracts';
import { verifyWebhookSignature } from '../webhooks/webhook-signature';
import { fetchCardByGet, fetchSignedCard, MAX_CONNECTOR_ANSWER_BYTES, postAction } from './fetch-card';

const SECRET = 'whsec_connector_test';

/** The company's system, on a local port: each request is kept; each path answers its own way. */
interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
const json = (response: ServerResponse, status: number, body: unknown) =>
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const path = request.url ?? '/';
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ method: request.method ?? '', path, headers: request.headers, body });
    const signed = verifyWebhookSignature(SECRET, request.headers['sincere-signature'] as string | undefined, body);
    switch (path.split('?')[0]) {
      case '/customers/cus%2042/subscription':
        return json(response, 200, { plan: { name: 'Pro' }, renewsAt: '2025-03-01', seats: 12 });
      case '/orders':
        return json(response, 200, {
          data: {
            orders: [
              { id: 'A-1', total: 30, currency: 'EUR' },
              { id: 'A-2', total: 12.5, currency: 'EUR' },
            ],
          },
        });
      case '/signed':
        if (!signed) return json(response, 401, { message: 'Bad signature' });
        return json(response, 200, {
          title: 'Billing',
          fields: [{ label: 'Plan', value: 'Pro' }],
          actions: [{ id: 'extend', label: 'Extend 7 days', confirm: 'Extend?', payload: { days: 7 } }],
          somethingElse: true,
        });
      case '/signed-invalid':
        return json(response, 200, { fields: [{ label: '', value: { nested: true } }] });
      case '/failing':
        return json(response, 503, { message: 'Billing is under maintenance' });
      case '/html':
        return response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Hello</html>');
      case '/huge':
        // Chunked, without a content-length: the cap must hold while reading.
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(`{"pad":"${'x'.repeat(MAX_CONNECTOR_ANSWER_BYTES)}`);
        return response.end('"}');
      case '/silent':
        return; // never answers
      case '/trickle':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"plan":');
        return; // the rest never comes
      case '/redirect':
        return response.writeHead(302, { location: '/orders' }).end();
      case '/actions/extend':
        if (!signed) return json(response, 401, { message: 'Bad signature' });
        return json(response, 200, { message: 'Extended to 2025-03-08' });
      case '/actions/refund':
        return json(response, 422, { message: 'Order A-1 was already refunded' });
      case '/actions/plain':
        return response.writeHead(204).end();
      default:
        return json(response, 404, {});
    }
  });
});
let base = '';
let closedPort = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const receivedAt = (path: string) => received.filter((request) => request.path.split('?')[0] === path);
const values = { customer: { externalId: 'cus 42', email: 'olga@example.com' }, conversation: { id: 'conv-1' } };
const objectMapping = ConnectorMapping.parse({
  title: 'Subscription',
  fields: [
    { label: 'Plan', path: 'plan.name' },
    { label: 'Renews', path: 'renewsAt', format: 'date' },
    { label: 'Seats', path: 'seats' },
  ],
});
const get = (path: string, extra: Partial<Parameters<typeof fetchCardByGet>[0]> = {}) =>
  fetchCardByGet({ urlTemplate: `${base}${path}`, values, mapping: objectMapping, allowPrivate: true, ...extra });

describe('fetching a connector card', () => {
  it('GETs the URL filled for the customer, with its headers, and maps the answer', async () => {
    const result = await get('/customers/{{customer.externalId}}/subscription?email={{customer.email}}', {
      headers: { Authorization: 'Bearer sk_test_1', Host: 'evil.example', 'X-Api-Key': 'k-1' },
    });
    expect(result).toEqual({
      ok: true,
      card: {
        title: 'Subscription',
        fields: [
          { label: 'Plan', format: 'text', value: 'Pro' },
          { label: 'Renews', format: 'date', value: '2025-03-01' },
          { label: 'Seats', format: 'text', value: 12 },
        ],
      },
    });
    const [request] = receivedAt('/customers/cus%2042/subscription');
    expect(request?.path).toBe('/customers/cus%2042/subscription?email=olga%40example.com');
    expect(request?.method).toBe('GET');
    expect(request?.headers.authorization).toBe('Bearer sk_test_1');
    expect(request?.headers['x-api-key']).toBe('k-1');
    expect(request?.headers.host).toBe(base.slice('http://'.length));
  });

  it('makes one item per order in list mode', async () => {
    const mapping = ConnectorMapping.parse({
      mode: 'list',
      listPath: 'data.orders',
      itemTitlePath: 'id',
      fields: [{ label: 'Total', path: 'total', format: 'money', currencyPath: 'currency' }],
    });
    const result = await get('/orders', { mapping });
    expect(result).toEqual({
      ok: true,
      card: {
        fields: [],
        items: [
          { title: 'A-1', fields: [{ label: 'Total', format: 'money', value: 30, currency: 'EUR' }] },
          { title: 'A-2', fields: [{ label: 'Total', format: 'money', value: 12.5, currency: 'EUR' }] },
        ],
      },
    });
    const wrongPath = await get('/orders', { mapping: { ...mapping, listPath: 'orders' } });
    expect(wrongPath).toEqual({
      ok: false,
      code: 'invalid_response',
      error: 'The answer has nothing at orders, not a list',
    });
  });

  it('does not call the system when the customer lacks a value the URL needs', async () => {
    const before = received.length;
    const result = await get('/customers/{{customer.attributes.billingId}}', {
      values: { customer: { email: 'olga@example.com' } },
    });
    expect(result).toEqual({
      ok: false,
      code: 'missing_field',
      error: 'This card needs customer.attributes.billingId, which this customer does not have',
    });
    expect(received.length).toBe(before);
  });

  it('POSTs the customer signed to a signed endpoint and takes its card', async () => {
    const body = { type: 'card', customer: values.customer, conversation: values.conversation };
    const result = await fetchSignedCard({ url: `${base}/signed`, secret: SECRET, body, allowPrivate: true });
    expect(result).toEqual({
      ok: true,
      card: {
        title: 'Billing',
        fields: [{ label: 'Plan', value: 'Pro', format: 'text' }],
        actions: [{ id: 'extend', label: 'Extend 7 days', confirm: 'Extend?', payload: { days: 7 } }],
      },
    });
    const request = receivedAt('/signed').at(-1);
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual(body);

    const wrongSecret = await fetchSignedCard({
      url: `${base}/signed`,
      secret: 'whsec_other',
      body,
      allowPrivate: true,
    });
    expect(wrongSecret).toEqual({ ok: false, code: 'http_status', error: 'Answered 401: Bad signature' });
  });

  it('refuses a signed endpoint’s answer that is not a card, saying what is wrong', async () => {
    const result = await fetchSignedCard({
      url: `${base}/signed-invalid`,
      secret: SECRET,
      body: {},
      allowPrivate: true,
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid_response',
      error: expect.stringMatching(/^The answer is not a valid card \(fields\.0\.label: .*fields\.0\.value/),
    });
  });

  it('reports an error status with the system’s own message', async () => {
    expect(await get('/failing')).toEqual({
      ok: false,
      code: 'http_status',
      error: 'Answered 503: Billing is under maintenance',
    });
  });

  it('reports an answer that is not JSON', async () => {
    expect(await get('/html')).toEqual({
      ok: false,
      code: 'invalid_response',
      error: 'Answered with something that is not JSON',
    });
  });

  it('stops reading an answer larger than 1 MiB', async () => {
    expect(await get('/huge')).toEqual({
      ok: false,
      code: 'invalid_response',
      error: 'The answer is larger than 1 MiB',
    });
  });

  it('gives up on a slow system when the time is up, answer started or not', async () => {
    for (const path of ['/silent', '/trickle']) {
      const startedAt = Date.now();
      const result = await get(path, { timeoutMs: 200 });
      expect(result).toEqual({ ok: false, code: 'timeout', error: 'No answer within 0.2 s' });
      // About the timeout, far from the default 2 s: the rest of the page is not held up.
      expect(Date.now() - startedAt).toBeLessThan(1500);
    }
  });

  it('refuses a private address unless an admin allowed it', async () => {
    const before = received.length;
    expect(await get('/orders', { allowPrivate: false })).toEqual({
      ok: false,
      code: 'refused',
      error: 'Refused: 127.0.0.1 is a private or reserved address',
    });
    const named = await get('/orders', {
      allowPrivate: false,
      urlTemplate: `${base.replace('127.0.0.1', 'localhost')}/orders`,
    });
    expect(named).toMatchObject({ ok: false, code: 'refused', error: expect.stringMatching(/private or reserved/) });
    const action = await postAction({ url: `${base}/actions/extend`, body: {}, allowPrivate: false });
    expect(action).toEqual({ ok: false, error: 'Refused: 127.0.0.1 is a private or reserved address' });
    expect(received.length).toBe(before);
  });

  it('does not follow a redirect', async () => {
    const before = receivedAt('/orders').length;
    expect(await get('/redirect')).toEqual({
      ok: false,
      code: 'http_status',
      error: 'Answered 302 (redirects are not followed)',
    });
    expect(receivedAt('/orders')).toHaveLength(before);
  });

  it('reports a system that cannot be reached', async () => {
    const result = await get('/orders', { urlTemplate: `http://127.0.0.1:${closedPort}/orders` });
    expect(result).toMatchObject({
      ok: false,
      code: 'network',
      error: expect.stringMatching(/^Could not connect: the connection was refused/),
    });
  });
});

describe('posting a connector action', () => {
  it('signs the action for a signed endpoint and shows its message', async () => {
    const body = { type: 'action', action: { id: 'extend', payload: { days: 7 } }, customer: values.customer };
    const result = await postAction({ url: `${base}/actions/extend`, secret: SECRET, body, allowPrivate: true });
    expect(result).toEqual({ ok: true, statusCode: 200, message: 'Extended to 2025-03-08' });
    const request = receivedAt('/actions/extend').at(-1);
    expect(JSON.parse(request?.body ?? '')).toEqual(body);
  });

  it('sends an admin action with its headers, and reports a refusal with its reason', async () => {
    const refused = await postAction({
      url: `${base}/actions/refund`,
      headers: { Authorization: 'Bearer sk_test_1', 'Content-Type': 'text/plain' },
      body: { order: 'A-1' },
      allowPrivate: true,
    });
    expect(refused).toEqual({ ok: false, error: 'Answered 422: Order A-1 was already refunded' });
    const request = receivedAt('/actions/refund').at(-1);
    expect(request?.headers.authorization).toBe('Bearer sk_test_1');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['sincere-signature']).toBeUndefined();
    expect(JSON.parse(request?.body ?? '')).toEqual({ order: 'A-1' });

    expect(await postAction({ url: `${base}/actions/plain`, body: {}, allowPrivate: true })).toEqual({
      ok: true,
      statusCode: 204,
    });
  });
});
