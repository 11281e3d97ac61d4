import { afterAll, describe, expect, it } from 'vitest';
import { API, CUSTOMER_API } from '@sincere/contracts';
import { createTestApp } from '../testing/test-app';
import { seedAccountWithPeople } from '../testing/seed-people';
import { signIn, withToken, type Caller } from '../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace(name = 'Idempotency') {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'integration' });
  return { people, admin, api: withToken(t.app, token.body.secret) };
}

/** A POST with an Idempotency-Key header, as an integration would send it. */
async function post(caller: Caller, url: string, body: unknown, key: string | undefined) {
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { ...caller.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) },
    payload: body as Record<string, unknown>,
  });
  return { status: response.statusCode, headers: response.headers, body: response.body };
}

const opening = (text: string) => ({
  customer: { name: 'Ivan', email: 'ivan@example.com' },
  subject: 'Refund',
  message: { body: text },
});

async function conversationCount(caller: Caller): Promise<number> {
  const page = await caller.request('GET', `${API.conversations}?limit=200`);
  expect(page.status).toBe(200);
  return page.body.items.length;
}

describe('the Idempotency-Key header', () => {
  it('runs a repeated request once and replays its answer', async () => {
    const { api } = await workspace();
    const first = await post(api, API.conversations, opening('Please refund order 7'), 'order-7-refund');
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await post(api, API.conversations, opening('Please refund order 7'), 'order-7-refund');
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.body).toBe(first.body);
    expect(await conversationCount(api)).toBe(1);
  });

  it('refuses the same key with a different request, naming the header', async () => {
    const { api } = await workspace();
    expect((await post(api, API.conversations, opening('First'), 'key-1')).status).toBe(201);
    const other = await post(api, API.conversations, opening('Second'), 'key-1');
    expect(other.status).toBe(422);
    expect(JSON.parse(other.body).error.fields).toHaveProperty('Idempotency-Key');
    const otherPath = await post(api, CUSTOMER_API.customers, { name: 'Ivan' }, 'key-1');
    expect(otherPath.status).toBe(422);
    expect(await conversationCount(api)).toBe(1);
  });

  it('keeps keys per account: another account with the same key runs its own request', async () => {
    const one = await workspace('One');
    const two = await workspace('Two');
    const first = await post(one.api, API.conversations, opening('Same'), 'shared-key');
    const second = await post(two.api, API.conversations, opening('Same'), 'shared-key');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(JSON.parse(second.body).id).not.toBe(JSON.parse(first.body).id);
    expect(await conversationCount(one.api)).toBe(1);
    expect(await conversationCount(two.api)).toBe(1);
  });

  it('refuses a key that is empty, too long or not visible ASCII (400 naming the header)', async () => {
    const { api } = await workspace();
    for (const key of ['', 'has space', 'x'.repeat(256), '\u00e9t\u00e9']) {
      const refused = await post(api, API.conversations, opening('Bad key'), key);
      expect(refused.status, JSON.stringify(key)).toBe(400);
      expect(JSON.parse(refused.body).error.fields).toHaveProperty('Idempotency-Key');
    }
    expect((await post(api, API.conversations, opening('Long key'), 'x'.repeat(255))).status).toBe(201);
    expect(await conversationCount(api)).toBe(1);
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const { api, people } = await workspace();
    expect((await post(api, API.conversations, opening('Busy'), 'busy')).status).toBe(201);
    // Its row as it is while the first request runs: the key recorded, no answer yet.
    await t.database.query(
      "UPDATE idempotency_keys SET status_code = 0, response = '{}' WHERE account_id = $1 AND key = 'busy'",
      [people.account.id],
    );
    const busy = await post(api, API.conversations, opening('Busy'), 'busy');
    expect(busy.status).toBe(409);
    expect(JSON.parse(busy.body).error.code).toBe('conflict');
    // ...and a dead one's marker is taken over after a while.
    t.setNow(new Date(Date.now() + 10 * 60_000));
    try {
      expect((await post(api, API.conversations, opening('Busy'), 'busy')).status).toBe(201);
      expect(await conversationCount(api)).toBe(2);
    } finally {
      t.setNow(new Date());
    }
  });

  it('replays a client error too, and forgets a key after a day', async () => {
    const { api } = await workspace();
    const invalid = { customer: { name: 'Ivan' }, message: { body: '' } };
    const first = await post(api, API.conversations, invalid, 'invalid-once');
    expect(first.status).toBe(422);
    const again = await post(api, API.conversations, invalid, 'invalid-once');
    expect(again.status).toBe(422);
    expect(again.headers['idempotent-replayed']).toBe('true');

    expect((await post(api, API.conversations, opening('Day one'), 'daily')).status).toBe(201);
    t.setNow(new Date(Date.now() + 25 * 3600_000));
    try {
      const nextDay = await post(api, API.conversations, opening('Day one'), 'daily');
      expect(nextDay.status).toBe(201);
      expect(nextDay.headers['idempotent-replayed']).toBeUndefined();
    } finally {
      t.setNow(new Date());
    }
    expect(await conversationCount(api)).toBe(2);
  });

  it('is ignored without an API token, and without the header', async () => {
    const { api, admin } = await workspace();
    const session = await t.app.inject({
      method: 'POST',
      url: API.conversations,
      headers: { ...admin.headers, 'idempotency-key': 'web' },
      payload: opening('From the web app'),
    });
    expect(session.statusCode).toBe(201);
    const sessionAgain = await t.app.inject({
      method: 'POST',
      url: API.conversations,
      headers: { ...admin.headers, 'idempotency-key': 'web' },
      payload: opening('From the web app'),
    });
    expect(sessionAgain.headers['idempotent-replayed']).toBeUndefined();
    await post(api, API.conversations, opening('No key'), undefined);
    await post(api, API.conversations, opening('No key'), undefined);
    expect(await conversationCount(api)).toBe(4);
  });
});
