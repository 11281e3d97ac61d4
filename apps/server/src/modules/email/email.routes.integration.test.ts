import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API, EMAIL_API } from '@sincere/contracts';
import { channels, messages } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

let seq = 0;
async function workspace() {
  seq += 1;
  const people = await seedAccountWithPeople(t.database, `Email routes ${seq}`);
  const admin = await signIn(t.app, people.admin.email);
  const token = (await admin.request('POST', API.apiTokens, { name: 'mail gateway' })).body.secret as string;
  const agent = await signIn(t.app, people.agent.email);
  const agentToken = (await agent.request('POST', API.apiTokens, { name: 'agent' })).body.secret as string;
  const address = `routes${seq}-${Date.now()}@acme.test`;
  const [email] = await t.database.db
    .insert(channels)
    .values({ accountId: people.account.id, kind: 'email', name: 'Support', address, settings: { address } })
    .returning();
  const [web] = await t.database.db
    .insert(channels)
    .values({ accountId: people.account.id, kind: 'web', name: 'Site', address: `key-${seq}-${Date.now()}` })
    .returning();
  if (!email || !web) throw new Error('no channel');
  return { people, admin, agent, token, agentToken, email, web };
}

const raw = (messageId: string, extra: string[] = [], body = 'Hello, my order is late.\n\n> old quote') =>
  Buffer.from(
    [
      'From: Ann <ann@example.com>',
      'To: support@acme.test',
      'Subject: Late order',
      `Message-ID: <${messageId}>`,
      ...extra,
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
    ].join('\r\n'),
  );

function post(channelId: string, token: string, payload: Buffer | string, type = 'message/rfc822') {
  return t.app.inject({
    method: 'POST',
    url: EMAIL_API.inbound(channelId),
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    payload,
  });
}

describe('the raw-MIME inbound endpoint', () => {
  it('stores a posted email once, however often it is posted', async () => {
    const { people, email, token } = await workspace();
    const first = await post(email.id, token, raw('route-1@example.com'));
    expect(first.statusCode).toBe(200);
    const body = first.json<{ outcome: { conversationId: string; messageId: string; created: boolean } }>();
    expect(body.outcome.created).toBe(true);
    const again = await post(email.id, token, raw('route-1@example.com'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ outcome: { ...body.outcome, created: false } });
    const rows = await t.database.db.select().from(messages).where(eq(messages.accountId, people.account.id));
    expect(rows.map((row) => row.body)).toEqual(['Hello, my order is late.']);
  });

  it('accepts and drops a bounce with 202 and the reason', async () => {
    const { email, token } = await workspace();
    const response = await post(email.id, token, raw('bounce-1@example.com', ['Auto-Submitted: auto-replied']));
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ignored: true, reason: expect.stringContaining('Auto-Submitted') });
  });

  it('answers 404 for another account’s channel and 422 for a channel that is not email', async () => {
    const mine = await workspace();
    const theirs = await workspace();
    expect((await post(theirs.email.id, mine.token, raw('x@example.com'))).statusCode).toBe(404);
    const web = await post(mine.web.id, mine.token, raw('y@example.com'));
    expect(web.statusCode).toBe(422);
    expect(web.json().error.message).toContain('not email');
  });

  it('refuses what is not an email with 422, another content type with 415, and non-admins with 403', async () => {
    const { email, token, agentToken } = await workspace();
    const garbage = await post(email.id, token, 'no headers here, just words');
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().error.code).toBe('validation_failed');
    expect((await post(email.id, token, '{"a":1}', 'application/json')).statusCode).toBe(415);
    expect((await post(email.id, agentToken, raw('z@example.com'))).statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: EMAIL_API.inbound(email.id),
      headers: { 'content-type': 'message/rfc822' },
      payload: raw('w@example.com'),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a message larger than the limit with 413', async () => {
    const { email, token } = await workspace();
    const huge = raw('big@example.com', [], 'x'.repeat(31 * 1024 * 1024));
    const response = await post(email.id, token, huge);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });
});

describe('the original of an inbound email', () => {
  it('shows the full text, the quoted part and sanitised HTML to any role of the account, and 404 to others', async () => {
    const { email, token, agent, people } = await workspace();
    const html = Buffer.from(
      [
        'From: Ann <ann@example.com>',
        'Subject: html',
        'Message-ID: <html-1@example.com>',
        'Content-Type: multipart/alternative; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'New words.',
        '',
        'On Mon, 28 Apr 2025 at 10:00, Support <s@acme.test> wrote:',
        '> Old words.',
        '--b',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p onmouseover="x()">New words.</p><script>evil()</script><blockquote>Old words.</blockquote>',
        '--b--',
      ].join('\r\n'),
    );
    const { outcome } = (await post(email.id, token, html)).json<{ outcome: { messageId: string } }>();
    const reviewer = await signIn(t.app, people.reviewer.email);
    for (const caller of [agent, reviewer]) {
      const response = await caller.request('GET', EMAIL_API.messageOriginal(outcome.messageId));
      expect(response.status).toBe(200);
      expect(response.body.quoted).toContain('> Old words.');
      expect(response.body.text).toContain('New words.');
      expect(response.body.html).toContain('<blockquote>Old words.</blockquote>');
      expect(response.body.html).not.toContain('script');
      expect(response.body.html).not.toContain('onmouseover');
    }
    const stranger = await workspace();
    expect((await stranger.agent.request('GET', EMAIL_API.messageOriginal(outcome.messageId))).status).toBe(404);
  });
});
