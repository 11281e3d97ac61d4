import { afterAll, describe, expect, it } from 'vitest';
import { API, AuditPage, type Agent, type ServerEvent } from '@sincere/contracts';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { registerRouting } from './register-routing';

const t = await createTestApp();
registerRouting(t.ctx);
afterAll(() => t.close());

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Presence');
  const pushed: ServerEvent[] = [];
  t.ctx.realtime.add({ accountId: people.account.id, userId: people.admin.id, send: (event) => pushed.push(event) });
  const [admin, lead, agent] = [
    await signIn(t.app, people.admin.email),
    await signIn(t.app, people.lead.email),
    await signIn(t.app, people.agent.email),
  ];
  return { people, admin, lead, agent, pushed };
}

describe('presence', () => {
  it('is set by each person for themselves and pushed to the account', async () => {
    const { people, agent, pushed } = await workspace();
    const elsewhere = await workspace();
    expect((await agent.request('GET', API.myPresence)).body).toEqual({
      userId: people.agent.id,
      presence: 'offline',
      capacity: 10,
    });
    const online = await agent.request('PUT', API.myPresence, { presence: 'online' });
    expect(online.body).toEqual({ userId: people.agent.id, presence: 'online', capacity: 10 });
    expect((await agent.request('GET', API.myPresence)).body.presence).toBe('online');
    await agent.request('PUT', API.myPresence, { presence: 'away' });
    expect(pushed).toEqual([
      { type: 'presence.changed', agent: { userId: people.agent.id, presence: 'online', capacity: 10 } },
      { type: 'presence.changed', agent: { userId: people.agent.id, presence: 'away', capacity: 10 } },
    ]);
    expect(elsewhere.pushed).toEqual([]);
  });

  it('pushes nothing when nothing changed', async () => {
    const { agent, pushed } = await workspace();
    await agent.request('PUT', API.myPresence, { presence: 'offline' });
    expect(pushed).toEqual([]);
  });

  it('refuses an unknown presence, naming the field', async () => {
    const { agent } = await workspace();
    const refused = await agent.request('PUT', API.myPresence, { presence: 'busy' });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.error.fields)).toEqual(['presence']);
  });
});

describe('capacity', () => {
  it('is not an agent’s own to raise, but an admin or lead sets it, audited', async () => {
    const { people, admin, lead, agent } = await workspace();
    expect((await agent.request('PUT', API.myPresence, { presence: 'online', capacity: 50 })).status).toBe(403);
    expect((await agent.request('PUT', API.myPresence, { presence: 'online', capacity: 10 })).status).toBe(200);
    expect((await agent.request('PUT', API.userCapacity(people.agent.id), { capacity: 50 })).status).toBe(403);

    expect((await lead.request('PUT', API.userCapacity(people.agent.id), { capacity: 3 })).body).toEqual({
      userId: people.agent.id,
      presence: 'online',
      capacity: 3,
    });
    expect((await lead.request('PUT', API.myPresence, { presence: 'online', capacity: 4 })).body.capacity).toBe(4);
    expect((await agent.request('GET', API.myPresence)).body.capacity).toBe(3);

    const audit = AuditPage.parse((await admin.request('GET', API.auditLog)).body).items;
    const changes = audit.filter((entry) => entry.action === 'user.capacity_changed');
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: { id: people.lead.id, name: 'lead of Presence' },
          targetId: people.agent.id,
          data: { from: 10, to: 3 },
        }),
        expect.objectContaining({
          actor: { id: people.lead.id, name: 'lead of Presence' },
          targetId: people.lead.id,
          data: { from: 10, to: 4 },
        }),
      ]),
    );
  });

  it('of another account’s person cannot be touched, exactly like an unknown id', async () => {
    const { admin } = await workspace();
    const other = await workspace();
    const foreign = await admin.request('PUT', API.userCapacity(other.people.agent.id), { capacity: 0 });
    const unknown = await admin.request('PUT', API.userCapacity('00000000-0000-4000-8000-000000000000'), {
      capacity: 0,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(unknown.body);
    expect((await other.agent.request('GET', API.myPresence)).body.capacity).toBe(10);
  });

  it('stays within 0 to 200', async () => {
    const { people, admin } = await workspace();
    for (const capacity of [-1, 201, 1.5]) {
      const refused = await admin.request('PUT', API.userCapacity(people.agent.id), { capacity });
      expect(refused.status).toBe(422);
      expect(Object.keys(refused.body.error.fields)).toEqual(['capacity']);
    }
  });
});

describe('the agents list', () => {
  it('shows everyone who can own a conversation, with presence and load, to every role — and only this account’s', async () => {
    const { people, agent } = await workspace();
    await workspace(); // another account's people must not appear
    const customer = await seedCustomer(t.database.db, people.account.id, { name: 'Olga' });
    await seedConversation(t.database.db, people.account.id, customer.id, { assigneeId: people.agent.id });
    await seedConversation(t.database.db, people.account.id, customer.id, {
      assigneeId: people.agent.id,
      status: 'resolved',
    });
    await agent.request('PUT', API.myPresence, { presence: 'online' });

    const reviewer = await signIn(t.app, people.reviewer.email);
    const listed = await reviewer.request('GET', API.agents);
    expect(listed.status).toBe(200);
    const byId = new Map((listed.body.items as Agent[]).map((item) => [item.id, item]));
    // Reviewers score conversations; they never own one.
    expect([...byId.keys()].sort()).toEqual([people.admin.id, people.lead.id, people.agent.id].sort());
    expect(byId.get(people.agent.id)).toMatchObject({ role: 'agent', presence: 'online', capacity: 10, load: 1 });
    expect(byId.get(people.admin.id)).toMatchObject({ presence: 'offline', load: 0 });
  });
});
