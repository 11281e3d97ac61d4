import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../../apps/server/src/modules/auth/password';
import { BENCH_PASSWORD, personEmail, type AccountPlan, type InboxPlan } from './plan';
import { LANGUAGES, nameParts } from './vocabulary';
import { wordGroup } from './vocabulary-words';

/**
 * The small, row-by-row part: accounts, people, teams, the SLA policy, saved views, and
 * the per-language pools and per-account parameters (bench_gen.lang, bench_gen.acct)
 * that the set-based inserts read.
 */
export async function writeAccounts(client: pg.ClientBase, plan: InboxPlan, anchor: Date): Promise<number> {
  await writeLanguagePools(client);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  let rows = 0;
  for (const account of plan.accounts) rows += await writeAccount(client, account, anchor, passwordHash);
  return rows;
}

async function writeLanguagePools(client: pg.ClientBase): Promise<void> {
  let cumulated = 0;
  for (const [index, pool] of LANGUAGES.entries()) {
    cumulated += pool.share;
    const names = (list: string[]) => list.map((entry) => nameParts(entry).join(':'));
    await client.query(`INSERT INTO bench_gen.lang VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [
      index + 1,
      pool.code,
      cumulated,
      pool.locales,
      pool.domains,
      names(pool.maleNames),
      names(pool.femaleNames),
      names(pool.surnames),
      pool.feminine?.pattern ?? '$^',
      pool.feminine?.native ?? '',
      pool.feminine?.latin ?? '',
    ]);
    await client.query(`INSERT INTO bench_gen.words VALUES ($1, $2, $3, $4, $5, $6)`, [
      index + 1,
      pool.stopWords,
      pool.openers,
      pool.replies,
      pool.common.map((spec) => wordGroup(spec).stored.join(' ')),
      pool.rare.map((spec) => wordGroup(spec).stored.join(' ')),
    ]);
  }
}

interface Person {
  id: string;
  role: 'admin' | 'lead' | 'agent' | 'reviewer';
  who: string;
}

async function writeAccount(client: pg.ClientBase, plan: AccountPlan, anchor: Date, passwordHash: string) {
  const accountId = randomUUID();
  await client.query(`INSERT INTO accounts (id, name, locale, time_zone) VALUES ($1, $2, 'en', 'UTC')`, [
    accountId,
    plan.name,
  ]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const people: Person[] = [
    { id: randomUUID(), role: 'admin', who: 'admin' },
    ...plan.teams.map((_, i) => ({ id: randomUUID(), role: 'lead' as const, who: `lead${i + 1}` })),
    ...Array.from({ length: plan.agents }, (_, i) => ({
      id: randomUUID(),
      role: 'agent' as const,
      who: `agent${pad(i + 1)}`,
    })),
  ];
  if (plan.key === 1) people.push({ id: randomUUID(), role: 'reviewer', who: 'reviewer' });
  for (const [i, person] of people.entries()) {
    const pool = LANGUAGES[i % 3] ?? LANGUAGES[0];
    const first = nameParts(pool?.femaleNames[(i * 7) % 20] ?? 'Ann')[0];
    const last = nameParts(pool?.surnames[(i * 11) % 30] ?? 'Lee')[0];
    await client.query(
      `INSERT INTO users (id, account_id, email, name, role, locale, status, password_hash, presence, capacity, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8, $9, $10)`,
      [
        person.id,
        accountId,
        personEmail(plan.slug, person.who),
        `${first} ${last}`,
        person.role,
        i % 3 === 1 ? 'ru' : 'en',
        passwordHash,
        i % 10 < 6 ? 'online' : i % 10 < 8 ? 'away' : 'offline',
        5 + ((i * 7) % 16),
        new Date(anchor.getTime() - 800 * 86_400_000),
      ],
    );
  }

  const slaId = plan.key === 1 ? randomUUID() : null;
  if (slaId) {
    const targets = {
      urgent: { firstResponseMinutes: 30, resolutionMinutes: 240 },
      high: { firstResponseMinutes: 60, resolutionMinutes: 480 },
      normal: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
      low: { firstResponseMinutes: 480, resolutionMinutes: 2880 },
    };
    await client.query(`INSERT INTO sla_policies (id, account_id, name, targets) VALUES ($1, $2, 'Standard', $3)`, [
      slaId,
      accountId,
      JSON.stringify(targets),
    ]);
  }
  const teamIds = plan.teams.map(() => randomUUID());
  for (const [i, team] of plan.teams.entries()) {
    await client.query(
      `INSERT INTO teams (id, account_id, name, assignment, sla_policy_id) VALUES ($1, $2, $3, $4, $5)`,
      [teamIds[i], accountId, team.name, team.assignment, slaId],
    );
  }
  const agents = people.filter((person) => person.role === 'agent');
  const leads = people.filter((person) => person.role === 'lead');
  const teamOf = (i: number) => teamIds[i % teamIds.length] ?? '';
  const members: [string, string][] = [
    ...leads.map((lead, i): [string, string] => [teamOf(i), lead.id]),
    ...agents.map((agent, i): [string, string] => [teamOf(i), agent.id]),
    // Some agents work in a second team too, so 'my team' spans two teams for them.
    ...(plan.key === 1 ? agents.slice(0, 10).map((agent, i): [string, string] => [teamOf(i + 1), agent.id]) : []),
  ];
  for (const [teamId, userId] of members) {
    await client.query(`INSERT INTO team_members (account_id, team_id, user_id) VALUES ($1, $2, $3)`, [
      accountId,
      teamId,
      userId,
    ]);
  }
  if (plan.key === 1) await writeSavedViews(client, accountId, agents.slice(0, 10));

  await client.query(
    `INSERT INTO bench_gen.acct (k, id, slug, customers, conversations, agents, agent_team, teams, sla, anchor, span_days)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 730)`,
    [
      plan.key,
      accountId,
      plan.slug,
      plan.customers,
      plan.conversations,
      agents.map((agent) => agent.id),
      agents.map((_, i) => teamOf(i)),
      teamIds,
      slaId,
      anchor,
    ],
  );
  return 1 + people.length + plan.teams.length + members.length;
}

/** Shared views whose counts the counters cannot answer (counted up to 1,000), and a personal one for some agents. */
async function writeSavedViews(client: pg.ClientBase, accountId: string, agents: Person[]): Promise<void> {
  const shared: [string, object][] = [
    ['Urgent and high', { priority: ['urgent', 'high'], status: ['open', 'pending'] }],
    ['Refunds', { tags: ['refund'] }],
    [
      'Russian speakers waiting over an hour',
      { customerLanguage: ['ru'], status: ['open'], waitingLongerThanMinutes: 60 },
    ],
    ['Email backlog', { channel: ['email'], status: ['open', 'pending'] }],
  ];
  for (const [i, [name, filter]] of shared.entries()) {
    await client.query(
      `INSERT INTO saved_views (account_id, user_id, name, filters, position) VALUES ($1, NULL, $2, $3, $4)`,
      [accountId, name, JSON.stringify(filter), 10 + i],
    );
  }
  for (const agent of agents) {
    await client.query(
      `INSERT INTO saved_views (account_id, user_id, name, filters, position) VALUES ($1, $2, 'My VIPs', $3, 20)`,
      [accountId, agent.id, JSON.stringify({ assignee: 'me', tags: ['vip'] })],
    );
  }
}
