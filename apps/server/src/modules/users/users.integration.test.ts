import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, users } from '@sincere/db';
import { API, SESSION_COOKIE } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople, TEST_PASSWORD } from '../../testing/seed-people';
import { anonymous, signIn, withToken } from '../../testing/http-client';
import { INVITATION_DAYS } from './invite-user';

const t = await createTestApp();
afterAll(() => t.close());

const DAY = 86_400_000;
const newEmail = () => `new-${randomUUID().slice(0, 8)}@example.test`;
const tokenOf = (inviteUrl: string) => inviteUrl.split('/invite/')[1] ?? '';

async function invite(adminEmail: string, email = newEmail(), role = 'agent') {
  const admin = await signIn(t.app, adminEmail);
  const response = await admin.request('POST', API.invitations, { email, name: 'New Person', role });
  expect(response.status).toBe(201);
  return { email, userId: response.body.user.id as string, token: tokenOf(response.body.inviteUrl) };
}

describe('inviting people', () => {
  it('creates an invited user and answers with a link to accept the invitation', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const email = newEmail();
    const response = await caller.request('POST', API.invitations, {
      email: email.toUpperCase(),
      name: 'Ana',
      role: 'lead',
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ email, name: 'Ana', role: 'lead', status: 'invited' });
    expect(response.body.inviteUrl).toMatch(/^http:\/\/sincere\.test\/invite\/[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an email that already belongs to someone, naming the field', async () => {
    const { admin, agent } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const response = await caller.request('POST', API.invitations, { email: agent.email, name: 'Twin', role: 'agent' });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect(response.body.error.fields).toHaveProperty('email');
  });

  it('answers two simultaneous invitations of one email with one 201 and one 409', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const email = newEmail();
    const answers = await Promise.all(
      [1, 2].map(() => caller.request('POST', API.invitations, { email, name: 'Double click', role: 'agent' })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
  });

  it('lets the invitation link say who it is for', async () => {
    const { admin, account } = await seedAccountWithPeople(t.database, 'Acme Support');
    const { email, token } = await invite(admin.email);
    const response = await anonymous(t.app).request('GET', API.invitation(token));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ email, name: 'New Person', accountName: account.name });
  });

  it('refuses a password that is too short, naming the field', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const { token } = await invite(admin.email);
    const response = await anonymous(t.app).request('POST', API.acceptInvitation, { token, password: 'short' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('password');
  });

  it('signs the person in on accepting and makes them active; the link then stops working', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const { email, userId, token } = await invite(admin.email);
    const accepted = await t.app.inject({
      method: 'POST',
      url: API.acceptInvitation,
      payload: { token, password: 'a long new passphrase', name: 'Ana Lima' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ id: userId, email, name: 'Ana Lima', status: 'active' });
    const cookie = accepted.cookies.find((entry) => entry.name === SESSION_COOKIE);
    expect(cookie?.value).toBeTruthy();
    const session = await t.app.inject({
      method: 'GET',
      url: API.session,
      cookies: { [SESSION_COOKIE]: cookie?.value ?? '' },
    });
    expect(session.json().user.id).toBe(userId);
    expect((await signIn(t.app, email, 'a long new passphrase')).session?.user.status).toBe('active');

    const again = await anonymous(t.app).request('POST', API.acceptInvitation, {
      token,
      password: 'another passphrase',
    });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invitation_invalid');
    expect((await anonymous(t.app).request('GET', API.invitation(token))).status).toBe(410);
  });

  it('accepts a link once even when it is sent twice at the same moment', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const { email, token } = await invite(admin.email);
    const passwords = ['the first passphrase', 'the second passphrase'];
    const answers = await Promise.all(
      passwords.map((password) => anonymous(t.app).request('POST', API.acceptInvitation, { token, password })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410]);
    const winner = passwords[answers.findIndex((answer) => answer.status === 200)] ?? '';
    const loser = passwords.find((password) => password !== winner) ?? '';
    expect((await anonymous(t.app).request('POST', API.signIn, { email, password: loser })).status).toBe(401);
    expect((await anonymous(t.app).request('POST', API.signIn, { email, password: winner })).status).toBe(200);
  });

  it(`refuses an invitation older than ${INVITATION_DAYS} days`, async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const { token } = await invite(admin.email);
    t.setNow(new Date(Date.now() + (INVITATION_DAYS + 1) * DAY));
    try {
      expect((await anonymous(t.app).request('GET', API.invitation(token))).status).toBe(410);
      const accepted = await anonymous(t.app).request('POST', API.acceptInvitation, {
        token,
        password: 'a long new passphrase',
      });
      expect(accepted.status).toBe(410);
      expect(accepted.body.error.code).toBe('invitation_invalid');
    } finally {
      t.setNow(new Date());
    }
  });
});

describe('roles and who may manage people', () => {
  it('lets an admin change a role, and audits the change with from and to', async () => {
    const { admin, agent, account } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const response = await caller.request('PATCH', API.user(agent.id), { role: 'lead' });
    expect(response.status).toBe(200);
    expect(response.body.role).toBe('lead');
    expect((await caller.request('GET', API.user(agent.id))).body.role).toBe('lead');

    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.accountId, account.id), eq(auditLog.action, 'user.role_changed')));
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: admin.id,
        targetType: 'user',
        targetId: agent.id,
        data: { from: 'agent', to: 'lead' },
      }),
    ]);
  });

  for (const role of ['lead', 'agent', 'reviewer'] as const) {
    it(`refuses a ${role} to invite, change roles or deactivate`, async () => {
      const people = await seedAccountWithPeople(t.database);
      const caller = await signIn(t.app, people[role].email);
      const attempts = [
        await caller.request('POST', API.invitations, { email: newEmail(), name: 'X', role: 'admin' }),
        await caller.request('PATCH', API.user(people.agent.id), { role: 'admin' }),
        await caller.request('PATCH', API.user(people[role].id), { role: 'admin' }),
        await caller.request('POST', API.deactivateUser(people.admin.id)),
        await caller.request('POST', API.reactivateUser(people.agent.id)),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(403);
        expect(attempt.body.error.code).toBe('forbidden');
      }
      expect((await caller.request('GET', API.user(people[role].id))).body.role).toBe(role);
    });
  }

  it('lets a lead list the people of the account, but not an agent or a reviewer', async () => {
    const { lead, agent, reviewer } = await seedAccountWithPeople(t.database);
    const listed = await (await signIn(t.app, lead.email)).request('GET', API.users);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(4);
    expect((await (await signIn(t.app, agent.email)).request('GET', API.users)).status).toBe(403);
    expect((await (await signIn(t.app, reviewer.email)).request('GET', API.users)).status).toBe(403);
  });

  it('never leaves the account without an active admin', async () => {
    const { admin, lead } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const demoted = await caller.request('PATCH', API.user(admin.id), { role: 'agent' });
    expect(demoted.status).toBe(409);
    expect(demoted.body.error.code).toBe('conflict');
    const deactivated = await caller.request('POST', API.deactivateUser(admin.id));
    expect(deactivated.status).toBe(409);
    expect((await caller.request('GET', API.user(admin.id))).body).toMatchObject({ role: 'admin', status: 'active' });

    // With a second admin, the first may step down.
    expect((await caller.request('PATCH', API.user(lead.id), { role: 'admin' })).status).toBe(200);
    expect((await caller.request('PATCH', API.user(admin.id), { role: 'agent' })).status).toBe(200);
  });
  it('keeps one admin when two admins remove each other at the same moment', async () => {
    const { admin, lead, account } = await seedAccountWithPeople(t.database);
    const first = await signIn(t.app, admin.email);
    expect((await first.request('PATCH', API.user(lead.id), { role: 'admin' })).status).toBe(200);
    const second = await signIn(t.app, lead.email);

    const answers = await Promise.all([
      first.request('POST', API.deactivateUser(lead.id)),
      second.request('POST', API.deactivateUser(admin.id)),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const admins = await t.database.db
      .select()
      .from(users)
      .where(and(eq(users.accountId, account.id), eq(users.role, 'admin'), eq(users.status, 'active')));
    expect(admins).toHaveLength(1);
  });
});

describe('deactivating people', () => {
  it('ends the person’s sessions and tokens at once and blocks sign-in until reactivated', async () => {
    const { admin, agent } = await seedAccountWithPeople(t.database);
    const adminCaller = await signIn(t.app, admin.email);
    const agentCaller = await signIn(t.app, agent.email);
    const { secret } = (await agentCaller.request('POST', API.apiTokens, { name: 'bot' })).body;
    expect((await agentCaller.request('GET', API.session)).status).toBe(200);

    const deactivated = await adminCaller.request('POST', API.deactivateUser(agent.id));
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.status).toBe('deactivated');
    expect((await agentCaller.request('GET', API.session)).status).toBe(401);
    expect((await withToken(t.app, secret).request('GET', API.account)).status).toBe(401);
    const refused = await anonymous(t.app).request('POST', API.signIn, { email: agent.email, password: TEST_PASSWORD });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('invalid_credentials');

    const reactivated = await adminCaller.request('POST', API.reactivateUser(agent.id));
    expect(reactivated.status).toBe(200);
    expect(reactivated.body.status).toBe('active');
    // Reactivation does not bring back the sessions that deactivation ended.
    expect((await agentCaller.request('GET', API.session)).status).toBe(401);
    expect((await (await signIn(t.app, agent.email)).request('GET', API.session)).status).toBe(200);
  });
});

describe('changing your own settings', () => {
  it('changes the caller’s interface language', async () => {
    const { reviewer } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, reviewer.email);
    const response = await caller.request('PATCH', API.me, { locale: 'ru' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: reviewer.id, locale: 'ru' });
    expect((await caller.request('GET', API.session)).body.user.locale).toBe('ru');
  });

  it('refuses a field it does not know, naming it', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, agent.email);
    const response = await caller.request('PATCH', API.me, { locale: 'ru', role: 'admin' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.fields).toEqual({ role: 'Unknown field' });
    expect((await caller.request('GET', API.session)).body.user).toMatchObject({ role: 'agent', locale: 'en' });
  });
});
