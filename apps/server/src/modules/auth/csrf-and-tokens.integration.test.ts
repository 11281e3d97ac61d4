import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { apiTokens, auditLog, users } from '@sincere/db';
import { API, CSRF_HEADER, SESSION_COOKIE } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople, TEST_PASSWORD } from '../../testing/seed-people';
import { anonymous, signIn, withToken, type Caller } from '../../testing/http-client';
import { hashSecret } from './secret-token';

const t = await createTestApp();
afterAll(() => t.close());

const DAY = 86_400_000;

/** A signed-in browser whose requests carry the cookie and whatever CSRF header the test chooses. */
async function browserOf(email: string) {
  const response = await t.app.inject({ method: 'POST', url: API.signIn, payload: { email, password: TEST_PASSWORD } });
  const cookie = response.cookies.find((entry) => entry.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`sign-in of ${email} failed: ${response.statusCode}`);
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return {
    csrfToken,
    async send(
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: string,
      csrf: string | null,
      payload?: Record<string, unknown>,
    ) {
      const headers: Record<string, string> = { cookie: `${SESSION_COOKIE}=${cookie.value}` };
      if (csrf !== null) headers[CSRF_HEADER] = csrf;
      const reply = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      return { status: reply.statusCode, body: reply.body ? reply.json() : null };
    },
  };
}

async function createToken(
  caller: Caller,
  name: string,
  expiresInDays?: number,
): Promise<{ id: string; secret: string }> {
  const created = await caller.request('POST', API.apiTokens, { name, ...(expiresInDays ? { expiresInDays } : {}) });
  expect(created.status).toBe(201);
  return { id: created.body.token.id, secret: created.body.secret };
}

describe('CSRF protection of cookie sessions', () => {
  for (const [label, csrf] of [
    ['without a', null],
    ['with a wrong', 'not-the-session-token-not-the-session-token'],
  ] as const) {
    it(`refuses a POST, PATCH and DELETE ${label} ${CSRF_HEADER} header and changes nothing`, async () => {
      const { admin, agent } = await seedAccountWithPeople(t.database);
      const browser = await browserOf(admin.email);
      const token = await createToken(await signIn(t.app, admin.email), 'existing');
      const inviteEmail = `csrf-${randomUUID().slice(0, 8)}@example.test`;

      const attempts = [
        await browser.send('POST', API.invitations, csrf, { email: inviteEmail, name: 'Nobody', role: 'agent' }),
        await browser.send('PATCH', API.user(agent.id), csrf, { role: 'lead' }),
        await browser.send('DELETE', API.apiToken(token.id), csrf),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(403);
        expect(attempt.body.error.code).toBe('csrf_failed');
      }

      const [invited] = await t.database.db.select().from(users).where(eq(users.email, inviteEmail));
      expect(invited).toBeUndefined();
      const [agentRow] = await t.database.db.select().from(users).where(eq(users.id, agent.id));
      expect(agentRow?.role).toBe('agent');
      const [tokenRow] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
      expect(tokenRow?.revokedAt).toBeNull();
    });
  }

  it('refuses a forged request before looking at its body', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const browser = await browserOf(admin.email);
    const forged = await browser.send('POST', API.invitations, null, { email: 'not an email', role: 'owner' });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('csrf_failed');
  });

  it('accepts the same change with the session’s CSRF token', async () => {
    const { admin, agent } = await seedAccountWithPeople(t.database);
    const browser = await browserOf(admin.email);
    const changed = await browser.send('PATCH', API.user(agent.id), browser.csrfToken, { role: 'lead' });
    expect(changed.status).toBe(200);
    expect(changed.body.role).toBe('lead');
  });

  it('needs no CSRF token to read', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const browser = await browserOf(admin.email);
    const listed = await browser.send('GET', API.users, null);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(4);
  });
});

describe('API tokens', () => {
  it('shows the secret once, with the snc_ prefix, and never lists the secret or its hash', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, agent.email);
    const created = await caller.request('POST', API.apiTokens, { name: 'CI', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const { secret, token } = created.body;
    expect(secret).toMatch(/^snc_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'CI', user: { id: agent.id }, revokedAt: null, lastUsedAt: null });
    expect(secret.startsWith(token.prefix)).toBe(true);

    const listed = await caller.request('GET', API.apiTokens);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([token.id]);
    const text = JSON.stringify(listed.body);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(hashSecret(secret));
    expect(Object.keys(listed.body.items[0])).not.toContain('tokenHash');
  });

  it('authenticates as its owner with Authorization: Bearer, without any CSRF header', async () => {
    const { lead, account } = await seedAccountWithPeople(t.database);
    const { secret } = await createToken(await signIn(t.app, lead.email), 'script');
    const bot = withToken(t.app, secret);

    const read = await bot.request('GET', API.account);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(account.id);
    const write = await bot.request('PATCH', API.me, { locale: 'ru' });
    expect(write.status).toBe(200);
    expect(write.body).toMatchObject({ id: lead.id, locale: 'ru' });
  });

  it('records when a token was last used', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, agent.email);
    const { id, secret } = await createToken(caller, 'used');
    expect((await withToken(t.app, secret).request('GET', API.account)).status).toBe(200);
    const listed = await caller.request('GET', API.apiTokens);
    const usedAt = listed.body.items.find((item: { id: string }) => item.id === id)?.lastUsedAt;
    expect(usedAt).not.toBeNull();
    expect(Math.abs(Date.parse(usedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('stops working once revoked, and the revocation is audited', async () => {
    const { agent, account } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, agent.email);
    const { id, secret } = await createToken(caller, 'to revoke');
    expect((await withToken(t.app, secret).request('GET', API.account)).status).toBe(200);

    expect((await caller.request('DELETE', API.apiToken(id))).status).toBe(204);
    const refused = await withToken(t.app, secret).request('GET', API.account);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');

    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.accountId, account.id));
    const revoked = entries.filter((entry) => entry.action === 'api_token.revoked');
    expect(revoked).toEqual([
      expect.objectContaining({ actorUserId: agent.id, targetType: 'api_token', targetId: id }),
    ]);
    expect((await caller.request('DELETE', API.apiToken(id))).status).toBe(404);
  });

  it('stops working after it expires', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const { secret } = await createToken(await signIn(t.app, agent.email), 'short-lived', 1);
    expect((await withToken(t.app, secret).request('GET', API.account)).status).toBe(200);
    t.setNow(new Date(Date.now() + DAY + 60_000));
    try {
      const refused = await withToken(t.app, secret).request('GET', API.account);
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe('unauthenticated');
    } finally {
      t.setNow(new Date());
    }
  });

  it('refuses an unknown bearer token instead of treating the request as anonymous', async () => {
    const unknown = await withToken(t.app, 'snc_this-token-was-never-issued-by-this-server-at-all').request(
      'GET',
      API.account,
    );
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('unauthenticated');
    expect((await anonymous(t.app).request('GET', API.account)).status).toBe(401);
  });

  it('cannot create or revoke tokens: that takes a person signed in', async () => {
    const { admin, account } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const { id, secret } = await createToken(caller, 'automation');
    const bot = withToken(t.app, secret);

    const minted = await bot.request('POST', API.apiTokens, { name: 'child' });
    expect(minted.status).toBe(403);
    expect(minted.body.error.code).toBe('forbidden');
    const revoked = await bot.request('DELETE', API.apiToken(id));
    expect(revoked.status).toBe(403);

    const rows = await t.database.db.select().from(apiTokens).where(eq(apiTokens.accountId, account.id));
    expect(rows).toEqual([expect.objectContaining({ id, revokedAt: null })]);
  });

  it('shows an agent only their own tokens and an admin every token of the account', async () => {
    const { admin, agent, reviewer } = await seedAccountWithPeople(t.database);
    const adminCaller = await signIn(t.app, admin.email);
    const agentCaller = await signIn(t.app, agent.email);
    const adminToken = await createToken(adminCaller, 'admin token');
    const agentToken = await createToken(agentCaller, 'agent token');
    const reviewerToken = await createToken(await signIn(t.app, reviewer.email), 'reviewer token');

    const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id).sort();
    expect(ids((await agentCaller.request('GET', API.apiTokens)).body)).toEqual([agentToken.id]);
    expect(ids((await adminCaller.request('GET', API.apiTokens)).body)).toEqual(
      [adminToken.id, agentToken.id, reviewerToken.id].sort(),
    );

    // An agent cannot revoke a colleague's token; an admin can revoke any.
    expect((await agentCaller.request('DELETE', API.apiToken(reviewerToken.id))).status).toBe(404);
    expect((await withToken(t.app, reviewerToken.secret).request('GET', API.account)).status).toBe(200);
    expect((await adminCaller.request('DELETE', API.apiToken(reviewerToken.id))).status).toBe(204);
    expect((await withToken(t.app, reviewerToken.secret).request('GET', API.account)).status).toBe(401);
  });
});
