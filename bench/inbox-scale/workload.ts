import type pg from 'pg';
import { API } from '@sincere/contracts';
import { LANGUAGES } from '../inbox-data/vocabulary';
import { wordGroup } from '../inbox-data/vocabulary-words';
import type { BenchCaller } from './http-client';

/** The measured groups: each has a target; subgroups explain it. */
export type Group = 'list' | 'deep' | 'counts' | 'search' | 'customers';

/** One request the benchmark makes, and what it stands for. */
export interface Probe {
  group: Group;
  kind: string;
  caller: BenchCaller;
  path: string;
}

/** A keyset walk: the first page, then each next page by its cursor (pages 2… are measured as deep pages). */
export interface Walk {
  kind: string;
  caller: BenchCaller;
  path: string;
  pages: number;
}

export interface Workload {
  probes: Probe[];
  walks: Walk[];
}

export interface People {
  /** Agents of the big account by email name (agent01…), signed in. */
  agents: Map<string, BenchCaller>;
  admin: BenchCaller;
  /** An agent of small account B. */
  smallAccountAgent: BenchCaller;
}

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/** Who lists: agents of different teams, some in two teams (agent01…agent10). */
const LISTING_AGENTS = ['agent01', 'agent05', 'agent13', 'agent22', 'agent31', 'agent40', 'agent47', 'agent58'];

/**
 * What agents of the big account do with the inbox, read from the generated data:
 * built-in views and saved-filter fields in both orders, view counts, message search in
 * each language (common, middling and rare words in a form no message holds, order
 * numbers, with and without view filters) and customer look-ups with typos.
 */
export async function buildWorkload(db: pg.Pool, people: People): Promise<Workload> {
  const bigAccount = await accountOf(db, 1);
  const listing = LISTING_AGENTS.map((name) => people.agents.get(name)).filter((caller) => caller !== undefined);
  const someone = (i: number) => listing[i % listing.length] ?? people.admin;
  const probes: Probe[] = [];

  for (const [i, caller] of listing.entries()) {
    for (const view of ['all', 'unassigned', 'mine', 'my_team']) {
      for (const sort of ['recent', 'waiting']) {
        probes.push({
          group: 'list',
          kind: `view ${view}`,
          caller,
          path: `${API.conversations}${query({ view, sort })}`,
        });
      }
    }
    probes.push({ group: 'counts', kind: 'all views with counts', caller, path: API.views });
    const savedView = bigAccount.sharedViews[i % bigAccount.sharedViews.length];
    if (savedView) probes.push({ group: 'counts', kind: 'one saved view', caller, path: API.view(savedView) });
  }

  const team = bigAccount.teams[2] ?? '';
  const agentId = listing[3]?.session?.user.id ?? '';
  const filters: [string, Record<string, string>][] = [
    ['status + tag', { status: 'open', tags: 'refund' }],
    ['status + channel', { status: 'open,pending', channel: 'email' }],
    ['status + priority', { status: 'open,pending', priority: 'urgent,high' }],
    ['owner, resolved (history)', { assignee: agentId, status: 'resolved' }],
    ['customer language', { status: 'open', customerLanguage: 'ru' }],
    ['customer country', { status: 'open,pending', customerCountry: 'BR' }],
    ['waiting > 60 min', { status: 'open', waitingLongerThanMinutes: '60', sort: 'waiting' }],
    ['waiting > 1 day', { view: 'all', waitingLongerThanMinutes: '1440', sort: 'waiting' }],
    ['tag, all statuses (history)', { tags: 'vip' }],
    ['rare tag, resolved (history)', { status: 'resolved', tags: 'fraud' }],
    ['customer language, resolved (history)', { status: 'resolved', customerLanguage: 'ar' }],
    ['channel + priority, all statuses', { channel: 'api', priority: 'urgent' }],
    ['team', { team, status: 'open,pending', sort: 'waiting' }],
    ['view all + country', { view: 'all', customerCountry: 'RU' }],
    ['snoozed', { status: 'snoozed' }],
    ['unassigned urgent', { assignee: 'none', status: 'open', priority: 'urgent' }],
    ['oldest first', { status: 'open', sort: 'oldest' }],
    ...bigAccount.sharedViews.map((view, i): [string, Record<string, string>] => [`saved view ${i + 1}`, { view }]),
  ];
  for (const [i, [kind, params]] of filters.entries()) {
    for (const sort of params['sort'] ? [params['sort']] : ['recent', 'waiting']) {
      probes.push({
        group: 'list',
        kind: `filter: ${kind}`,
        caller: someone(i),
        path: `${API.conversations}${query({ ...params, sort })}`,
      });
    }
  }

  const walks: Walk[] = [
    ['view all, recent', { view: 'all', sort: 'recent' }],
    ['view all, waiting', { view: 'all', sort: 'waiting' }],
    ['unassigned, waiting', { view: 'unassigned', sort: 'waiting' }],
    ['resolved, recent (history)', { status: 'resolved', sort: 'recent' }],
    ['tag, recent (history)', { tags: 'refund', sort: 'recent' }],
    ['owner, resolved (history)', { assignee: agentId, status: 'resolved', sort: 'recent' }],
    ['customer language, oldest (history)', { customerLanguage: 'pt', sort: 'oldest' }],
  ].map(([kind, params], i) => ({
    kind: kind as string,
    caller: someone(i),
    path: `${API.conversations}${query(params as Record<string, string>)}`,
    pages: 20,
  }));

  probes.push(...(await searchProbes(db, people, someone)));
  probes.push(...(await customerProbes(db, bigAccount.id, someone)));
  return { probes, walks };
}

async function searchProbes(db: pg.Pool, people: People, someone: (i: number) => BenchCaller): Promise<Probe[]> {
  const probes: Probe[] = [];
  const scopes: [string, Record<string, string>][] = [
    ['whole history', {}],
    ['view all', { view: 'all' }],
    ['view mine', { view: 'mine' }],
    ['resolved', { status: 'resolved' }],
    ['customer language', { status: 'resolved', customerLanguage: '' }],
    ['tag', { tags: 'refund' }],
  ];
  let n = 0;
  for (const pool of LANGUAGES) {
    const common = pool.common.map(wordGroup);
    const terms: [string, string][] = [
      ['common word', common[0]?.query ?? ''],
      ['middling word', common[7]?.query ?? ''],
      ['uncommon word', common[38]?.query ?? ''],
      ['rare word', wordGroup(pool.rare[n % pool.rare.length] ?? '').query],
      ['two words', `${common[1]?.query ?? ''} ${common[4]?.query ?? ''}`],
    ];
    for (const [kind, q] of terms) {
      for (const [scope, params] of scopes) {
        const filter = 'customerLanguage' in params ? { ...params, customerLanguage: pool.code } : params;
        probes.push({
          group: 'search',
          kind: `${kind}, ${scope}`,
          caller: someone(n),
          path: `${API.search}${query({ q, ...filter })}`,
        });
        n += 1;
      }
    }
    probes.push({
      group: 'search',
      kind: 'small account B, common word',
      caller: people.smallAccountAgent,
      path: `${API.search}${query({ q: common[0]?.query ?? '' })}`,
    });
  }
  const orders = await db.query<{ number: string }>(
    `SELECT substring(body FROM '#(\\d+)') AS number
       FROM messages TABLESAMPLE SYSTEM (1) REPEATABLE (7)
      WHERE account_id = (SELECT id FROM bench_gen.acct WHERE k = 1) AND body LIKE '%#%' LIMIT 24`,
  );
  for (const [i, { number }] of orders.rows.entries()) {
    probes.push({
      group: 'search',
      kind: 'order number',
      caller: someone(i),
      path: `${API.search}${query({ q: number })}`,
    });
  }
  return probes;
}

/** Customers picked at random (the same ones each run) and typed the way people mistype. */
async function customerProbes(db: pg.Pool, accountId: string, someone: (i: number) => BenchCaller): Promise<Probe[]> {
  const { rows } = await db.query<{ name: string; email: string | null; phone: string | null }>(
    `SELECT name, email, phone FROM customers WHERE account_id = $1 ORDER BY md5(id::text) LIMIT 40`,
    [accountId],
  );
  const probes: Probe[] = [];
  const add = (kind: string, q: string, i: number) =>
    probes.push({ group: 'customers', kind, caller: someone(i), path: `${API.customerSearch}${query({ q })}` });
  for (const [i, customer] of rows.entries()) {
    const words = customer.name.split(' ');
    const surname = words.at(-1) ?? customer.name;
    add('name with a typo', [...words.slice(0, -1), dropLetter(surname)].join(' '), i);
    add('surname with two letters swapped', swapLetters(surname), i);
    if (customer.email) add('email with a typo', dropLetter(customer.email.split('@')[0] ?? customer.email), i);
    if (customer.phone) {
      const digits = customer.phone.replace(/\D/g, '');
      add('phone, other formatting', formatPhone(digits.slice(-10)), i);
      add('phone, a few digits', digits.slice(-7, -2), i);
    }
  }
  return probes;
}

/** The letter in the middle of a word left out: "Smirnova" → "Smirova". */
export function dropLetter(word: string): string {
  const chars = [...word];
  const at = Math.floor(chars.length / 2);
  return chars.length > 3 ? [...chars.slice(0, at), ...chars.slice(at + 1)].join('') : word;
}

/** Two neighbouring letters in the middle swapped: "Smirnova" → "Sminrova". */
export function swapLetters(word: string): string {
  const chars = [...word];
  if (chars.length < 4) return word;
  const at = Math.floor(chars.length / 2);
  [chars[at - 1], chars[at]] = [chars[at] ?? '', chars[at - 1] ?? ''];
  return chars.join('');
}

/** Ten digits as "(912) 345-67-89", whatever formatting the number was stored in. */
function formatPhone(digits: string): string {
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}

interface AccountFacts {
  id: string;
  teams: string[];
  sharedViews: string[];
}

async function accountOf(db: pg.Pool, key: number): Promise<AccountFacts> {
  const { rows } = await db.query<{ id: string; teams: string[] }>(
    'SELECT id, teams FROM bench_gen.acct WHERE k = $1',
    [key],
  );
  const account = rows[0];
  if (!account) throw new Error('the generated account is missing');
  const views = await db.query<{ id: string }>(
    'SELECT id FROM saved_views WHERE account_id = $1 AND user_id IS NULL ORDER BY position',
    [account.id],
  );
  return { id: account.id, teams: account.teams, sharedViews: views.rows.map((row) => row.id) };
}
