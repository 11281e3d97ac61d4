import type pg from 'pg';
import type { Step } from './generate';

/** The tables the bulk load fills; their secondary indexes are built once at the end. */
const BULK_TABLES = ['customers', 'conversations', 'messages', 'conversation_events'];

/**
 * Records and drops the secondary indexes of the bulk tables: building a GIN or B-tree
 * index once over the loaded rows is much faster than updating it row by row (the
 * search GIN index above all). Primary keys and unique constraints stay: foreign keys
 * of other tables depend on them.
 */
export async function dropBulkIndexes(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  for (const { name, definition } of rows) {
    await client.query('INSERT INTO bench_gen.dropped_indexes VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      name,
      definition,
    ]);
    await client.query(`DROP INDEX ${name}`);
  }
  return rows.length;
}

/** Builds the dropped indexes again, the GIN ones first (the longest), `jobs` at a time. */
export async function rebuildIndexes(pool: pg.Pool, step: Step, jobs: number): Promise<void> {
  const { rows } = await pool.query<{ name: string; definition: string }>(
    `SELECT name, definition FROM bench_gen.dropped_indexes ORDER BY definition LIKE '%USING gin%' DESC, name`,
  );
  const queue = [...rows];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { name, definition } = next;
      await step(`index:${name}`, async (client) => {
        // One worker per index at most: the other core builds the next index.
        await client.query('SET max_parallel_maintenance_workers = 0');
        await client.query(definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
        return 1;
      });
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
}

const NONE = '00000000-0000-0000-0000-000000000000';

/** conversation_counts as its trigger would have kept it: one statement over the generated accounts. */
export async function rebuildCounts(client: pg.ClientBase): Promise<number> {
  await client.query('DELETE FROM conversation_counts WHERE account_id IN (SELECT id FROM bench_gen.acct)');
  const result = await client.query(
    `INSERT INTO conversation_counts (account_id, status, assignee_key, team_key, n)
     SELECT account_id, status, coalesce(assignee_id, '${NONE}'), coalesce(team_id, '${NONE}'), count(*)
       FROM conversations WHERE account_id IN (SELECT id FROM bench_gen.acct)
      GROUP BY 1, 2, 3, 4`,
  );
  return result.rowCount ?? 0;
}

/** Fails the step when the counters disagree with the rows, or a row points at nothing. */
export async function verify(client: pg.ClientBase): Promise<number> {
  const checks: [string, string][] = [
    [
      'conversation_counts differ from the conversations',
      `SELECT count(*) FROM (
         (SELECT account_id, status, coalesce(assignee_id, '${NONE}'), coalesce(team_id, '${NONE}'), count(*)
            FROM conversations GROUP BY 1, 2, 3, 4
          EXCEPT SELECT account_id, status, assignee_key, team_key, n FROM conversation_counts WHERE n <> 0)
         UNION ALL
         (SELECT account_id, status, assignee_key, team_key, n FROM conversation_counts WHERE n <> 0
          EXCEPT SELECT account_id, status, coalesce(assignee_id, '${NONE}'), coalesce(team_id, '${NONE}'), count(*)
            FROM conversations GROUP BY 1, 2, 3, 4)) AS differences`,
    ],
    [
      'conversations without their customer in the same account',
      `SELECT count(*) FROM conversations c
        WHERE NOT EXISTS (SELECT 1 FROM customers k WHERE k.id = c.customer_id AND k.account_id = c.account_id)`,
    ],
    [
      'messages without their conversation in the same account',
      `SELECT count(*) FROM messages m
        WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = m.conversation_id AND c.account_id = m.account_id)`,
    ],
    [
      'owners or teams outside the conversation’s account',
      `SELECT count(*) FROM conversations c
         LEFT JOIN users u ON u.id = c.assignee_id LEFT JOIN teams t ON t.id = c.team_id
        WHERE (c.assignee_id IS NOT NULL AND u.account_id IS DISTINCT FROM c.account_id)
           OR (c.team_id IS NOT NULL AND t.account_id IS DISTINCT FROM c.account_id)`,
    ],
  ];
  for (const [problem, query] of checks) {
    const { rows } = await client.query<{ count: number }>(query);
    if (Number(rows[0]?.count) !== 0) throw new Error(`generated data is wrong: ${String(rows[0]?.count)} ${problem}`);
  }
  return checks.length;
}

export interface DataSummary {
  databaseSize: string;
  databaseBytes: number;
  tables: Record<string, { rows: number; size: string }>;
  accounts: { slug: string; customers: number; conversations: number; messages: number; active: number }[];
}

export async function measureSize(pool: pg.Pool, database: string): Promise<DataSummary> {
  const size = await pool.query<{ bytes: number; pretty: string }>(
    'SELECT pg_database_size($1) AS bytes, pg_size_pretty(pg_database_size($1)) AS pretty',
    [database],
  );
  const tables = await pool.query<{ name: string; rows: number; size: string }>(
    `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_size_pretty(pg_total_relation_size(c.oid)) AS size
       FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        AND c.relname = ANY($1) ORDER BY pg_total_relation_size(c.oid) DESC`,
    [[...BULK_TABLES, 'conversation_counts', 'users', 'teams']],
  );
  const accounts = await pool.query<DataSummary['accounts'][number]>(
    `SELECT a.slug,
            (SELECT count(*) FROM customers WHERE account_id = a.id)::int AS customers,
            (SELECT count(*) FROM conversations WHERE account_id = a.id)::int AS conversations,
            (SELECT count(*) FROM messages WHERE account_id = a.id)::int AS messages,
            (SELECT count(*) FROM conversations WHERE account_id = a.id AND status <> 'resolved')::int AS active
       FROM bench_gen.acct a ORDER BY a.k`,
  );
  return {
    databaseSize: size.rows[0]?.pretty ?? '?',
    databaseBytes: Number(size.rows[0]?.bytes ?? 0),
    tables: Object.fromEntries(tables.rows.map((row) => [row.name, { rows: Number(row.rows), size: row.size }])),
    accounts: accounts.rows,
  };
}
