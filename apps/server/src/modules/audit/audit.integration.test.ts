import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '@sincere/db';
import { API, AuditPage, type AuditEntry } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function newestEntries(caller: Caller, limit = 50): Promise<AuditEntry[]> {
  const response = await caller.request('GET', `${API.auditLog}?limit=${limit}`);
  expect(response.status).toBe(200);
  return AuditPage.parse(response.body).items;
}

describe('the audit log', () => {
  it('records each administrative action once, with who did it and to what', async () => {
    const { admin, agent, account } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    const actor = { id: admin.id, name: 'admin of Test account' };
    let tokenId = '';
    let invitedId = '';

    const actions: { action: AuditEntry['action']; perform: () => Promise<void>; target: () => [string, string] }[] = [
      {
        action: 'user.invited',
        async perform() {
          const email = `audit-${randomUUID().slice(0, 8)}@example.test`;
          invitedId = (await caller.request('POST', API.invitations, { email, name: 'Invitee', role: 'reviewer' })).body
            .user.id;
        },
        target: () => ['user', invitedId],
      },
      {
        action: 'user.role_changed',
        perform: async () => void (await caller.request('PATCH', API.user(agent.id), { role: 'lead' })),
        target: () => ['user', agent.id],
      },
      {
        action: 'user.deactivated',
        perform: async () => void (await caller.request('POST', API.deactivateUser(agent.id))),
        target: () => ['user', agent.id],
      },
      {
        action: 'user.reactivated',
        perform: async () => void (await caller.request('POST', API.reactivateUser(agent.id))),
        target: () => ['user', agent.id],
      },
      {
        action: 'api_token.created',
        async perform() {
          tokenId = (await caller.request('POST', API.apiTokens, { name: 'audited' })).body.token.id;
        },
        target: () => ['api_token', tokenId],
      },
      {
        action: 'api_token.revoked',
        perform: async () => void (await caller.request('DELETE', API.apiToken(tokenId))),
        target: () => ['api_token', tokenId],
      },
      {
        action: 'account.updated',
        perform: async () =>
          void (await caller.request('PATCH', API.account, { name: 'Renamed account', timeZone: 'Europe/Moscow' })),
        target: () => ['account', account.id],
      },
    ];

    for (const { action, perform, target } of actions) {
      const before = await newestEntries(caller);
      await perform();
      const after = await newestEntries(caller);
      const added = after.filter((entry) => !before.some((old) => old.id === entry.id));
      const [targetType, targetId] = target();
      expect(added, action).toEqual([expect.objectContaining({ action, actor, targetType, targetId })]);
    }

    const [renamed] = await newestEntries(caller, 1);
    expect(renamed?.data).toEqual({ name: 'Renamed account', timeZone: 'Europe/Moscow' });
  });

  it('records nothing for a change that changes nothing', async () => {
    const { admin } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    expect((await caller.request('PATCH', API.account, {})).status).toBe(200);
    expect(await newestEntries(caller)).toEqual([]);
  });

  it('pages through every entry, newest first, without skipping or repeating one', async () => {
    const { admin, account } = await seedAccountWithPeople(t.database);
    const caller = await signIn(t.app, admin.email);
    for (let index = 0; index < 4; index += 1) {
      expect((await caller.request('POST', API.apiTokens, { name: `token ${index}` })).status).toBe(201);
    }
    // Entries that share a timestamp, and entries apart by microseconds only: the hard cases for a cursor.
    const sameTime = new Date();
    await t.database.db.insert(auditLog).values(
      Array.from({ length: 6 }, () => ({
        accountId: account.id,
        actorUserId: admin.id,
        action: 'account.updated',
        targetType: 'account',
        createdAt: sameTime,
      })),
    );
    for (const micros of ['100', '100', '350', '999']) {
      await t.database.query(
        `INSERT INTO audit_log (account_id, actor_user_id, action, target_type, created_at) VALUES ($1, $2, 'account.updated', 'account', date_trunc('milliseconds', now()) + interval '${micros} microseconds')`,
        [account.id, admin.id],
      );
    }
    const all = await t.database.query<{ id: string }>('SELECT id FROM audit_log WHERE account_id = $1', [account.id]);
    expect(all.rows).toHaveLength(14);

    const seen: AuditEntry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const response = await caller.request('GET', `${API.auditLog}?limit=4${query}`);
      expect(response.status).toBe(200);
      const page = AuditPage.parse(response.body);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(pages).toBe(4);
    expect(seen.map((entry) => entry.id).sort()).toEqual(all.rows.map((row) => row.id).sort());
    const times = seen.map((entry) => Date.parse(entry.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('is open to admins and leads, and refused to agents and reviewers', async () => {
    const { admin, lead, agent, reviewer } = await seedAccountWithPeople(t.database);
    await (await signIn(t.app, admin.email)).request('PATCH', API.account, { locale: 'ru' });
    expect(await newestEntries(await signIn(t.app, lead.email))).toHaveLength(1);
    for (const person of [agent, reviewer]) {
      const response = await (await signIn(t.app, person.email)).request('GET', API.auditLog);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
  });
});
