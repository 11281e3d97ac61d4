import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { API } from '@sincere/contracts';
import { teams } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

const weekday = [{ start: '09:00', end: '18:00' }];
const moscowOffice = {
  timeZone: 'Europe/Moscow',
  weekly: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
};
const standard = {
  name: 'Standard',
  businessHours: moscowOffice,
  targets: { normal: { firstResponseMinutes: 120, resolutionMinutes: 480 }, urgent: { firstResponseMinutes: 30 } },
};

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'SLA');
  const [admin, lead, agent, reviewer] = await Promise.all(
    [people.admin, people.lead, people.agent, people.reviewer].map((person) => signIn(t.app, person.email)),
  );
  return { people, admin: admin!, lead: lead!, agent: agent!, reviewer: reviewer! };
}

async function useInTeam(accountId: string, policyId: string | null, name = 'Support') {
  const [team] = await t.database.db.insert(teams).values({ accountId, name, slaPolicyId: policyId }).returning();
  return team!;
}

describe('SLA policies', () => {
  it('are created by admins and leads, read by everyone, and audited', async () => {
    const { admin, lead, agent, reviewer } = await workspace();
    const created = await admin.request('POST', API.slaPolicies, standard);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Standard',
      businessHours: { timeZone: 'Europe/Moscow', holidays: [], alwaysOpen: false, weekly: { saturday: [] } },
      targets: standard.targets,
      teams: [],
    });
    const calendar = await lead.request('POST', API.slaPolicies, {
      name: 'VIP',
      targets: { high: { firstResponseMinutes: 15 } },
    });
    expect(calendar.status).toBe(201);
    expect(calendar.body.businessHours).toBeNull();

    expect((await agent.request('POST', API.slaPolicies, standard)).status).toBe(403);
    expect((await reviewer.request('PATCH', API.slaPolicy(created.body.id), { name: 'Mine' })).status).toBe(403);
    expect((await agent.request('DELETE', API.slaPolicy(created.body.id))).status).toBe(403);
    const list = await reviewer.request('GET', API.slaPolicies);
    expect(list.body.items.map((policy: { name: string }) => policy.name)).toEqual(['Standard', 'VIP']);
    expect((await agent.request('GET', API.slaPolicy(calendar.body.id))).body.name).toBe('VIP');

    const audit = await admin.request('GET', API.auditLog);
    expect(audit.body.items.filter((entry: { action: string }) => entry.action === 'sla_policy.created')).toHaveLength(
      2,
    );
  });

  it('change name, hours and targets, and drop business hours with null', async () => {
    const { admin } = await workspace();
    const { id } = (await admin.request('POST', API.slaPolicies, standard)).body;
    const renamed = await admin.request('PATCH', API.slaPolicy(id), { name: 'Standard (RU)' });
    expect(renamed.body).toMatchObject({ name: 'Standard (RU)', targets: standard.targets });
    const calendar = await admin.request('PATCH', API.slaPolicy(id), {
      businessHours: null,
      targets: { low: { resolutionMinutes: 7 * 24 * 60 } },
    });
    expect(calendar.status).toBe(200);
    expect(calendar.body).toMatchObject({ businessHours: null, targets: { low: { resolutionMinutes: 10080 } } });
    expect((await admin.request('GET', API.slaPolicy(id))).body.targets).toEqual({ low: { resolutionMinutes: 10080 } });
    const audit = await admin.request('GET', API.auditLog);
    expect(audit.body.items[0]).toMatchObject({
      action: 'sla_policy.updated',
      targetId: id,
      data: { changed: ['businessHours', 'targets'] },
    });
  });

  it('name the field of a bad schedule or target', async () => {
    const { admin } = await workspace();
    const cases: [Record<string, unknown>, string][] = [
      [
        { ...standard, businessHours: { ...moscowOffice, weekly: { monday: [{ start: '9:00', end: '18:00' }] } } },
        'businessHours.weekly.monday.0.start',
      ],
      [{ ...standard, businessHours: { ...moscowOffice, timeZone: 'Moscow/Red_Square' } }, 'businessHours.timeZone'],
      [{ ...standard, targets: { normal: { resolutionMinutes: 91 * 24 * 60 } } }, 'targets.normal.resolutionMinutes'],
      [{ ...standard, targets: { normal: { firstResponseMinutes: 0 } } }, 'targets.normal.firstResponseMinutes'],
      [{ ...standard, targets: { critical: { firstResponseMinutes: 10 } } }, 'targets.critical'],
      [{ ...standard, name: ' ' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const refused = await admin.request('POST', API.slaPolicies, body);
      expect(refused.status, field).toBe(422);
      expect(Object.keys(refused.body.error.fields), field).toContain(field);
    }
  });

  it('refuse a target that would take more than a year of the business hours to run out', async () => {
    const { admin } = await workspace();
    const oneHourAWeek = { timeZone: 'Asia/Jakarta', weekly: { monday: [{ start: '09:00', end: '10:00' }] } };
    const created = await admin.request('POST', API.slaPolicies, {
      name: 'Slow',
      businessHours: oneHourAWeek,
      targets: { low: { resolutionMinutes: 60 * 52 + 1 } },
    });
    expect(created.status).toBe(422);
    expect(Object.keys(created.body.error.fields)).toEqual(['targets.low.resolutionMinutes']);

    // The same check when the hours change under stored targets.
    const weekly = { ...standard, targets: { normal: { resolutionMinutes: 5 * 24 * 60 } } };
    const { id } = (await admin.request('POST', API.slaPolicies, weekly)).body;
    const narrowed = await admin.request('PATCH', API.slaPolicy(id), { businessHours: oneHourAWeek });
    expect(narrowed.status).toBe(422);
    expect(Object.keys(narrowed.body.error.fields)).toEqual(['targets.normal.resolutionMinutes']);
    expect((await admin.request('GET', API.slaPolicy(id))).body.businessHours.timeZone).toBe('Europe/Moscow');
  });

  it('show the teams that use them, and cannot be deleted while one does', async () => {
    const { admin, lead, people } = await workspace();
    const { id } = (await admin.request('POST', API.slaPolicies, standard)).body;
    const team = await useInTeam(people.account.id, id);
    expect((await lead.request('GET', API.slaPolicy(id))).body.teams).toEqual([{ id: team.id, name: 'Support' }]);

    const refused = await lead.request('DELETE', API.slaPolicy(id));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Support');

    await t.database.db
      .update(teams)
      .set({ slaPolicyId: null })
      .where(and(eq(teams.accountId, people.account.id), eq(teams.id, team.id)));
    expect((await lead.request('DELETE', API.slaPolicy(id))).status).toBe(204);
    expect((await admin.request('GET', API.slaPolicy(id))).status).toBe(404);
    const audit = await admin.request('GET', API.auditLog);
    expect(audit.body.items[0]).toMatchObject({
      action: 'sla_policy.deleted',
      targetId: id,
      data: { name: 'Standard' },
    });
  });
});
