import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, WIDGET_API } from '@sincere/contracts';
import { channels, customerIdentities, customers, messages } from '@sincere/db';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';
import { seedWebChannel, widgetCaller } from './testing/widget-client';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function workspace(settings: Parameters<typeof seedWebChannel>[2] = {}) {
  const people = await seedAccountWithPeople(t.database, `Widget ${randomUUID()}`);
  const web = await seedWebChannel(t, people.account.id, settings);
  const agent = await signIn(t.app, people.agent.email);
  return { ...people, ...web, agent };
}

async function identitiesOf(accountId: string, customerId: string) {
  return t.database.db
    .select({ kind: customerIdentities.kind, value: customerIdentities.value })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.accountId, accountId), eq(customerIdentities.customerId, customerId)));
}

async function customerOfMessage(accountId: string, conversationId: string, agent: Caller) {
  const detail = await agent.request('GET', API.conversation(conversationId));
  expect(detail.status).toBe(200);
  return detail.body.customer.id as string;
}

describe('widget sessions', () => {
  it('gives an anonymous visitor a token that is stored only as its SHA-256', async () => {
    const w = await workspace({ greeting: { en: 'Hello from the shop' }, color: '#ff5500' });
    const visitor = widgetCaller(t);
    const opened = await visitor.session({ key: w.channel.address });
    expect(opened.status).toBe(200);
    expect(opened.body.visitorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(opened.body.customer).toEqual({ identified: false, name: null, email: null });
    expect(opened.body.channel).toMatchObject({
      color: '#ff5500',
      greeting: { en: 'Hello from the shop' },
      open: true,
    });

    const sent = await visitor.send('Hello, is my order shipped?', randomUUID());
    expect(sent.status).toBe(201);
    const customerId = await customerOfMessage(w.account.id, sent.body.conversationId, w.agent);
    const identities = await identitiesOf(w.account.id, customerId);
    const hashed = createHash('sha256').update(opened.body.visitorToken).digest('hex');
    expect(identities).toEqual([{ kind: 'web_visitor', value: hashed }]);

    // The same browser comes back with its token: the same customer and conversation.
    const again = widgetCaller(t);
    await again.session({ key: w.channel.address, visitorToken: opened.body.visitorToken });
    const history = await again.history();
    expect(history.body.conversation.id).toBe(sent.body.conversationId);
    expect(history.body.messages.map((message: { body: string }) => message.body)).toEqual([
      'Hello, is my order shipped?',
    ]);
  });

  it('records the visitor’s own language tag as a new customer’s locale, and refuses a malformed one', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    // The widget speaks English to a Malaysian browser; the customer's locale is still theirs.
    expect((await visitor.session({ key: w.channel.address, locale: 'en', customerLocale: 'ms-MY' })).status).toBe(200);
    const sent = await visitor.send('Saya nak tanya pasal pesanan', randomUUID());
    expect(sent.status).toBe(201);
    const detail = await w.agent.request('GET', API.conversation(sent.body.conversationId));
    expect(detail.body.customer.locale).toBe('ms-MY');

    const bad = await widgetCaller(t).session({ key: w.channel.address, customerLocale: 'not a tag' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty('customerLocale');
  });

  it('knows a site’s user by the HMAC of their id', async () => {
    const w = await workspace();
    const user = widgetCaller(t);
    const opened = await user.session({
      key: w.channel.address,
      user: { id: 'user-42', hash: w.sign('user-42'), name: 'Ada Lovelace', email: 'ada@example.com' },
    });
    expect(opened.status).toBe(200);
    expect(opened.body.visitorToken).toBeNull();
    expect(opened.body.customer).toMatchObject({ identified: true, name: 'Ada Lovelace' });
    const sent = await user.send('Hi, it is Ada', randomUUID());
    expect(sent.status).toBe(201);
    const customerId = await customerOfMessage(w.account.id, sent.body.conversationId, w.agent);
    expect(await identitiesOf(w.account.id, customerId)).toEqual([{ kind: 'web_user', value: 'user-42' }]);
    const detail = await w.agent.request('GET', API.conversation(sent.body.conversationId));
    expect(detail.body.customer.name).toBe('Ada Lovelace');
  });

  it('refuses a wrongly signed or unsigned user with 401 and nothing to read', async () => {
    const w = await workspace();
    const ada = widgetCaller(t);
    await ada.session({ key: w.channel.address, user: { id: 'user-1', hash: w.sign('user-1') } });
    await ada.send('Private: my card ends in 4242', randomUUID());

    const forger = widgetCaller(t);
    // Ada's own hash with its first digit changed (upper-cased too: hex case must not matter to the check).
    const good = w.sign('user-1');
    const altered = `${good.startsWith('f') ? '0' : 'F'}${good.slice(1).toUpperCase()}`;
    for (const hash of [w.sign('user-2'), '0'.repeat(64), altered]) {
      const refused = await forger.session({ key: w.channel.address, user: { id: 'user-1', hash } });
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('unauthenticated');
      expect(refused.body.token).toBeUndefined();
    }
    // Without a session nothing answers; a made-up token neither.
    expect((await forger.history()).status).toBe(401);
    forger.token = 'eyJhIjoiMSJ9.bm9wZQ';
    expect((await forger.history()).status).toBe(401);
    expect((await forger.send('Let me in', randomUUID())).status).toBe(401);
    // A valid session of another channel's secret does not open this one.
    const other = await seedWebChannel(t, w.account.id);
    const elsewhere = widgetCaller(t);
    await elsewhere.session({ key: other.channel.address, user: { id: 'user-1', hash: other.sign('user-1') } });
    const history = await elsewhere.history();
    expect(history.status).toBe(200);
    expect(history.body).toEqual({ conversation: null, messages: [] });
  });

  it('refuses anonymous visitors when the site signs its users, even with a session from before', async () => {
    const w = await workspace();
    const early = widgetCaller(t);
    expect((await early.session({ key: w.channel.address })).status).toBe(200);

    const strict = await seedWebChannel(t, w.account.id, { requireIdentity: true });
    const visitor = widgetCaller(t);
    const refused = await visitor.session({ key: strict.channel.address });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const user = await visitor.session({
      key: strict.channel.address,
      user: { id: 'u-7', hash: strict.sign('u-7') },
    });
    expect(user.status).toBe(200);

    // The channel switches to signed users only: sessions of anonymous visitors stop working.
    await t.database.db
      .update(channels)
      .set({ settings: { ...w.channel.settings, requireIdentity: true } })
      .where(eq(channels.id, w.channel.id));
    expect((await early.history()).status).toBe(401);
  });

  it('answers an unknown key with 404 and a malformed request with 422', async () => {
    const visitor = widgetCaller(t);
    expect((await visitor.session({ key: 'wk_nope' })).status).toBe(404);
    expect((await visitor.session({ key: 'wk_nope', visitorToken: 'short' })).status).toBe(422);
    expect((await visitor.session({ key: 'wk_nope', user: { id: 'x', hash: 'not-hex' } })).status).toBe(422);
  });
});

describe('the visitor’s conversation', () => {
  it('shows the customer’s messages and the team’s replies, never notes', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    await visitor.session({ key: w.channel.address });
    const sent = await visitor.send('Where is my parcel?', randomUUID());
    const conversationId = sent.body.conversationId as string;
    const note = await w.agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      body: 'Internal: this customer is a reseller',
    });
    expect(note.status).toBe(201);
    const reply = await w.agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'outbound',
      body: 'It left our warehouse today.',
    });
    expect(reply.status).toBe(201);

    const history = await visitor.history();
    expect(history.status).toBe(200);
    expect(history.body.messages.map((m: { direction: string; body: string }) => [m.direction, m.body])).toEqual([
      ['inbound', 'Where is my parcel?'],
      ['outbound', 'It left our warehouse today.'],
    ]);
    expect(history.body.messages[1].author.name).toBe(`agent of ${w.account.name}`);
    expect(JSON.stringify(history.body)).not.toContain('reseller');
  });

  it('shows another visitor nothing of the first, whatever ids they send', async () => {
    const w = await workspace();
    const first = widgetCaller(t);
    await first.session({ key: w.channel.address });
    const clientMessageId = randomUUID();
    const sent = await first.send('My address is 1 Secret Lane', clientMessageId);
    const upload = await first.call(
      'POST',
      `${WIDGET_API.attachments}?name=passport.txt`,
      Buffer.from('passport number 123'),
      { 'content-type': 'text/plain' },
    );
    expect(upload.status).toBe(201);
    const fileId = upload.body.message.attachments[0].id as string;

    const second = widgetCaller(t);
    await second.session({ key: w.channel.address });
    expect((await second.history()).body).toEqual({ conversation: null, messages: [] });
    expect((await second.call('GET', WIDGET_API.attachment(fileId))).status).toBe(404);
    // The first visitor's client id names a new message of the second's own, in a conversation of their own.
    const same = await second.send('Hello', clientMessageId);
    expect(same.status).toBe(201);
    expect(same.body.message.id).not.toBe(sent.body.message.id);
    expect(same.body.conversationId).not.toBe(sent.body.conversationId);
    expect(JSON.stringify((await second.history()).body)).not.toContain('Secret Lane');

    // The owner reads the file back.
    const download = await first.call('GET', WIDGET_API.attachment(fileId));
    expect(download.status).toBe(200);
    expect(download.body).toBe('passport number 123');
  });

  it('stores a message once however often the same clientMessageId is sent', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    await visitor.session({ key: w.channel.address });
    const clientMessageId = randomUUID();
    const first = await visitor.send('Only once please', clientMessageId);
    const again = await visitor.send('Only once please', clientMessageId);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.message.id).toBe(first.body.message.id);
    const stored = await t.database.db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.accountId, w.account.id), eq(messages.conversationId, first.body.conversationId)));
    expect(stored).toHaveLength(1);
  });

  it('continues the latest conversation, reopening it once resolved', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    await visitor.session({ key: w.channel.address });
    const first = await visitor.send('First question', randomUUID());
    const resolved = await w.agent.request('PATCH', API.conversation(first.body.conversationId), {
      status: 'resolved',
    });
    expect(resolved.status).toBe(200);
    const next = await visitor.send('One more thing', randomUUID());
    expect(next.body.conversationId).toBe(first.body.conversationId);
    const detail = await w.agent.request('GET', API.conversation(first.body.conversationId));
    expect(detail.body.status).toBe('open');
  });

  it('refuses a file over the attachment limit with 413 and an empty one with 422', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    await visitor.session({ key: w.channel.address });
    const tooBig = await visitor.call(
      'POST',
      `${WIDGET_API.attachments}?name=big.bin`,
      Buffer.alloc(t.ctx.config.attachments.maxBytes + 1),
      { 'content-type': 'application/octet-stream' },
    );
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('payload_too_large');
    const empty = await visitor.call('POST', `${WIDGET_API.attachments}?name=empty.txt`, Buffer.alloc(0), {
      'content-type': 'text/plain',
    });
    expect(empty.status).toBe(422);
    expect((await visitor.history()).body.messages).toEqual([]);
  });

  it('records the email a visitor leaves outside business hours', async () => {
    const w = await workspace({
      businessHours: {
        timeZone: 'UTC',
        weekly: {
          monday: [{ start: '09:00', end: '17:00' }],
          tuesday: [],
          wednesday: [],
          thursday: [],
          friday: [],
          saturday: [],
          sunday: [],
        },
        holidays: [],
        holidayCountry: null,
        alwaysOpen: false,
      },
    });
    t.setNow(new Date('2031-01-05T12:00:00Z')); // a Sunday
    try {
      const visitor = widgetCaller(t);
      const opened = await visitor.session({ key: w.channel.address });
      expect(opened.body.channel).toMatchObject({ open: false, opensAt: '2031-01-06T09:00:00.000Z' });
      const saved = await visitor.call('POST', WIDGET_API.contact, { email: 'Grace@Example.com', name: 'Grace' });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ email: 'grace@example.com', opensAt: '2031-01-06T09:00:00.000Z' });
      const [identity] = await t.database.db
        .select()
        .from(customerIdentities)
        .where(and(eq(customerIdentities.accountId, w.account.id), eq(customerIdentities.value, 'grace@example.com')));
      expect(identity?.kind).toBe('email');
      const [customer] = await t.database.db
        .select()
        .from(customers)
        .where(and(eq(customers.accountId, w.account.id), eq(customers.id, identity?.customerId ?? '')));
      expect(customer).toMatchObject({ email: 'grace@example.com', name: 'Grace' });
      expect((await visitor.call('POST', WIDGET_API.contact, { email: 'not an email' })).status).toBe(422);
    } finally {
      // Back to the real clock.
      t.setNow(null as unknown as Date);
    }
  });

  it('never lets an email someone types lead to another customer’s conversations', async () => {
    const w = await workspace();
    const owner = widgetCaller(t);
    await owner.session({ key: w.channel.address });
    await owner.call('POST', WIDGET_API.contact, { email: 'owner@example.com' });
    await owner.send('Owner’s private question', randomUUID());
    const intruder = widgetCaller(t);
    await intruder.session({ key: w.channel.address });
    expect((await intruder.call('POST', WIDGET_API.contact, { email: 'owner@example.com' })).status).toBe(200);
    expect((await intruder.history()).body).toEqual({ conversation: null, messages: [] });
  });
});

describe('the widget’s HTTP boundary', () => {
  it('serves the script to any site, cacheable, with a cross-origin resource policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: WIDGET_API.script });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['cache-control']).toContain('public');
    expect(response.body).toContain('Sincere');
    const again = await t.app.inject({
      method: 'GET',
      url: WIDGET_API.script,
      headers: { 'if-none-match': String(response.headers['etag']) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a site outside the channel’s allowed origins', async () => {
    const w = await workspace({ allowedOrigins: ['https://shop.example'] });
    const shop = widgetCaller(t, { origin: 'https://shop.example' });
    const allowed = await shop.session({ key: w.channel.address });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example');
    const history = await shop.history();
    expect(history.headers['access-control-allow-origin']).toBe('https://shop.example');

    const evil = widgetCaller(t, { origin: 'https://evil.example' });
    const refused = await evil.session({ key: w.channel.address });
    expect(refused.status).toBe(403);
    // Evil's page holding a stolen token is refused too, and the browser is not allowed to read the answer.
    evil.token = shop.token;
    const read = await evil.history();
    expect(read.status).toBe(403);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    expect((await evil.send('spam', randomUUID())).status).toBe(403);
  });

  it('ignores an agent’s session cookie and needs no CSRF token', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    const cookie = w.agent.headers['cookie'] ?? '';
    const opened = await visitor.call('POST', WIDGET_API.sessions, { key: w.channel.address }, { cookie });
    expect(opened.status).toBe(200);
    visitor.token = opened.body.token;
    expect(
      (await visitor.call('POST', WIDGET_API.messages, { body: 'hi', clientMessageId: randomUUID() }, { cookie }))
        .status,
    ).toBe(201);
  });

  it('limits requests per visitor and per IP address with 429 and Retry-After', async () => {
    const w = await workspace();
    const limits = t.ctx.config.widget;
    const before = limits.rateLimitPerMinute;
    limits.rateLimitPerMinute = 3;
    try {
      const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const visitor = widgetCaller(t, { ip });
      expect((await visitor.session({ key: w.channel.address })).status).toBe(200);
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await visitor.history()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await visitor.history();
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

      // Another visitor behind the same address still gets through, until the address's own limit (10×).
      const neighbour = widgetCaller(t, { ip });
      expect((await neighbour.session({ key: w.channel.address })).status).toBe(200);
      expect((await neighbour.history()).status).toBe(200);
      const flood = [];
      for (let i = 0; i < 30; i += 1) flood.push((await neighbour.session({ key: w.channel.address })).status);
      expect(flood).toContain(429);
    } finally {
      limits.rateLimitPerMinute = before;
    }
  });
});
