import { Team, User } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { upsertByName } from './named-items';
import { candidatesFor, withMemberPresence } from './team-presence';

const ids = {
  ann: '0195f3a2-5b8e-7c1d-9e2f-000000000001',
  bob: '0195f3a2-5b8e-7c1d-9e2f-000000000002',
  eve: '0195f3a2-5b8e-7c1d-9e2f-000000000003',
  rita: '0195f3a2-5b8e-7c1d-9e2f-000000000004',
  team1: '0195f3a2-5b8e-7c1d-9e2f-100000000001',
  team2: '0195f3a2-5b8e-7c1d-9e2f-100000000002',
};

const member = (id: string, name: string) => ({ id, name, role: 'agent', presence: 'offline', capacity: 10 });
const team = (id: string, name: string, members: ReturnType<typeof member>[]) =>
  Team.parse({ id, name, assignment: 'round_robin', slaPolicyId: null, members, createdAt: '2025-01-01T00:00:00Z' });
const user = (id: string, name: string, role: string, status = 'active') =>
  User.parse({
    id,
    accountId: ids.team1,
    email: `${name.toLowerCase()}@example.com`,
    name,
    role,
    locale: 'en',
    status,
    lastSignInAt: null,
    createdAt: '2025-01-01T00:00:00Z',
  });

const support = team(ids.team1, 'Support', [member(ids.ann, 'Ann'), member(ids.bob, 'Bob')]);
const billing = team(ids.team2, 'Billing', [member(ids.bob, 'Bob')]);

describe('withMemberPresence', () => {
  it('updates the person in every team they are on, and leaves other teams as they were', () => {
    const teams = withMemberPresence([support, billing], { userId: ids.ann, presence: 'online', capacity: 3 });
    expect(teams[0]?.members[0]).toMatchObject({ presence: 'online', capacity: 3 });
    expect(teams[0]?.members[1]).toBe(support.members[1]);
    expect(teams[1]).toBe(billing);
  });
});

describe('candidatesFor', () => {
  it('offers people who work conversations and are not on the team yet, by name', () => {
    const users = [
      user(ids.rita, 'Rita', 'reviewer'),
      user(ids.eve, 'Eve', 'lead'),
      user(ids.bob, 'Bob', 'agent'),
      user(ids.ann, 'Ann', 'agent', 'deactivated'),
    ];
    expect(candidatesFor(billing, users).map((candidate) => candidate.name)).toEqual(['Eve']);
  });
});

describe('upsertByName', () => {
  it('replaces an item by id and keeps the list in name order', () => {
    const renamed = { ...billing, name: 'Zebra' };
    expect(upsertByName([billing, support], renamed).map((item) => item.name)).toEqual(['Support', 'Zebra']);
    expect(upsertByName([support], billing).map((item) => item.name)).toEqual(['Billing', 'Support']);
  });
});
