import { afterAll, describe, expect, it } from 'vitest';
import { API, SlaCheckJob, SlaRecomputeJob, type ServerEvent } from '@sincere/contracts';
import { teams } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, withToken } from '../../testing/http-client';
import { registerSlaListener } from './apply-sla';
import { checkSla, recomputeSla } from './sla-jobs';

const t = await createTestApp();
// The runtime registers the listener; job workers are not started in tests, which run the jobs themselves.
registerSlaListener(t.ctx);
afterAll(() => t.close());

const MINUTE = 60_000;
const weekday = [{ start: '09:00', end: '18:00' }];
const moscowOffice = {
  name: 'Moscow office',
  businessHours: {
    timeZone: 'Europe/Moscow',
    weekly: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday },
  },
  targets: { normal: { firstResponseMinutes: 120, resolutionMinutes: 480 } },
};
const roundTheClock = {
  name: 'Round the clock',
  targets: { normal: { firstResponseMinutes: 120, resolutionMinutes: 480 }, urgent: { firstResponseMinutes: 30 } },
};
/** Friday 6 March 2026, 17:30 in Moscow (UTC+3). */
const fridayEvening = new Date('2026-03-06T14:30:00Z');

async function workspace(policy: Record<string, unknown>) {
  const people = await seedAccountWithPeople(t.database, 'SLA clocks');
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  const agent = await signIn(t.app, people.agent.email);
  const created = await admin.request('POST', API.slaPolicies, policy);
  expect(created.status).toBe(201);
  const [team] = await t.database.db
    .insert(teams)
    .values({ accountId: people.account.id, name: 'Support', slaPolicyId: created.body.id })
    .returning();
  const pushed: ServerEvent[] = [];
  t.ctx.realtime.add({ accountId: people.account.id, userId: people.lead.id, send: (event) => pushed.push(event) });
  return {
    people,
    admin,
    agent,
    channel: withToken(t.app, token.body.secret),
    policyId: created.body.id,
    team: team!,
    pushed,
  };
}
type Workspace = Awaited<ReturnType<typeof workspace>>;

/** A customer writes at `at`, and the conversation is routed to the team that has the policy. */
async function arrive(w: Workspace, at: Date): Promise<string> {
  t.setNow(at);
  const opened = await w.channel.request('POST', API.conversations, {
    customer: { name: 'Olga Smirnova' },
    message: { body: 'Мой заказ не пришёл' },
  });
  expect(opened.status).toBe(201);
  expect((await w.agent.request('PATCH', API.conversation(opened.body.id), { teamId: w.team.id })).status).toBe(200);
  return opened.body.id;
}

async function read(w: Workspace, id: string) {
  return (await w.agent.request('GET', API.conversation(id))).body;
}

async function scheduledChecks(conversationId: string): Promise<SlaCheckJob[]> {
  const { rows } = await t.database.query<{ data: unknown }>(
    "SELECT data FROM pgboss.job WHERE name = 'sla.check' AND data->>'conversationId' = $1 ORDER BY created_on, id",
    [conversationId],
  );
  return rows.map((row) => SlaCheckJob.parse(row.data));
}

/** What the job worker would do at `now`: run every check of the conversation whose time has come. */
async function runChecksAt(conversationId: string, now: Date): Promise<void> {
  t.setNow(now);
  for (const job of await scheduledChecks(conversationId)) {
    if (Date.parse(job.at) <= now.getTime()) await checkSla(t.ctx, job);
  }
}

const slaEvents = (conversation: { events: { type: string; data: Record<string, unknown> }[] }) =>
  conversation.events.filter((event) => event.type.startsWith('sla.'));

describe('SLA clocks in business hours', () => {
  it('makes a Friday 17:30 message with a 2-business-hour target due on Monday 10:30 in Moscow', async () => {
    const w = await workspace(moscowOffice);
    const id = await arrive(w, fridayEvening);
    const conversation = await read(w, id);
    expect(conversation.sla).toEqual({
      firstResponse: { dueAt: '2026-03-09T07:30:00.000Z', state: 'ok' },
      // 30 minutes on Friday, 7.5 hours on Monday: 16:30 Moscow.
      resolution: { dueAt: '2026-03-09T13:30:00.000Z', state: 'ok' },
    });
    const checks = await scheduledChecks(id);
    expect(checks.filter((job) => job.target === 'firstResponse').map(({ kind, at }) => [kind, at])).toEqual([
      ['breach', '2026-03-09T07:30:00.001Z'],
      // 96 of the 120 minutes gone: Monday 10:06 Moscow.
      ['warning', '2026-03-09T07:06:00.001Z'],
    ]);
  });

  it('counts a reply before the due time as met, and logs no breach for it', async () => {
    const w = await workspace(moscowOffice);
    const id = await arrive(w, fridayEvening);
    t.setNow(new Date('2026-03-09T07:00:00Z'));
    await w.agent.request('POST', API.conversationMessages(id), { direction: 'outbound', body: 'Сейчас проверю' });
    expect((await read(w, id)).sla.firstResponse).toEqual({ dueAt: '2026-03-09T07:30:00.000Z', state: 'met' });
    await runChecksAt(id, new Date('2026-03-09T08:00:00Z'));
    expect(slaEvents(await read(w, id))).toEqual([]);
  });

  it('warns, then logs exactly one breach when the due time passes without a reply, and pushes it', async () => {
    const w = await workspace(moscowOffice);
    const id = await arrive(w, fridayEvening);
    await runChecksAt(id, new Date('2026-03-09T07:10:00Z'));
    const warned = await read(w, id);
    expect(warned.sla.firstResponse.state).toBe('warning');
    expect(slaEvents(warned)).toMatchObject([
      { type: 'sla.warning', actorType: 'system', data: { cycle: 1, target: 'firstResponse', policyId: w.policyId } },
    ]);

    const late = new Date('2026-03-09T07:31:00Z');
    await runChecksAt(id, late);
    await runChecksAt(id, late);
    const breached = await read(w, id);
    expect(breached.sla.firstResponse).toEqual({ dueAt: '2026-03-09T07:30:00.000Z', state: 'breached' });
    expect(slaEvents(breached).map((event) => event.type)).toEqual(['sla.warning', 'sla.breached']);
    expect(slaEvents(breached)[1]).toMatchObject({
      data: { cycle: 1, target: 'firstResponse', dueAt: '2026-03-09T07:30:00.000Z' },
      occurredAt: late.toISOString(),
    });
    const pushedBreaches = w.pushed.filter(
      (event) => event.type === 'conversation.event' && event.event.type === 'sla.breached',
    );
    expect(pushedBreaches).toHaveLength(1);
    // Lists update the row in place, breach badge included.
    const rows = w.pushed.filter((event) => event.type === 'conversation.updated' && event.conversation.id === id);
    expect(rows.at(-1)).toMatchObject({ conversation: { sla: { firstResponse: { state: 'breached' } } } });
  });
});

describe('SLA clocks through a conversation’s life', () => {
  const start = new Date('2026-03-02T10:00:00Z');
  const later = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

  it('starts fresh clocks when the customer reopens a resolved conversation, and forgets the old cycle’s jobs', async () => {
    const w = await workspace(roundTheClock);
    const id = await arrive(w, start);
    t.setNow(later(10));
    await w.agent.request('POST', API.conversationMessages(id), { direction: 'outbound', body: 'Done' });
    await w.agent.request('PATCH', API.conversation(id), { status: 'resolved' });
    expect((await read(w, id)).sla).toBeNull();

    t.setNow(later(24 * 60));
    await w.channel.request('POST', API.conversationMessages(id), { direction: 'inbound', body: 'Снова сломалось' });
    const reopened = await read(w, id);
    expect(reopened).toMatchObject({ cycle: 2, status: 'open' });
    expect(reopened.sla).toEqual({
      firstResponse: { dueAt: later(24 * 60 + 120).toISOString(), state: 'ok' },
      resolution: { dueAt: later(24 * 60 + 480).toISOString(), state: 'ok' },
    });

    await runChecksAt(id, later(24 * 60 + 121));
    const breaches = slaEvents(await read(w, id)).filter((event) => event.type === 'sla.breached');
    // Cycle 1 was answered and resolved in time; only cycle 2's first response ran out.
    expect(breaches.map((event) => event.data)).toMatchObject([{ cycle: 2, target: 'firstResponse' }]);
  });

  it('leaves the time spent pending out of the resolution clock', async () => {
    const w = await workspace(roundTheClock);
    const id = await arrive(w, start);
    t.setNow(later(60));
    await w.agent.request('POST', API.conversationMessages(id), {
      direction: 'outbound',
      body: 'Пришлите номер заказа',
    });
    await w.agent.request('PATCH', API.conversation(id), { status: 'pending' });
    const paused = await read(w, id);
    expect(paused.sla.resolution).toBeUndefined();
    expect(paused.sla.firstResponse.state).toBe('met');

    t.setNow(later(180));
    await w.channel.request('POST', API.conversationMessages(id), { direction: 'inbound', body: '#1042' });
    // 8 hours of target, 2 of them spent waiting on the customer.
    expect((await read(w, id)).sla.resolution).toEqual({ dueAt: later(600).toISOString(), state: 'ok' });

    await runChecksAt(id, later(481));
    expect(slaEvents(await read(w, id))).toEqual([]);
  });

  it('recomputes the due time when the priority changes, and the job for the old one does nothing', async () => {
    const w = await workspace(roundTheClock);
    const id = await arrive(w, start);
    const [oldBreach] = (await scheduledChecks(id)).filter(
      (job) => job.kind === 'breach' && job.target === 'firstResponse',
    );
    t.setNow(later(10));
    const urgent = await w.agent.request('PATCH', API.conversation(id), { priority: 'urgent' });
    expect(urgent.status).toBe(200);
    const conversation = await read(w, id);
    expect(conversation.sla).toEqual({ firstResponse: { dueAt: later(30).toISOString(), state: 'ok' } });

    t.setNow(later(121));
    await checkSla(t.ctx, oldBreach!);
    expect(slaEvents(await read(w, id))).toEqual([]);
    await runChecksAt(id, later(121));
    expect(slaEvents(await read(w, id))).toMatchObject([
      { type: 'sla.breached', data: { target: 'firstResponse', dueAt: later(30).toISOString() } },
    ]);
  });

  it('moves the due times of open conversations when their policy’s targets change', async () => {
    const w = await workspace(roundTheClock);
    const id = await arrive(w, start);
    t.setNow(later(5));
    const changed = await w.admin.request('PATCH', API.slaPolicy(w.policyId), {
      targets: { normal: { firstResponseMinutes: 60 } },
    });
    expect(changed.status).toBe(200);
    const { rows } = await t.database.query<{ data: unknown }>(
      "SELECT data FROM pgboss.job WHERE name = 'sla.recompute' AND data->>'policyId' = $1",
      [w.policyId],
    );
    expect(rows).toHaveLength(1);
    expect(await recomputeSla(t.ctx, SlaRecomputeJob.parse(rows[0]?.data))).toBe(1);
    expect((await read(w, id)).sla).toEqual({ firstResponse: { dueAt: later(60).toISOString(), state: 'ok' } });
  });

  it('runs no clock for a conversation outside a team with a policy', async () => {
    const w = await workspace(roundTheClock);
    t.setNow(start);
    const opened = await w.channel.request('POST', API.conversations, {
      customer: { name: 'Dimas' },
      message: { body: 'Halo' },
    });
    expect((await read(w, opened.body.id)).sla).toBeNull();
    expect(await scheduledChecks(opened.body.id)).toEqual([]);
  });
});
