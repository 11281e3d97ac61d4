import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, CSRF_HEADER, ErrorBody, SESSION_COOKIE } from '@sincere/contracts';
import { createTestApp } from '../testing/test-app';
import { seedAccountWithPeople, TEST_PASSWORD } from '../testing/seed-people';
import { signIn, type Caller } from '../testing/http-client';
import { encodeCursor } from './keyset-cursor';

const t = await createTestApp();
afterAll(() => t.close());

let people: Awaited<ReturnType<typeof seedAccountWithPeople>>;
let admin: Caller;
beforeAll(async () => {
  people = await seedAccountWithPeople(t.database);
  admin = await signIn(t.app, people.admin.email);
});

/** Headers of a fresh admin session, for requests the Caller helper cannot express (raw bodies, odd content types). */
async function adminHeaders(): Promise<Record<string, string>> {
  const response = await t.app.inject({
    method: 'POST',
    url: API.signIn,
    payload: { email: people.admin.email, password: TEST_PASSWORD },
  });
  const cookie = response.cookies.find((entry) => entry.name === SESSION_COOKIE);
  return {
    cookie: `${SESSION_COOKIE}=${cookie?.value ?? ''}`,
    [CSRF_HEADER]: response.json<{ csrfToken: string }>().csrfToken,
  };
}

function expectError(response: { statusCode: number; body: string }, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  const body = ErrorBody.parse(JSON.parse(response.body));
  expect(body.error.code).toBe(code);
  return body;
}

describe('answers to malformed requests', () => {
  it('refuses a body that is not valid JSON with 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: API.signIn,
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", ',
    });
    expectError(response, 400, 'bad_request');
  });

  for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/xml']) {
    it(`refuses a ${type} body with 415`, async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: API.signIn,
        headers: { 'content-type': type },
        payload: 'email=a@b.c&password=whatever',
      });
      expectError(response, 415, 'unsupported_media_type');
    });
  }

  it('refuses an unknown field with 422, naming it', async () => {
    const response = await admin.request('POST', API.apiTokens, { name: 'ci', scopes: ['all'] });
    expect(response.status).toBe(422);
    expect(ErrorBody.parse(response.body).error).toMatchObject({
      code: 'validation_failed',
      fields: { scopes: 'Unknown field' },
    });
  });

  it('refuses a field of the wrong type with 422, naming it', async () => {
    const response = await admin.request('POST', API.apiTokens, { name: 'ci', expiresInDays: 'soon' });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toEqual(['expiresInDays']);
  });

  it('refuses text with a NUL character, which PostgreSQL cannot store, with 422 naming the field', async () => {
    const inBody = await admin.request('POST', API.apiTokens, { name: 'ci\u0000' });
    expect(inBody.status).toBe(422);
    expect(inBody.body.error.fields).toEqual({ name: 'Must not contain the NUL character' });
    const inQuery = await admin.request('GET', `${API.conversations}?tags=a%00b`);
    expect(inQuery.status).toBe(422);
    expect(Object.keys(inQuery.body.error.fields)).toEqual(['tags']);
  });

  it('refuses an id that is not a UUID with 422, naming `id`', async () => {
    for (const url of [API.user('42'), API.conversation('not-a-uuid'), API.apiToken("1' OR '1'='1")]) {
      const method = url.startsWith(API.apiTokens) ? 'DELETE' : 'GET';
      const response = await admin.request(method, url);
      expect(response.status, url).toBe(422);
      expect(response.body.error.fields).toHaveProperty('id');
    }
  });

  it('refuses a cursor it did not issue with 422, naming `cursor`', async () => {
    const forged = [
      'garbage',
      Buffer.from('null').toString('base64url'),
      Buffer.from('{"at":1}').toString('base64url'),
      encodeCursor(new Date(), '-'.repeat(36)),
      encodeCursor(new Date(), 'ffffffff-ffff-ffff-ffff-fffffffffffz'.replace('z', '-')),
      Buffer.from(JSON.stringify(['-200000-01-01T00:00:00.000Z', randomUUID()])).toString('base64url'),
      Buffer.from(JSON.stringify(['+275000-01-01T00:00:00.000Z', randomUUID()])).toString('base64url'),
    ];
    for (const list of [API.auditLog, API.conversations]) {
      for (const cursor of forged) {
        const response = await admin.request('GET', `${list}?cursor=${encodeURIComponent(cursor)}`);
        expect(response.status, `${list} ${cursor}`).toBe(422);
        expect(response.body.error.fields).toHaveProperty('cursor');
      }
    }
  });

  it('refuses a page size out of range with 422, naming `limit`', async () => {
    for (const limit of ['0', '201', 'ten', '1.5']) {
      const response = await admin.request('GET', `${API.auditLog}?limit=${limit}`);
      expect(response.status, limit).toBe(422);
      expect(response.body.error.fields).toHaveProperty('limit');
    }
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await t.app.inject({ method, url: '/api/v1/no-such-thing?x=1' });
      const body = expectError(response, 404, 'not_found');
      expect(body.error.message).toContain('/api/v1/no-such-thing');
    }
  });

  it('refuses a body over the size limit with 413', async () => {
    const headers = { ...(await adminHeaders()), 'content-type': 'application/json' };
    const payload = JSON.stringify({ name: 'x'.repeat(1_100_000) });
    expectError(await t.app.inject({ method: 'PATCH', url: API.me, headers, payload }), 413, 'payload_too_large');
  });
});

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}
type OpenApiDocument = { openapi: string; paths: Record<string, Record<string, OpenApiOperation>> };

const HUGE = 'x'.repeat(100_000);
const JUNK_VALUES: unknown[] = [null, 12345, -1, true, [], {}, '', HUGE, ['a', { b: null }]];

/** Bodies a careless or hostile client might send: wrong shapes, and each field set to each junk value. */
function junkBodies(operation: OpenApiOperation): unknown[] {
  const properties = Object.keys(operation.requestBody?.content?.['application/json']?.schema?.properties ?? {});
  const bodies: unknown[] = [{}, null, [], 'text', 0, { unexpected: true }];
  for (const value of JUNK_VALUES) {
    bodies.push(Object.fromEntries(properties.map((name) => [name, value])));
    for (const name of properties) bodies.push({ [name]: value });
  }
  return bodies;
}

const JUNK_PARAMS = [randomUUID(), 'not-a-uuid', '0', HUGE.slice(0, 2_000), '%00', '..%2F..', '%E2%82'];
/** Each URL with a harmless body, and each body at a URL naming a real user: every junk value is tried once. */
function junkRequests(urls: string[], bodies: unknown[]): [string, unknown][] {
  const [first = '', ...otherUrls] = urls;
  return [
    ...bodies.map((body): [string, unknown] => [first, body]),
    ...otherUrls.map((url): [string, unknown] => [url, bodies[0]]),
  ];
}
const JUNK_QUERIES = ['', 'null', '-1', '1e309', HUGE.slice(0, 2_000), '%00', '[]'];

describe('every route in the OpenAPI document', () => {
  it('answers junk with a 4xx in the error shape, never a 500', async () => {
    const doc = (await admin.request('GET', '/api/openapi.json')).body as OpenApiDocument;
    const shared = await adminHeaders();
    let requests = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // Signing out gets a session of its own, so that it cannot spoil the other routes' requests.
        const headers = path === API.signOut ? await adminHeaders() : shared;
        const params = [people.agent.id, ...JUNK_PARAMS];
        const urls = path.includes('{') ? params.map((value) => path.replace(/\{[^}]+\}/g, value)) : [path];
        const queries = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
        for (const parameter of queries) {
          for (const value of JUNK_QUERIES) urls.push(`${path}?${parameter.name}=${value}`);
          urls.push(`${path}?${parameter.name}=1&${parameter.name}=2`);
        }
        const bodies = operation.requestBody ? junkBodies(operation) : [undefined];
        for (const [url, body] of junkRequests(urls, bodies)) {
          const response = await t.app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
          });
          requests += 1;
          const what = `${method.toUpperCase()} ${url.slice(0, 120)} ${JSON.stringify(body)?.slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, what).toBeLessThan(500);
          if (response.statusCode >= 400)
            expect(ErrorBody.safeParse(JSON.parse(response.body)).success, what).toBe(true);
        }
      }
    }
    expect(requests).toBeGreaterThan(150);
    // Thousands of requests, more with every route: a correctness check, given the time it needs.
  }, 180_000);
});

describe('the API description and health checks', () => {
  it('publishes an OpenAPI 3.1 document that describes signing in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const signInBody = doc.paths[API.signIn]?.post?.requestBody?.content?.['application/json']?.schema;
    expect(signInBody?.properties).toHaveProperty('email');
    expect(signInBody?.properties).toHaveProperty('password');
    expect(signInBody?.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([API.users, API.apiTokens, API.auditLog, API.conversations]),
    );
  });

  it('serves the API documentation as a web page', async () => {
    let response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops += 1) {
      const location = new URL(String(response.headers.location), 'http://sincere.test/api/docs');
      response = await t.app.inject({ method: 'GET', url: location.pathname });
    }
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<html');
  });

  it('says it is alive and ready', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', engine: t.database.engine });
  });
});
