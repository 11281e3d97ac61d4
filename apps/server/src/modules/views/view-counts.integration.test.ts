import { afterAll, describe, expect, it } from 'vitest';
import { API, type BuiltInView, type ServerEvent } from '@sincere/contracts';
import { teamMembers, teams } from '@sincere/db';
import { seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';
import { registerViews } from './views-listener';

// Jobs run: snoozing schedules its wake-up.
const t = await createTestApp();
// Until runtime's assemble() registers it; registering twice does nothing.
registerViews(t.ctx);
afterAll(() => t.close());

type Counts = Partial<Record<BuiltInView, number>>;

/** An account whose agent and lead are both in the Support team, with their sockets listening. */
async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Counts');
  const accountId = people.account.id;
  const [team] = await t.database.db.insert(teams).values({ accountId, name: 'Support' }).returning();
  if (!team) throw new Error('no team');
  await t.database.db.insert(teamMembers).values([
    { accountId, teamId: team.id, userId: people.agent.id },
    { accountId, teamId: team.id, userId: people.lead.id },
  ]);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  const pushed: Record<'agent' | 'lead' | 'admin', Counts> = { agent: {}, lead: {}, admin: {} };
  for (const role of ['agent', 'lead', 'admin'] as const) {
    t.ctx.realtime.add({
      accountId,
      userId: people[role].id,
      send: (event: ServerEvent) => {
        if (event.type === 'views.changed') Object.assign(pushed[role], event.counts);
      },
    });
  }
  return {
    people,
    teamId: team.id,
    agent: await signIn(t.app, people.agent.email),
    channel: withToken(t.app, token.body.secret),
    pushed,
  };
}

async function shownCounts(caller: Caller): Promise<Record<string, { count: number; countIsCapped: boolean }>> {
  const response = await caller.request('GET', API.views);
  expect(response.status).toBe(200);
  return Object.fromEntries(
    response.body.items.map((view: { id: string; count: number; countIsCapped: boolean }) => [
      view.id,
      { count: view.count, countIsCapped: view.countIsCapped },
    ]),
  );
}

/** The truth, counted the slow way — in this test only. */
async function countedDirectly(accountId: string, userId: string): Promise<Record<BuiltInView, number>> {
  const { rows } = await t.database.query<Record<BuiltInView, number>>(
    `SELECT
       count(*) FILTER (WHERE assignee_id = $2 AND status IN ('open', 'pending'))::int AS mine,
       count(*) FILTER (WHERE assignee_id IS NULL AND status = 'open')::int AS unassigned,
       count(*) FILTER (WHERE team_id IN (SELECT team_id FROM team_members WHERE user_id = $2) AND status IN ('open', 'pending'))::int AS my_team,
       count(*) FILTER (WHERE status IN ('open', 'pending', 'snoozed'))::int AS all
     FROM conversations WHERE account_id = $1`,
    [accountId, userId],
  );
  if (!rows[0]) throw new Error('no counts');
  return rows[0];
}

async function expectCountsRight(space: Awaited<ReturnType<typeof workspace>>, expected: Record<BuiltInView, number>) {
  const { people, agent, pushed } = space;
  const truth = await countedDirectly(people.account.id, people.agent.id);
  expect(truth).toEqual(expected);
  const shown = await shownCounts(agent);
  for (const view of ['mine', 'unassigned', 'my_team', 'all'] as const) {
    expect(shown[view], view).toEqual({ count: truth[view], countIsCapped: false });
    // The agent's browser, which started from 0s, holds the same numbers from what was pushed.
    expect(pushed.agent[view] ?? 0, `pushed ${view}`).toBe(truth[view]);
  }
}

describe('view counts', () => {
  it('stay right through create, assign, team, status changes, reopen and unassign, and reach the browsers', async () => {
    const space = await workspace();
    const { agent, channel, people, teamId, pushed } = space;
    const open = async () => {
      const response = await channel.request('POST', API.conversations, {
        customer: { name: 'Ana' },
        message: { body: 'Oi' },
      });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    const change = async (id: string, body: Record<string, unknown>) =>
      expect((await agent.request('PATCH', API.conversation(id), body)).status).toBe(200);
    const assign = async (id: string, assigneeId: string | null) =>
      expect((await agent.request('PUT', API.conversationAssignment(id), { assigneeId })).status).toBe(200);

    const [first, second, third] = [await open(), await open(), await open()];
    await expectCountsRight(space, { mine: 0, unassigned: 3, my_team: 0, all: 3 });

    await assign(first, people.agent.id);
    await expectCountsRight(space, { mine: 1, unassigned: 2, my_team: 0, all: 3 });

    await change(first, { teamId });
    await change(second, { teamId });
    await expectCountsRight(space, { mine: 1, unassigned: 2, my_team: 2, all: 3 });
    // The lead is in the team too: their my_team moved, their mine did not.
    expect(pushed.lead).toMatchObject({ my_team: 2, unassigned: 2, all: 3 });
    expect(pushed.lead.mine).toBeUndefined();
    expect(pushed.admin).toEqual({ unassigned: 2, all: 3 });

    await change(first, { status: 'pending' });
    await change(second, { status: 'snoozed', snoozedUntil: new Date(Date.now() + 3_600_000).toISOString() });
    await expectCountsRight(space, { mine: 1, unassigned: 1, my_team: 1, all: 3 });

    await change(first, { status: 'resolved' });
    await change(third, { status: 'resolved' });
    await expectCountsRight(space, { mine: 0, unassigned: 0, my_team: 0, all: 1 });

    // The customer writes again: the resolved conversation reopens, still the agent's.
    await channel.request('POST', API.conversationMessages(first), { direction: 'inbound', body: 'Again' });
    await expectCountsRight(space, { mine: 1, unassigned: 0, my_team: 1, all: 2 });

    await assign(first, people.lead.id);
    await expectCountsRight(space, { mine: 0, unassigned: 0, my_team: 1, all: 2 });
    expect(pushed.lead.mine).toBe(1);

    await assign(first, null);
    await expectCountsRight(space, { mine: 0, unassigned: 1, my_team: 1, all: 2 });
    expect(pushed.lead.mine).toBe(0);
  });

  it('pushes nothing for a change that moves no count', async () => {
    const space = await workspace();
    const response = await space.channel.request('POST', API.conversations, {
      customer: { name: 'Ana' },
      message: { body: 'Oi' },
    });
    const before = JSON.stringify(space.pushed);
    const events: ServerEvent[] = [];
    const stop = t.ctx.realtime.add({
      accountId: space.people.account.id,
      userId: space.people.reviewer.id,
      send: (event) => events.push(event),
    });
    await space.agent.request('PATCH', API.conversation(response.body.id), { priority: 'high', tags: ['vip'] });
    stop();
    expect(events.map((event) => event.type)).not.toContain('views.changed');
    expect(JSON.stringify(space.pushed)).toBe(before);
  });

  it('counts a saved view the counters cannot answer up to 1000, and says so when there are more', async () => {
    const { people, agent } = await workspace();
    const accountId = people.account.id;
    const customer = await seedCustomer(t.database.db, accountId, { locale: 'ru' });
    await t.database.query(
      `INSERT INTO conversations (account_id, customer_id, channel, tags)
       SELECT $1, $2, 'web', CASE WHEN i <= 1003 THEN ARRAY['bulk'] ELSE ARRAY['rare'] END FROM generate_series(1, 1005) AS i`,
      [accountId, customer.id],
    );
    const create = async (name: string, filter: Record<string, unknown>) => {
      const response = await agent.request('POST', API.views, { name, filter });
      expect(response.status).toBe(201);
      return response.body as { id: string; count: number; countIsCapped: boolean };
    };
    const bulk = await create('Bulk', { tags: ['bulk'] });
    const rare = await create('Rare', { tags: ['rare'], customerLanguage: ['ru'] });
    const open = await create('Open', { status: ['open'] });
    expect(bulk).toMatchObject({ count: 1000, countIsCapped: true });
    const shown = await shownCounts(agent);
    expect(shown[bulk.id]).toEqual({ count: 1000, countIsCapped: true });
    expect(shown[rare.id]).toEqual({ count: 2, countIsCapped: false });
    // Status, owner and team come from the counters: exact at any size.
    expect(shown[open.id]).toEqual({ count: 1005, countIsCapped: false });
    expect(shown['all']).toEqual({ count: 1005, countIsCapped: false });
  });
});
