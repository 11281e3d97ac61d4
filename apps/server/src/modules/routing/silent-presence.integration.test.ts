import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API, REALTIME_PATH, type ServerEvent } from '@sincere/contracts';
import { users } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { openTestSocket, sessionCookie } from '../../testing/socket-client';
import { sweepSilentPresence } from './silent-presence';

const t = await createTestApp();
let wsUrl = '';
beforeAll(async () => {
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = address.replace('http', 'ws') + REALTIME_PATH;
});
afterAll(() => t.close());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const userRow = async (id: string) => (await t.database.db.select().from(users).where(eq(users.id, id)))[0];

describe('presence of people who closed every tab', () => {
  it('turns online or away people offline after three silent minutes, tells everyone, and spares the rest', async () => {
    const people = await seedAccountWithPeople(t.database, 'Silent');
    const pushed: ServerEvent[] = [];
    t.ctx.realtime.add({ accountId: people.account.id, userId: people.admin.id, send: (event) => pushed.push(event) });
    const { db } = t.database;
    await db
      .update(users)
      .set({ presence: 'online', lastSeenAt: minutesAgo(4) })
      .where(eq(users.id, people.agent.id));
    await db
      .update(users)
      .set({ presence: 'away', lastSeenAt: minutesAgo(10) })
      .where(eq(users.id, people.lead.id));
    await db
      .update(users)
      .set({ presence: 'online', lastSeenAt: minutesAgo(1) })
      .where(eq(users.id, people.admin.id));

    expect(await sweepSilentPresence(t.ctx, { accountId: people.account.id })).toBe(2);
    expect((await userRow(people.agent.id))?.presence).toBe('offline');
    expect((await userRow(people.lead.id))?.presence).toBe('offline');
    expect((await userRow(people.admin.id))?.presence).toBe('online');
    expect(pushed).toEqual(
      expect.arrayContaining([
        { type: 'presence.changed', agent: { userId: people.agent.id, presence: 'offline', capacity: 10 } },
        { type: 'presence.changed', agent: { userId: people.lead.id, presence: 'offline', capacity: 10 } },
      ]),
    );
    // Running again changes nobody and says nothing.
    pushed.length = 0;
    expect(await sweepSilentPresence(t.ctx, { accountId: people.account.id })).toBe(0);
    expect(pushed).toEqual([]);
  });

  it('counts an open tab as being there: the socket records it at once, and so does choosing a presence', async () => {
    const people = await seedAccountWithPeople(t.database, 'Seen');
    const { db } = t.database;
    await db
      .update(users)
      .set({ presence: 'online', lastSeenAt: minutesAgo(30) })
      .where(eq(users.id, people.agent.id));
    const socket = openTestSocket(wsUrl, await sessionCookie(t.app, people.agent.email));
    await socket.waitFor((event) => event.type === 'ready');
    await expect
      .poll(async () => (await userRow(people.agent.id))?.lastSeenAt?.getTime() ?? 0)
      .toBeGreaterThan(minutesAgo(1).getTime());
    expect(await sweepSilentPresence(t.ctx, { accountId: people.account.id })).toBe(0);
    socket.socket.close();

    const lead = await signIn(t.app, people.lead.email);
    expect((await lead.request('PUT', API.myPresence, { presence: 'online' })).status).toBe(200);
    expect((await userRow(people.lead.id))?.lastSeenAt?.getTime()).toBeGreaterThan(minutesAgo(1).getTime());
    expect(await sweepSilentPresence(t.ctx, { accountId: people.account.id })).toBe(0);
  });
});
