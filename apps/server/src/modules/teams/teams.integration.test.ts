import { afterAll, describe, expect, it } from 'vitest';
import { API, AuditPage, type AuditEntry, type Team } from '@sincere/contracts';
import { slaPolicies } from '@sincere/db';
import { seedUser } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Teams');
  const [admin, lead, agent, reviewer] = await Promise.all(
    [people.admin, people.lead, people.agent, people.reviewer].map((person) => signIn(t.app, person.email)),
  );
  if (!admin || !lead || !agent || !reviewer) throw new Error('sign-in failed');
  return { people, admin, lead, agent, reviewer };
}

async function createTeam(caller: Caller, body: Record<string, unknown>): Promise<Team> {
  const response = await caller.request('POST', API.teams, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function auditOf(caller: Caller): Promise<AuditEntry[]> {
  return AuditPage.parse((await caller.request('GET', `${API.auditLog}?limit=100`)).body).items;
}

async function seedSlaPolicy(accountId: string): Promise<string> {
  const [row] = await t.database.db
    .insert(slaPolicies)
    .values({ accountId, name: 'Standard', targets: { normal: { firstResponseMinutes: 60 } } })
    .returning({ id: slaPolicies.id });
  if (!row) throw new Error('no policy');
  return row.id;
}

describe('teams', () => {
  it('are created, renamed and staffed by admins and leads, and read by everyone', async () => {
    const { people, admin, lead, agent, reviewer } = await workspace();
    const team = await createTeam(admin, { name: ' Billing ' });
    expect(team).toMatchObject({ name: 'Billing', assignment: 'manual', slaPolicyId: null, members: [] });

    const renamed = await lead.request('PATCH', API.team(team.id), {
      name: 'Billing & refunds',
      assignment: 'round_robin',
    });
    expect(renamed.body).toMatchObject({ name: 'Billing & refunds', assignment: 'round_robin' });
    await lead.request('PUT', API.teamMember(team.id, people.agent.id));
    const staffed = await admin.request('PUT', API.teamMember(team.id, people.lead.id));
    expect(staffed.body.members).toEqual([
      { id: people.agent.id, name: 'agent of Teams', role: 'agent', presence: 'offline', capacity: 10 },
      { id: people.lead.id, name: 'lead of Teams', role: 'lead', presence: 'offline', capacity: 10 },
    ]);

    for (const reader of [agent, reviewer]) {
      const list = await reader.request('GET', API.teams);
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([staffed.body]);
      expect((await reader.request('GET', API.team(team.id))).body).toEqual(staffed.body);
    }
  });

  it('refuse changes from agents and reviewers', async () => {
    const { people, admin, agent, reviewer } = await workspace();
    const team = await createTeam(admin, { name: 'Support' });
    for (const caller of [agent, reviewer]) {
      const attempts = await Promise.all([
        caller.request('POST', API.teams, { name: 'Mine' }),
        caller.request('PATCH', API.team(team.id), { name: 'Taken' }),
        caller.request('PUT', API.teamMember(team.id, people.agent.id)),
        caller.request('DELETE', API.team(team.id)),
      ]);
      expect(attempts.map((response) => response.status)).toEqual([403, 403, 403, 403]);
    }
    expect((await admin.request('GET', API.team(team.id))).body).toMatchObject({ name: 'Support', members: [] });
  });

  it('keep names unique in the account', async () => {
    const { admin } = await workspace();
    const other = await workspace();
    await createTeam(admin, { name: 'Sales' });
    const second = await createTeam(admin, { name: 'Retention' });
    const again = await admin.request('POST', API.teams, { name: 'Sales' });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual({ name: 'Already used by another team' });
    expect((await admin.request('PATCH', API.team(second.id), { name: 'Sales' })).status).toBe(409);
    await createTeam(other.admin, { name: 'Sales' });
  });

  it('take an SLA policy of their own account only, and let it go with null', async () => {
    const { people, admin } = await workspace();
    const foreign = await workspace();
    const own = await seedSlaPolicy(people.account.id);
    const theirs = await seedSlaPolicy(foreign.people.account.id);
    const refused = await admin.request('POST', API.teams, { name: 'VIP', slaPolicyId: theirs });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual({ slaPolicyId: 'No SLA policy with this id' });

    const team = await createTeam(admin, { name: 'VIP', slaPolicyId: own });
    expect(team.slaPolicyId).toBe(own);
    expect((await admin.request('PATCH', API.team(team.id), { slaPolicyId: theirs })).status).toBe(422);
    expect((await admin.request('PATCH', API.team(team.id), { slaPolicyId: null })).body.slaPolicyId).toBeNull();
  });

  it('take as members only people of the account who work conversations', async () => {
    const { people, admin } = await workspace();
    const other = await workspace();
    const gone = await seedUser(t.database.db, people.account.id, { role: 'agent', status: 'deactivated' });
    const team = await createTeam(admin, { name: 'Escalations' });
    for (const userId of [people.reviewer.id, gone.id]) {
      const refused = await admin.request('PUT', API.teamMember(team.id, userId));
      expect(refused.status).toBe(422);
      expect(refused.body.error.fields).toEqual({ userId: 'Cannot work conversations' });
    }
    const foreign = await admin.request('PUT', API.teamMember(team.id, other.people.agent.id));
    expect(foreign.status).toBe(404);

    await admin.request('PUT', API.teamMember(team.id, people.agent.id));
    const twice = await admin.request('PUT', API.teamMember(team.id, people.agent.id));
    expect(twice.body.members.map((member: { id: string }) => member.id)).toEqual([people.agent.id]);

    expect((await admin.request('DELETE', API.teamMember(team.id, people.agent.id))).body.members).toEqual([]);
    expect((await admin.request('DELETE', API.teamMember(team.id, people.agent.id))).status).toBe(404);
  });

  it('are deleted only when nobody belongs to them and no conversation was routed to them', async () => {
    const { people, admin } = await workspace();
    const { secret } = (await admin.request('POST', API.apiTokens, { name: 'channel' })).body;
    const team = await createTeam(admin, { name: 'Night shift' });
    await admin.request('PUT', API.teamMember(team.id, people.agent.id));
    expect((await admin.request('DELETE', API.team(team.id))).status).toBe(409);
    await admin.request('DELETE', API.teamMember(team.id, people.agent.id));

    const opened = await withToken(t.app, secret).request('POST', API.conversations, {
      customer: { name: 'Nadia' },
      teamId: team.id,
      message: { body: 'Bonsoir' },
    });
    expect(opened.body.team).toEqual({ id: team.id, name: 'Night shift' });
    const refused = await admin.request('DELETE', API.team(team.id));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Conversations belong to this team/);

    const empty = await createTeam(admin, { name: 'Temporary' });
    expect((await admin.request('DELETE', API.team(empty.id))).status).toBe(204);
    expect((await admin.request('GET', API.team(empty.id))).status).toBe(404);
    expect((await admin.request('GET', API.teams)).body.items.map((item: Team) => item.name)).toEqual(['Night shift']);
  });

  it('are audited, each change once, with who made it', async () => {
    const { people, admin, lead } = await workspace();
    const policy = await seedSlaPolicy(people.account.id);
    const team = await createTeam(admin, { name: 'Audited', assignment: 'least_loaded' });
    await lead.request('PATCH', API.team(team.id), {
      name: 'Audited team',
      assignment: 'round_robin',
      slaPolicyId: policy,
    });
    await lead.request('PATCH', API.team(team.id), { name: 'Audited team' });
    await lead.request('PUT', API.teamMember(team.id, people.agent.id));
    await lead.request('PUT', API.teamMember(team.id, people.agent.id));
    await lead.request('DELETE', API.teamMember(team.id, people.agent.id));
    const spare = await createTeam(lead, { name: 'Spare' });
    await admin.request('DELETE', API.team(spare.id));

    const byAdmin = { id: people.admin.id, name: 'admin of Teams' };
    const byLead = { id: people.lead.id, name: 'lead of Teams' };
    const entries = await auditOf(admin);
    const expected = [
      {
        action: 'team.created',
        actor: byAdmin,
        targetId: team.id,
        data: { name: 'Audited', assignment: 'least_loaded', slaPolicyId: null },
      },
      { action: 'team.renamed', actor: byLead, targetId: team.id, data: { from: 'Audited', to: 'Audited team' } },
      {
        action: 'team.assignment_changed',
        actor: byLead,
        targetId: team.id,
        data: { from: 'least_loaded', to: 'round_robin' },
      },
      { action: 'team.sla_policy_changed', actor: byLead, targetId: team.id, data: { from: null, to: policy } },
      {
        action: 'team.member_added',
        actor: byLead,
        targetId: team.id,
        data: { userId: people.agent.id, name: 'agent of Teams' },
      },
      { action: 'team.member_removed', actor: byLead, targetId: team.id, data: { userId: people.agent.id } },
      {
        action: 'team.created',
        actor: byLead,
        targetId: spare.id,
        data: { name: 'Spare', assignment: 'manual', slaPolicyId: null },
      },
      { action: 'team.deleted', actor: byAdmin, targetId: spare.id, data: { name: 'Spare' } },
    ];
    expect(entries).toHaveLength(expected.length);
    expect(entries).toEqual(
      expect.arrayContaining(expected.map((entry) => expect.objectContaining({ ...entry, targetType: 'team' }))),
    );
  });
});

describe('a conversation’s team at creation', () => {
  it('must be a team of the account', async () => {
    const { admin } = await workspace();
    const other = await workspace();
    const theirs = await createTeam(other.admin, { name: 'Theirs' });
    const { secret } = (await admin.request('POST', API.apiTokens, { name: 'channel' })).body;
    const refused = await withToken(t.app, secret).request('POST', API.conversations, {
      customer: { name: 'Olga' },
      teamId: theirs.id,
      message: { body: 'Hello' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual({ teamId: 'No team with this id' });
  });
});
