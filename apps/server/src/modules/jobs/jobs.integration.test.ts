import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
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
  it('deletes expired sessions and old sign-in attempts, and voids expired invitation links', async () => {
    const { admin, agent, account } = await seedAccountWithPeople(t.database, 'Purge');
    await signIn(t.app, agent.email);
    await t.database.db.insert(loginAttempts).values({
      email: 'x@example.test',
      ip: '10.0.0.1',
      succeeded: false,
      createdAt: new Date(Date.now() - 31 * DAY),
    });
    const caller = await signIn(t.app, admin.email);
    const invited = await caller.request('POST', '/api/v1/users/invitations', {
      email: `purge-${account.id.slice(0, 8)}@example.test`,
      name: 'Late',
      role: 'agent',
    });
    expect(invited.status).toBe(201);

    t.setNow(new Date(Date.now() + 15 * DAY));
    try {
      const purged = await purgeExpired(t.ctx);
      expect(purged.sessions).toBeGreaterThanOrEqual(2);
      expect(purged.loginAttempts).toBeGreaterThanOrEqual(1);
      expect(purged.invitations).toBeGreaterThanOrEqual(1);
    } finally {
      t.setNow(new Date());
    }
    const left = await t.database.db.select().from(sessions).where(eq(sessions.accountId, account.id));
    expect(left).toEqual([]);
    const [user] = await t.database.db.select().from(users).where(eq(users.id, invited.body.user.id));
    expect(user?.inviteTokenHash).toBeNull();
    expect(user?.status).toBe('invited');
  });
});
