import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '@sincere/contracts';
import { teamMembers, teams, type conversations as conversationsTable } from '@sincere/db';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, type Caller } from '../../testing/http-client';

// A clock far from the real one: "waiting longer than" must measure from it, not from the database's now().
// In the future, so that the sessions it signs stay live for a purge run at the real time by another file.
const NOW = new Date('2031-05-01T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const t = await createTestApp({ now: NOW });
afterAll(() => t.close());

let people: Awaited<ReturnType<typeof seedAccountWithPeople>>;
let agent: Caller;
let lead: Caller;
let salesTeamId: string;
let brazilianId: string;
/** Conversation ids by a name that says what each one is. */
const seeded: Record<string, string> = {};

beforeAll(async () => {
  people = await seedAccountWithPeople(t.database, 'Filters');
  agent = await signIn(t.app, people.agent.email);
  lead = await signIn(t.app, people.lead.email);
  const accountId = people.account.id;
  const { db } = t.database;
  const [support, sales] = await db
    .insert(teams)
    .values([
      { accountId, name: 'Support' },
      { accountId, name: 'Sales' },
    ])
    .returning();
  if (!support || !sales) throw new Error('no teams');
  salesTeamId = sales.id;
  await db.insert(teamMembers).values([
    { accountId, teamId: support.id, userId: people.agent.id },
    { accountId, teamId: sales.id, userId: people.lead.id },
  ]);
  const brazilian = await seedCustomer(db, accountId, { locale: 'pt-BR', country: 'BR' });
  const spaniard = await seedCustomer(db, accountId, { locale: 'es', country: 'PT' });
  const unknown = await seedCustomer(db, accountId);
  brazilianId = brazilian.id;
  const conversations: Record<string, [string, Partial<typeof conversationsTable.$inferInsert>]> = {
    openMine: [
      brazilian.id,
      {
        status: 'open',
        assigneeId: people.agent.id,
        teamId: support.id,
        tags: ['vip', 'billing', 'refund'],
        channel: 'email',
        priority: 'high',
        waitingSince: minutesAgo(45),
      },
    ],
    pendingLeads: [
      spaniard.id,
      {
        status: 'pending',
        assigneeId: people.lead.id,
        teamId: sales.id,
        tags: ['vip'],
        channel: 'web',
        priority: 'normal',
      },
    ],
    unassigned: [
      spaniard.id,
      { status: 'open', channel: 'telegram', priority: 'urgent', waitingSince: minutesAgo(10) },
    ],
    resolvedMine: [
      unknown.id,
      { status: 'resolved', assigneeId: people.agent.id, teamId: support.id, channel: 'api', priority: 'low' },
    ],
    snoozed: [
      brazilian.id,
      { status: 'snoozed', teamId: sales.id, snoozedUntil: minutesAgo(-60), waitingSince: minutesAgo(120) },
    ],
  };
  for (const [name, [customerId, values]] of Object.entries(conversations)) {
    seeded[name] = (await seedConversation(db, accountId, customerId, values)).id;
  }
});

async function namesListed(caller: Caller, query: string): Promise<string[]> {
  const response = await caller.request('GET', `${API.conversations}?${query}`);
  expect(response.status, query).toBe(200);
  const ids: string[] = response.body.items.map((item: { id: string }) => item.id);
  return Object.keys(seeded).filter((name) => ids.includes(seeded[name] ?? ''));
}

describe('listing conversations by filter', () => {
  it.each([
    ['status', 'status=pending', ['pendingLeads'], ['openMine', 'unassigned']],
    [
      'several statuses, comma-separated',
      'status=open,pending',
      ['openMine', 'pendingLeads', 'unassigned'],
      ['resolvedMine', 'snoozed'],
    ],
    ['several statuses, repeated', 'status=resolved&status=snoozed', ['resolvedMine', 'snoozed'], ['openMine']],
    ['owner: me', 'assignee=me', ['openMine', 'resolvedMine'], ['pendingLeads', 'unassigned']],
    ['owner: none', 'assignee=none', ['unassigned', 'snoozed'], ['openMine', 'pendingLeads']],
    ['owner: a person', () => `assignee=${people.lead.id}`, ['pendingLeads'], ['openMine', 'unassigned']],
    ['team: mine', 'team=mine', ['openMine', 'resolvedMine'], ['pendingLeads', 'unassigned', 'snoozed']],
    ['team: a team', () => `team=${salesTeamId}`, ['pendingLeads', 'snoozed'], ['openMine', 'unassigned']],
    ['all of several tags', 'tags=vip,billing', ['openMine'], ['pendingLeads', 'unassigned']],
    ['a tag, compared without case', 'tags=VIP', ['openMine', 'pendingLeads'], ['unassigned']],
    ['channel', 'channel=email,telegram', ['openMine', 'unassigned'], ['pendingLeads', 'resolvedMine']],
    ['priority', 'priority=urgent', ['unassigned'], ['openMine']],
    [
      'the customer’s language, from their locale',
      'customerLanguage=pt',
      ['openMine', 'snoozed'],
      ['pendingLeads', 'resolvedMine'],
    ],
    [
      'the customer’s country, without case',
      'customerCountry=br',
      ['openMine', 'snoozed'],
      ['unassigned', 'resolvedMine'],
    ],
    [
      'waiting longer than, by the app’s clock',
      'waitingLongerThanMinutes=30',
      ['openMine', 'snoozed'],
      ['unassigned', 'resolvedMine'],
    ],
    ['criteria together', 'assignee=me&status=open&customerCountry=BR', ['openMine'], ['resolvedMine', 'snoozed']],
    [
      'one customer, whatever the status',
      () => `customerId=${brazilianId}`,
      ['openMine', 'snoozed'],
      ['pendingLeads', 'unassigned', 'resolvedMine'],
    ],
    ['built-in view mine', 'view=mine', ['openMine'], ['resolvedMine', 'pendingLeads']],
    ['built-in view unassigned', 'view=unassigned', ['unassigned'], ['snoozed', 'openMine']],
    ['built-in view my_team', 'view=my_team', ['openMine'], ['resolvedMine', 'pendingLeads', 'snoozed']],
    ['built-in view all', 'view=all', ['openMine', 'pendingLeads', 'unassigned', 'snoozed'], ['resolvedMine']],
    ['a view with a field replaced', 'view=all&status=resolved', ['resolvedMine'], ['openMine']],
    ['a view narrowed by another field', 'view=my_team&priority=low,normal', [], ['openMine']],
  ] as const)('by %s: lists what matches, leaves out what does not', async (_what, query, included, excluded) => {
    const names = await namesListed(agent, typeof query === 'function' ? query() : query);
    expect(names).toEqual(expect.arrayContaining([...included]));
    for (const name of excluded) expect(names).not.toContain(name);
    if (included.length === 0) expect(names).toEqual([]);
  });

  it('lists a saved view by its id, and another person’s personal view is not found', async () => {
    const saved = await agent.request('POST', API.views, { name: 'VIP', filter: { tags: ['vip'] } });
    expect(saved.status).toBe(201);
    const names = await namesListed(agent, `view=${saved.body.id}`);
    expect(names.sort()).toEqual(['openMine', 'pendingLeads']);
    const otherPersons = await lead.request('GET', `${API.conversations}?view=${saved.body.id}`);
    expect(otherPersons.status).toBe(404);
  });

  it('lists nothing for another account’s customer', async () => {
    const elsewhere = await seedAccountWithPeople(t.database, 'Filters elsewhere');
    const theirs = await seedCustomer(t.database.db, elsewhere.account.id);
    await seedConversation(t.database.db, elsewhere.account.id, theirs.id);
    const response = await agent.request('GET', `${API.conversations}?customerId=${theirs.id}`);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([]);
  });

  it.each([
    ['status=closed', 'status'],
    ['view=everything', 'view'],
    ['assignee=someone', 'assignee'],
    ['team=theirs', 'team'],
    ['tags=a,b,c,d,e,f,g,h,i,j,k', 'tags'],
    ['customerCountry=BRA', 'customerCountry'],
    ['customerLanguage=x', 'customerLanguage'],
    ['waitingLongerThanMinutes=0', 'waitingLongerThanMinutes'],
    ['waitingLongerThanMinutes=soon', 'waitingLongerThanMinutes'],
    ['sort=newest', 'sort'],
    ['tag=vip', 'tag'],
    ['tags=%00', 'tags'],
    ['customerLanguage=e%00', 'customerLanguage'],
    ['customerId=42', 'customerId'],
  ])('refuses %s with 422 naming the field', async (query, field) => {
    const response = await agent.request('GET', `${API.conversations}?${query}`);
    expect(response.status, query).toBe(422);
    const fields = Object.keys(response.body.error.fields ?? {});
    expect(
      fields.some((name) => name === field || name.startsWith(`${field}.`)),
      fields.join(),
    ).toBe(true);
  });
});
