/**
 * What the inbox generator writes at a given scale. Scale 1 is the size: one big
 * account with 1,000,000 conversations and about 10,000,000 messages, plus two small
 * accounts that prove every query stays in its own account.
 */

/** Raised when the generated data or its layout changes: a database made by another version is not reused. */
export const GENERATOR_VERSION = 1;

/** Every generated person signs in with this password. */
export const BENCH_PASSWORD = 'bench-password-123';

export interface AccountPlan {
  /** 1, 2, 3: part of every row's random key. */
  key: number;
  slug: 'a' | 'b' | 'c';
  name: string;
  customers: number;
  conversations: number;
  agents: number;
  teams: { name: string; assignment: 'manual' | 'round_robin' | 'least_loaded' }[];
}

export interface InboxPlan {
  scale: number;
  accounts: AccountPlan[];
  /** Conversations per message chunk (about ten messages each): one transaction, one line of progress. */
  messageChunk: number;
  rowChunk: number;
}

const BIG_TEAMS: AccountPlan['teams'] = [
  { name: 'Billing', assignment: 'least_loaded' },
  { name: 'Delivery', assignment: 'round_robin' },
  { name: 'Technical support', assignment: 'least_loaded' },
  { name: 'Russian desk', assignment: 'round_robin' },
  { name: 'LatAm', assignment: 'round_robin' },
  { name: 'MENA & APAC', assignment: 'manual' },
];

export function inboxPlan(scale: number): InboxPlan {
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale must be above 0 and at most 1');
  const at = (n: number, least: number) => Math.max(least, Math.round(n * scale));
  return {
    scale,
    accounts: [
      {
        key: 1,
        slug: 'a',
        name: 'Bench Inbox (big)',
        customers: at(200_000, 200),
        conversations: at(1_000_000, 1000),
        agents: 60,
        teams: BIG_TEAMS,
      },
      {
        key: 2,
        slug: 'b',
        name: 'Bench small account B',
        customers: at(2_000, 100),
        conversations: at(10_000, 300),
        agents: 4,
        teams: [
          { name: 'Support', assignment: 'round_robin' },
          { name: 'Sales', assignment: 'manual' },
        ],
      },
      {
        key: 3,
        slug: 'c',
        name: 'Bench small account C',
        customers: at(400, 50),
        conversations: at(2_000, 100),
        agents: 2,
        teams: [{ name: 'Support', assignment: 'manual' }],
      },
    ],
    messageChunk: at(10_000, 500),
    rowChunk: at(50_000, 2_000),
  };
}

/** `sincere_bench` at scale 1, `sincere_bench_0_01` at 0.01: a smoke run never touches the big data. */
export function benchDatabaseName(scale: number): string {
  return scale === 1 ? 'sincere_bench' : `sincere_bench_${String(scale).replace('.', '_')}`;
}

/** BENCH_DATABASE_URL names the server (its database part is replaced); the local PostgreSQL otherwise. */
export function benchDatabaseUrl(scale: number): string {
  const url = new URL(process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${benchDatabaseName(scale)}`;
  return url.toString();
}

/** Sign-in emails: `agent07@a.bench.sincere.test`. Emails are unique across accounts. */
export const personEmail = (slug: string, who: string) => `${who}@${slug}.bench.sincere.test`;
