import type { Database } from '@sincere/db';
import { EXPORTED_TABLES, EXPORT_FORMAT, EXPORT_VERSION, type ExportEnd, type ExportHeader } from './backup-format';

const BATCH = 1000;

/**
 * Writes every row of one account, table by table in keyset batches, so an
 * account of any size streams through constant memory.
 */
export async function* exportAccount(database: Database, accountId: string, now: Date): AsyncGenerator<string> {
  const exists = await database.query('SELECT 1 FROM accounts WHERE id = $1', [accountId]);
  if (exists.rows.length === 0) throw new Error(`No account ${accountId}`);
  const migrations = await database.query<{ name: string }>('SELECT name FROM sincere_migrations ORDER BY name');
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    accountId,
    exportedAt: now.toISOString(),
    migrations: migrations.rows.map((row) => row.name),
  };
  yield `${JSON.stringify(header)}\n`;
  let count = 0;
  for (const { table, scope, orderBy } of EXPORTED_TABLES) {
    let after: unknown = null;
    for (;;) {
      const { rows } = await page(database, table, scope, orderBy, accountId, after);
      for (const row of rows) yield `{"table":"${table}","row":${row.json}}\n`;
      count += rows.length;
      if (rows.length < BATCH) break;
      after = rows.at(-1)?.key;
    }
  }
  const end: ExportEnd = { end: true, rows: count };
  yield `${JSON.stringify(end)}\n`;
}

// Table and column names come from EXPORTED_TABLES, never from input.
function page(database: Database, table: string, scope: string, orderBy: string, accountId: string, after: unknown) {
  const cast = orderBy === 'seq' ? 'bigint' : 'uuid';
  return database.query<{ key: unknown; json: string }>(
    `SELECT t.${orderBy} AS key, (to_jsonb(t) - 'search_vector')::text AS json FROM ${table} t
     WHERE t.${scope} = $1 ${after === null ? '' : `AND t.${orderBy} > $2::${cast}`}
     ORDER BY t.${orderBy} LIMIT ${BATCH}`,
    after === null ? [accountId] : [accountId, after],
  );
}
