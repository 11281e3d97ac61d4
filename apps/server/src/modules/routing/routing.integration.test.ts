import { afterAll, describe, expect, it } from 'vitest';
import {
  API,
  type ConversationDetail,
  type ConversationEvent,
  type Team,
  type TeamAssignment,
} from '@sincere/contracts';
import { conversationEvents } from '@sincere/db';
import { seedConversation, seedCustomer, seedUser } from '@sincere/db/testing';
import { and, eq } from 'drizzle-orm';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';
import { registerRouting } from './register-routing';

// Jobs run because snoozing schedules one.
const t = await createTestApp();
registerRouting(t.ctx);
afterAll(() => t.close());

// Each member joins and each conversation opens a second after the previous one: turns and queues follow the test's order.
let now = Date.now();
const tick = () => t.setNow(new Date((now += 1000)));

type Agent = { presence?: 'online' | 'away' | 'offline'; capacity?: number; status?: 'active' | 'deactivated' };

/** An account, its channel (an integration token), and a team of the given agents in that order. */
async function workspace(assignment: TeamAssignment, agents: Agent[]) {
  const people = await seedAccountWithPeople(t.database, 'Routing');
  const admin = await signIn(t.app, people.admin.email);
  const { secret } = (await admin.request('POST', API.apiTokens, { name: 'channel' })).body;
  const team: Team = (await admin.request('POST', API.teams, { name: 'Support', assignment })).body;
  const members: string[] = [];
  for (const agent of agents) {
    const user = await seedUser(t.database.db, people.account.id, { role: 'agent', presence: 'online', ...agent });
    tick();
    await admin.request('PUT', API.teamMember(team.id, user.id));
    members.push(user.id);
  }
  const channel = withToken(t.app, secret);
  const open = async (extra: Record<string, unknown> = { teamId: team.id }): Promise<ConversationDetail> => {
    tick();
    const response = await channel.request('POST', API.conversations, {
      customer: { name: 'Ana' },
      message: { body: 'Olá' },
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const ownerOf = async (id: string): Promise<string | null> =>
    (await admin.request('GET', API.conversation(id))).body.assignee?.id ?? null;
  return { people, admin, channel, team, members, open, ownerOf };
}

/** Conversations this user already owns, seeded without going through routing. */
async function giveConversations(accountId: string, assigneeId: string, status: 'open' | 'pending', count: number) {
  const customer = await seedCustomer(t.database.db, accountId);
  for (let index = 0; index < count; index += 1)
    await seedConversation(t.database.db, accountId, customer.id, { assigneeId, status });
}

async function assignedEvents(conversationId: string): Promise<ConversationEvent[]> {
  const rows = await t.database.db
    .select()
    .from(conversationEvents)
    .where(
      and(eq(conversationEvents.conversationId, conversationId), eq(conversationEvents.type, 'conversation.assigned')),
    );
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }) as ConversationEvent);
}

const signInAs = (email: string): Promise<Caller> => signIn(t.app, email);

describe('round robin', () => {
  it('gives conversations to the online members in turn, as the team lists them', async () => {
    const { open, team, admin } = await workspace('round_robin', [{}, {}, {}]);
    const order = (await admin.request('GET', API.team(team.id))).body.members.map(
      (member: { id: string }) => member.id,
    );
    const owners = [];
    for (let index = 0; index < 4; index += 1) owners.push((await open()).assignee?.id);
    expect(owners).toEqual([order[0], order[1], order[2], order[0]]);
  });

  it('records the assignment in the event log as automatic, by the system', async () => {
    const { open, members } = await workspace('round_robin', [{}]);
    const conversation = await open();
    expect(conversation.events.at(-1)).toMatchObject({
      type: 'conversation.assigned',
      actorType: 'system',
      actorId: null,
      data: { from: null, to: members[0], reason: 'auto' },
    });
  });

  it('skips members who are away, offline or deactivated', async () => {
    const { open, members } = await workspace('round_robin', [
      { presence: 'away' },
      { presence: 'offline' },
      { status: 'deactivated' },
      {},
    ]);
    expect([(await open()).assignee?.id, (await open()).assignee?.id]).toEqual([members[3], members[3]]);
  });
});

describe('least loaded', () => {
  it('gives the member with the fewest open conversations, breaking ties by turn', async () => {
    const { open, members, people } = await workspace('least_loaded', [{}, {}]);
    const [ann, bob] = members as [string, string];
    await giveConversations(people.account.id, ann, 'open', 2);
    // Pending conversations count against capacity, not as open work.
    await giveConversations(people.account.id, bob, 'open', 1);
    await giveConversations(people.account.id, bob, 'pending', 3);
    const owners = [];
    for (let index = 0; index < 3; index += 1) owners.push((await open()).assignee?.id);
    expect(owners).toEqual([bob, ann, bob]);
  });
});

describe('capacity and the queue', () => {
  it('never gives a member more open and pending conversations than their capacity', async () => {
    const { open, members, people } = await workspace('round_robin', [{ capacity: 1 }, { capacity: 2 }]);
    const [ann, bob] = members as [string, string];
    await giveConversations(people.account.id, bob, 'pending', 1);
    const owners = [];
    for (let index = 0; index < 3; index += 1) owners.push((await open()).assignee?.id ?? null);
    expect(owners).toEqual([ann, bob, null]);
  });

  it('serves the queue in order as capacity frees: resolving one gives the next in line', async () => {
    const { open, people, admin, ownerOf, team } = await workspace('round_robin', []);
    const agent = await signInAs(people.agent.email);
    await admin.request('PUT', API.userCapacity(people.agent.id), { capacity: 1 });
    await agent.request('PUT', API.myPresence, { presence: 'online' });
    await admin.request('PUT', API.teamMember(team.id, people.agent.id));
    const [first, second, third] = [await open(), await open(), await open()];
    expect([first.assignee?.id, second.assignee, third.assignee]).toEqual([people.agent.id, null, null]);

    await agent.request('PATCH', API.conversation(first.id), { status: 'resolved' });
    expect([await ownerOf(second.id), await ownerOf(third.id)]).toEqual([people.agent.id, null]);
    expect((await assignedEvents(second.id)).map((event) => event.data)).toEqual([
      { from: null, to: people.agent.id, reason: 'auto', teamId: team.id },
    ]);

    // Unassigning puts it back at its place in line: it waited longest, so it is served first again.
    await agent.request('PUT', API.conversationAssignment(second.id), { assigneeId: null, reason: 'Out of my depth' });
    expect([await ownerOf(second.id), await ownerOf(third.id)]).toEqual([people.agent.id, null]);
    const snoozed = await agent.request('PATCH', API.conversation(second.id), {
      status: 'snoozed',
      snoozedUntil: new Date(now + 3_600_000).toISOString(),
    });
    expect(snoozed.status).toBe(200);
    expect(await ownerOf(third.id)).toBe(people.agent.id);
  });

  it('serves the queue when a member comes online or gets more capacity', async () => {
    const { open, people, admin, ownerOf, team, members } = await workspace('round_robin', [{ capacity: 1 }]);
    const lead = await signInAs(people.lead.email);
    await admin.request('PUT', API.userCapacity(people.lead.id), { capacity: 1 });
    await admin.request('PUT', API.teamMember(team.id, people.lead.id));
    const [first, second, third] = [await open(), await open(), await open()];
    expect([first.assignee?.id, second.assignee, third.assignee]).toEqual([members[0], null, null]);

    await lead.request('PUT', API.myPresence, { presence: 'online' });
    expect([await ownerOf(second.id), await ownerOf(third.id)]).toEqual([people.lead.id, null]);
    await admin.request('PUT', API.userCapacity(members[0] ?? ''), { capacity: 2 });
    expect(await ownerOf(third.id)).toBe(members[0]);
  });

  it('serves a reopened conversation, and leaves a resolved one alone', async () => {
    const { open, people, channel, team, ownerOf } = await workspace('round_robin', []);
    const agent = await signInAs(people.agent.email);
    await (await signInAs(people.admin.email)).request('PUT', API.teamMember(team.id, people.agent.id));
    const conversation = await open();
    expect(conversation.assignee).toBeNull();
    await agent.request('PATCH', API.conversation(conversation.id), { status: 'resolved' });
    await agent.request('PUT', API.myPresence, { presence: 'online' });
    expect(await ownerOf(conversation.id)).toBeNull();

    await channel.request('POST', API.conversationMessages(conversation.id), {
      direction: 'inbound',
      body: 'Ainda não chegou',
    });
    expect(await ownerOf(conversation.id)).toBe(people.agent.id);
  });
});

describe('what routing leaves alone', () => {
  it('never takes a conversation from an owner someone chose', async () => {
    const { open, people, admin, members, ownerOf, team } = await workspace('round_robin', [{ capacity: 0 }]);
    const lead = await signInAs(people.lead.email);
    const waiting = await open();
    await lead.request('PUT', API.conversationAssignment(waiting.id), {
      assigneeId: people.lead.id,
      reason: 'VIP customer',
    });
    await admin.request('PUT', API.userCapacity(members[0] ?? ''), { capacity: 5 });
    expect(await ownerOf(waiting.id)).toBe(people.lead.id);

    const elsewhere = await open({});
    await lead.request('PUT', API.conversationAssignment(elsewhere.id), { assigneeId: people.lead.id });
    await lead.request('PATCH', API.conversation(elsewhere.id), { teamId: team.id });
    expect(await ownerOf(elsewhere.id)).toBe(people.lead.id);
    expect(await assignedEvents(elsewhere.id)).toHaveLength(1);
  });

  it('assigns nothing in a manual team until it switches to automatic assignment', async () => {
    const { open, admin, team, members, ownerOf } = await workspace('manual', [{}]);
    const conversation = await open();
    expect(conversation.assignee).toBeNull();
    expect((await open({})).assignee).toBeNull();
    await admin.request('PATCH', API.team(team.id), { assignment: 'least_loaded' });
    expect(await ownerOf(conversation.id)).toBe(members[0]);
  });

  it('assigns a conversation moved into an automatic team', async () => {
    const { open, admin, team, members, ownerOf } = await workspace('round_robin', [{}]);
    const conversation = await open({});
    expect(conversation.assignee).toBeNull();
    await admin.request('PATCH', API.conversation(conversation.id), { teamId: team.id });
    expect(await ownerOf(conversation.id)).toBe(members[0]);
  });
});

describe('at the same moment', () => {
  it('gives exactly one of many conversations opened at once to an agent with one free slot', async () => {
    const { open, members, people } = await workspace('round_robin', [{ capacity: 1 }]);
    const opened = await Promise.all(Array.from({ length: 8 }, () => open()));
    const owners = await Promise.all(
      opened.map(async (conversation) => (await assignedEvents(conversation.id)).map((event) => event.data['to'])),
    );
    expect(owners.flat()).toEqual([members[0]]);
    const load = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM conversations WHERE account_id = $1 AND assignee_id = $2',
      [people.account.id, members[0]],
    );
    expect(load.rows[0]?.n).toBe(1);
  });

  it('fills an agent’s last slot once even when two of their teams route at once', async () => {
    const { open, members, admin, team } = await workspace('least_loaded', [{ capacity: 1 }]);
    const second: Team = (await admin.request('POST', API.teams, { name: 'Second line', assignment: 'round_robin' }))
      .body;
    await admin.request('PUT', API.teamMember(second.id, members[0] ?? ''));
    const opened = await Promise.all(
      Array.from({ length: 8 }, (_, index) => open({ teamId: index % 2 ? team.id : second.id })),
    );
    const assigned = await Promise.all(opened.map((conversation) => assignedEvents(conversation.id)));
    expect(assigned.flat()).toHaveLength(1);
  });

  it('gives each conversation to one agent only when several are free', async () => {
    const { open, members } = await workspace('round_robin', [{ capacity: 2 }, { capacity: 2 }, { capacity: 2 }]);
    const opened = await Promise.all(Array.from({ length: 9 }, () => open()));
    const assigned = await Promise.all(opened.map((conversation) => assignedEvents(conversation.id)));
    expect(assigned.map((events) => events.length).sort()).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1]);
    const perAgent = members.map((id) => assigned.flat().filter((event) => event.data['to'] === id).length);
    expect(perAgent).toEqual([2, 2, 2]);
  });
});
