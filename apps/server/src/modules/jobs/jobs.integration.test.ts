import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loginAttempts, sessions, users } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { purgeExpired } from './maintenance';

const t = await createTestApp();
afterAll(() => t.close());

const DAY = 86_400_000;

describe('the durable job queue', () => {
  it('stores a job in the database and runs it in a worker', async () => {
    const ran: unknown[] = [];
    await t.jobs.work('maintenance.purge-expired', async (payload) => {
      ran.push(payload);
    });
    const id = await t.jobs.send('maintenance.purge-expired', {});
    expect(id).toBeTruthy();
    const stored = await t.database.query('SELECT name, state FROM pgboss.job WHERE id = $1', [id]);
    expect(stored.rows[0]).toMatchObject({ name: 'maintenance.purge-expired' });
    const deadline = Date.now() + 10_000;
    while (ran.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual([{}]);
  });

  it('stores a payload in exactly the shape its contract defines, dropping unknown keys', async () => {
    await expect(t.jobs.send('maintenance.purge-expired', { unexpected: true } as never)).resolves.toBeTruthy();
    const [row] = (
      await t.database.query<{ data: unknown }>(
        "SELECT data FROM pgboss.job WHERE name = 'maintenance.purge-expired' ORDER BY created_on DESC LIMIT 1",
      )
    ).rows;
    expect(row?.data).toEqual({});
  });
});

describe('purging expired data', () => {
  it('deletes expired sessions and old sign-in attempts, and voids expired invitation links — and nothing live', async () => {
    // The purge is global: on PostgreSQL other test files share this database, so it runs at the
    // real time and this test makes its own rows expired instead of moving the clock past everyone's.
    const { admin, agent, account } = await seedAccountWithPeople(t.database, 'Purge');
    await signIn(t.app, agent.email);
    const live = await signIn(t.app, admin.email);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - DAY) })
      .where(and(eq(sessions.accountId, account.id), eq(sessions.userId, agent.id)));
    await t.database.db.insert(loginAttempts).values({
      email: 'x@example.test',
      ip: '10.0.0.1',
      succeeded: false,
      createdAt: new Date(Date.now() - 31 * DAY),
    });
    const invited = await live.request('POST', '/api/v1/users/invitations', {
      email: `purge-${account.id.slice(0, 8)}@example.test`,
      name: 'Late',
      role: 'agent',
    });
    expect(invited.status).toBe(201);
    await t.database.db
      .update(users)
      .set({ inviteExpiresAt: new Date(Date.now() - DAY) })
      .where(eq(users.id, invited.body.user.id));

    const purged = await purgeExpired(t.ctx);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(purged.invitations).toBeGreaterThanOrEqual(1);

    const left = await t.database.db.select().from(sessions).where(eq(sessions.accountId, account.id));
    expect(left.map((session) => session.userId)).toEqual([admin.id]);
    expect((await live.request('GET', '/api/v1/auth/session')).status).toBe(200);
    const [user] = await t.database.db.select().from(users).where(eq(users.id, invited.body.user.id));
    expect(user?.inviteTokenHash).toBeNull();
    expect(user?.status).toBe('invited');
  });
});
