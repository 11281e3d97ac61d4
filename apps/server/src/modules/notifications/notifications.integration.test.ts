import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API, type ServerEvent } from '@sincere/contracts';
import { notifications, users } from '@sincere/db';
import { seedConversation, seedCustomer, seedUser } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { registerMentions } from './mentions-listener';

const t = await createTestApp();
registerMentions(t.ctx);
afterAll(() => t.close());

/** An account whose admin is "Anna Lee" and lead "Anna"; each person's pushes are collected. */
async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Mentions');
  const { db } = t.database;
  await db.update(users).set({ name: 'Anna Lee' }).where(eq(users.id, people.admin.id));
  await db.update(users).set({ name: 'Anna' }).where(eq(users.id, people.lead.id));
  const pushed = new Map<string, ServerEvent[]>();
  for (const person of [people.admin, people.lead, people.agent, people.reviewer]) {
    const events: ServerEvent[] = [];
    pushed.set(person.id, events);
    t.ctx.realtime.add({ accountId: people.account.id, userId: person.id, send: (event) => events.push(event) });
  }
  const customer = await seedCustomer(db, people.account.id, { name: 'Olga' });
  const conversation = await seedConversation(db, people.account.id, customer.id);
  const notificationsOf = (userId: string) =>
    (pushed.get(userId) ?? []).filter((event) => event.type === 'notification.created');
  return {
    people,
    conversationId: conversation.id,
    agent: await signIn(t.app, people.agent.email),
    admin: await signIn(t.app, people.admin.email),
    lead: await signIn(t.app, people.lead.email),
    notificationsOf,
  };
}

describe('@mentions in internal notes', () => {
  it('notifies each person a note names, longest name first, and pushes only to them', async () => {
    const { people, agent, admin, lead, conversationId, notificationsOf } = await workspace();
    const note = await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      body: '@anna lee can you approve the refund? cc @Anna and @nobody',
    });
    expect(note.status).toBe(201);

    const adminList = await admin.request('GET', API.notifications);
    expect(adminList.body).toMatchObject({
      unreadCount: 1,
      items: [
        {
          kind: 'mention',
          conversationId,
          messageId: note.body.id,
          actor: { id: people.agent.id },
          excerpt: '@anna lee can you approve the refund? cc @Anna and @nobody',
          readAt: null,
        },
      ],
    });
    expect((await lead.request('GET', API.notifications)).body.unreadCount).toBe(1);
    expect((await agent.request('GET', API.notifications)).body.items).toEqual([]);

    expect(notificationsOf(people.admin.id)).toHaveLength(1);
    expect(notificationsOf(people.lead.id)).toHaveLength(1);
    expect(notificationsOf(people.agent.id)).toEqual([]);
    expect(notificationsOf(people.reviewer.id)).toEqual([]);
  });

  it('never notifies the author, nor for replies to the customer, nor deactivated people', async () => {
    const { people, agent, admin, conversationId, notificationsOf } = await workspace();
    const gone = await seedUser(t.database.db, people.account.id, { name: 'Boris', status: 'deactivated' });
    await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      body: `@${people.agent.email} @Boris`,
    });
    await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'outbound',
      body: 'Thanks, @Anna will call you',
    });
    expect((await agent.request('GET', API.notifications)).body.items).toEqual([]);
    expect((await admin.request('GET', API.notifications)).body.items).toEqual([]);
    expect(notificationsOf(people.lead.id)).toEqual([]);
    expect(await t.database.db.select().from(notifications).where(eq(notifications.userId, gone.id))).toEqual([]);
  });

  it('finds people by email', async () => {
    const { people, agent, lead, conversationId } = await workspace();
    await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      body: `cc @${people.lead.email}.`,
    });
    expect((await lead.request('GET', API.notifications)).body.unreadCount).toBe(1);
  });
});

describe('notifications', () => {
  it('pages newest first with a cursor', async () => {
    const { agent, admin, conversationId } = await workspace();
    for (const n of [1, 2, 3]) {
      t.setNow(new Date(Date.UTC(2026, 0, 1, 10, n)));
      await agent.request('POST', API.conversationMessages(conversationId), {
        direction: 'note',
        body: `@Anna Lee note ${n}`,
      });
    }
    const first = await admin.request('GET', `${API.notifications}?limit=2`);
    expect(first.body.items.map((item: { excerpt: string }) => item.excerpt)).toEqual([
      '@Anna Lee note 3',
      '@Anna Lee note 2',
    ]);
    const second = await admin.request('GET', `${API.notifications}?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: { excerpt: string }) => item.excerpt)).toEqual(['@Anna Lee note 1']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('marks one read, then all, and nobody can mark another person’s', async () => {
    const { agent, admin, lead, conversationId } = await workspace();
    for (const n of [1, 2]) {
      await agent.request('POST', API.conversationMessages(conversationId), {
        direction: 'note',
        body: `@Anna Lee @Anna #${n}`,
      });
    }
    const [newest] = (await admin.request('GET', API.notifications)).body.items;
    expect((await lead.request('POST', API.readNotification(newest.id))).status).toBe(404);

    const read = await admin.request('POST', API.readNotification(newest.id));
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await admin.request('GET', API.notifications)).body.unreadCount).toBe(1);

    expect((await admin.request('POST', API.readAllNotifications)).body).toEqual({ marked: 1 });
    expect((await admin.request('GET', API.notifications)).body.unreadCount).toBe(0);
    expect((await lead.request('GET', API.notifications)).body.unreadCount).toBe(2);
  });
});
