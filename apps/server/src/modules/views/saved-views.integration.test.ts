import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';
import { MAX_VIEWS } from './manage-saved-views';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Saved views');
  const [admin, lead, agent, reviewer] = await Promise.all(
    (['admin', 'lead', 'agent', 'reviewer'] as const).map((role) => signIn(t.app, people[role].email)),
  );
  if (!admin || !lead || !agent || !reviewer) throw new Error('sign-in failed');
  return { people, admin, lead, agent, reviewer };
}

const listed = async (caller: Caller) =>
  (await caller.request('GET', API.views)).body.items as { id: string; kind: string; name: string; position: number }[];
const savedNames = async (caller: Caller) =>
  (await listed(caller)).filter((view) => view.kind !== 'built_in').map((view) => view.name);

describe('saved views', () => {
  it('lists the built-in views first, with their filters', async () => {
    const { agent } = await workspace();
    const views = await listed(agent);
    expect(views.map((view) => view.id)).toEqual(['mine', 'unassigned', 'my_team', 'all']);
    expect(views[0]).toMatchObject({
      kind: 'built_in',
      filter: { assignee: 'me', status: ['open', 'pending'] },
      count: 0,
    });
    expect((await agent.request('GET', API.view('my_team'))).body).toMatchObject({
      id: 'my_team',
      filter: { team: 'mine' },
    });
  });

  it('keeps a personal view to its owner: others neither see, read, change nor delete it', async () => {
    const { agent, lead, admin } = await workspace();
    const created = await agent.request('POST', API.views, {
      name: 'My VIPs',
      filter: { tags: ['VIP'], assignee: 'me' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'personal',
      name: 'My VIPs',
      filter: { tags: ['vip'], assignee: 'me' },
      count: 0,
    });
    const { id } = created.body;
    expect(await savedNames(agent)).toEqual(['My VIPs']);
    for (const other of [lead, admin]) {
      expect(await savedNames(other)).toEqual([]);
      expect((await other.request('GET', API.view(id))).status).toBe(404);
      expect((await other.request('PATCH', API.view(id), { name: 'Mine now' })).status).toBe(404);
      expect((await other.request('DELETE', API.view(id))).status).toBe(404);
    }
    expect((await agent.request('GET', API.view(id))).body.name).toBe('My VIPs');
  });

  it('lets admins and leads share a view that everyone sees and only they change', async () => {
    const { agent, lead, admin, reviewer } = await workspace();
    const refused = await agent.request('POST', API.views, {
      name: 'Urgent',
      filter: { priority: ['urgent'] },
      shared: true,
    });
    expect(refused.status).toBe(403);
    const shared = await lead.request('POST', API.views, {
      name: 'Urgent',
      filter: { priority: ['urgent'] },
      shared: true,
    });
    expect(shared.status).toBe(201);
    expect(shared.body.kind).toBe('shared');
    for (const caller of [agent, reviewer, admin]) expect(await savedNames(caller)).toEqual(['Urgent']);
    expect((await agent.request('PATCH', API.view(shared.body.id), { name: 'Mine' })).status).toBe(403);
    expect((await agent.request('DELETE', API.view(shared.body.id))).status).toBe(403);
    const renamed = await admin.request('PATCH', API.view(shared.body.id), {
      name: 'Urgent only',
      filter: { priority: ['urgent', 'high'] },
    });
    expect(renamed.body).toMatchObject({ name: 'Urgent only', filter: { priority: ['urgent', 'high'] } });
    expect((await lead.request('DELETE', API.view(shared.body.id))).status).toBe(204);
    expect(await savedNames(agent)).toEqual([]);
    expect((await agent.request('GET', API.view(shared.body.id))).status).toBe(404);
  });

  it('places a new view after the others, and lists views by position', async () => {
    const { agent, lead } = await workspace();
    await lead.request('POST', API.views, { name: 'Team backlog', filter: { team: 'mine' }, shared: true });
    const second = await agent.request('POST', API.views, { name: 'Email', filter: { channel: ['email'] } });
    await agent.request('POST', API.views, { name: 'Spanish', filter: { customerLanguage: ['es'] } });
    expect(await savedNames(agent)).toEqual(['Team backlog', 'Email', 'Spanish']);
    expect((await agent.request('PATCH', API.view(second.body.id), { position: 99 })).status).toBe(200);
    expect(await savedNames(agent)).toEqual(['Team backlog', 'Spanish', 'Email']);
  });

  it.each([
    ['filter.status.0', { name: 'Bad', filter: { status: ['closed'] } }],
    ['filter.waitingLongerThanMinutes', { name: 'Bad', filter: { waitingLongerThanMinutes: 0 } }],
    ['filter.tag', { name: 'Bad', filter: { tag: 'vip' } }],
    ['filter.team', { name: 'Bad', filter: { team: randomUUID() } }],
    ['filter.assignee', { name: 'Bad', filter: { assignee: randomUUID() } }],
    ['name', { name: ' ', filter: {} }],
    ['name', { name: 'Nul\u0000', filter: {} }],
    ['filter.tags.1', { name: 'Nul', filter: { tags: ['vip', 'nul\u0000'] } }],
    ['filter.customerCountry.0', { name: 'Nul', filter: { customerCountry: ['\u0000\u0000'] } }],
  ])('refuses a view with 422 naming %s when it is wrong', async (field, body) => {
    const { agent } = await workspace();
    const response = await agent.request('POST', API.views, body);
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toContain(field);
  });

  it('names the id when a built-in view is to be changed', async () => {
    const { admin } = await workspace();
    const response = await admin.request('PATCH', API.view('mine'), { name: 'Ours' });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toEqual(['id']);
  });

  it(`stops at ${MAX_VIEWS} personal views`, async () => {
    const { agent } = await workspace();
    for (let index = 0; index < MAX_VIEWS; index += 1) {
      expect(
        (await agent.request('POST', API.views, { name: `View ${index}`, filter: { priority: ['low'] } })).status,
      ).toBe(201);
    }
    const over = await agent.request('POST', API.views, { name: 'One more', filter: {} });
    expect(over.status).toBe(409);
  });
});
