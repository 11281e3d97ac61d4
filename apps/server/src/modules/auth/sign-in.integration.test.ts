import { afterAll, describe, expect, it } from 'vitest';
import { API, SESSION_COOKIE } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople, TEST_PASSWORD } from '../../testing/seed-people';
import { anonymous, signIn } from '../../testing/http-client';
import { SIGN_IN_LIMITS } from './sign-in-limits';

const t = await createTestApp();
afterAll(() => t.close());

describe('signing in', () => {
  it('starts a session with an httpOnly cookie and answers with the user, account and CSRF token', async () => {
    const { admin, account } = await seedAccountWithPeople(t.database);
    const response = await t.app.inject({
      method: 'POST',
      url: API.signIn,
      payload: { email: admin.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((entry) => entry.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user).toMatchObject({ id: admin.id, role: 'admin', status: 'active' });
    expect(body.account.id).toBe(account.id);
    expect(body.csrfToken).toHaveLength(43);
    // What the app may offer: the test server has the default attachment limit and no outgoing mail.
    expect(body.features).toEqual({ maxAttachmentBytes: 25 * 1024 * 1024, forwardByEmail: false });
    const again = await t.app.inject({
      method: 'GET',
      url: API.session,
      headers: { cookie: `${SESSION_COOKIE}=${cookie?.value}` },
    });
    expect(again.json().features).toEqual(body.features);
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const wrong = await anonymous(t.app).request('POST', API.signIn, {
      email: agent.email,
      password: 'not the password',
    });
    const unknown = await anonymous(t.app).request('POST', API.signIn, {
      email: 'nobody@example.test',
      password: 'whatever123',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it(`locks an email for ${SIGN_IN_LIMITS.windowMinutes} minutes after ${SIGN_IN_LIMITS.perEmail} failures, even with the right password`, async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmail; attempt += 1) {
      const response = await anonymous(t.app).request('POST', API.signIn, {
        email: agent.email,
        password: 'wrong-password',
      });
      expect(response.status).toBe(401);
    }
    const locked = await anonymous(t.app).request('POST', API.signIn, { email: agent.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('rate_limited');
    expect(locked.headers['retry-after']).toBe(String(SIGN_IN_LIMITS.windowMinutes * 60));

    t.setNow(new Date(Date.now() + (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000));
    try {
      expect(
        (await anonymous(t.app).request('POST', API.signIn, { email: agent.email, password: TEST_PASSWORD })).status,
      ).toBe(200);
    } finally {
      t.setNow(new Date());
    }
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const { lead } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, lead.email);
    expect((await caller.request('GET', API.session)).status).toBe(200);
    expect((await caller.request('POST', API.signOut)).status).toBe(204);
    expect((await caller.request('GET', API.session)).status).toBe(401);
  });

  it('signs in a browser that still carries another session’s cookie, without a CSRF token', async () => {
    const { agent, lead } = await seedAccountWithPeople(t.database);
    const first = await t.app.inject({
      method: 'POST',
      url: API.signIn,
      payload: { email: agent.email, password: TEST_PASSWORD },
    });
    const stale = first.cookies.find((entry) => entry.name === SESSION_COOKIE);
    const second = await t.app.inject({
      method: 'POST',
      url: API.signIn,
      headers: { cookie: `${SESSION_COOKIE}=${stale?.value ?? ''}` },
      payload: { email: lead.email, password: TEST_PASSWORD },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().user.id).toBe(lead.id);
  });
});
