import type { Database } from '@sincere/db';
import { StoredObjectMissing, type AttachmentStorage } from '../attachments/attachment-storage';
import {
  EXPORTED_TABLES,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FILE_CHUNK_BYTES,
  type ExportEnd,
  type ExportHeader,
} from './backup-format';

const BATCH = 1000;

/**
 * Writes every row of one account, table by table in keyset batches, then the
 * bytes of its attachments in chunks, so an account of any size streams through
 * constant memory. `onMissingFile` hears of attachments whose bytes are gone.
 */
export async function* exportAccount(
  database: Database,
  accountId: string,
  now: Date,
  storage: AttachmentStorage,
  onMissingFile: (attachmentId: string) => void = () => undefined,
): AsyncGenerator<string> {
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
  let files = 0;
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: { id: string; storage_key: string }[] } = await database.query(
      `SELECT id, storage_key FROM attachments WHERE account_id = $1 ${after ? 'AND id > $2::uuid' : ''}
       ORDER BY id LIMIT ${BATCH}`,
      after ? [accountId, after] : [accountId],
    );
    for (const row of rows) {
      const bytes = await storage.get(row.storage_key).catch((error: unknown) => {
        if (error instanceof StoredObjectMissing) return null;
        throw error;
      });
      if (!bytes) {
        onMissingFile(row.id);
        continue;
      }
      for await (const chunk of rechunk(bytes)) yield `{"file":"${row.id}","data":"${chunk.toString('base64')}"}\n`;
      files += 1;
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)?.id ?? null;
  }
  const end: ExportEnd = { end: true, rows: count, files };
  yield `${JSON.stringify(end)}\n`;
}

/** The stream's bytes in pieces of FILE_CHUNK_BYTES (the last one shorter); an empty file still gives one line. */
async function* rechunk(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending = Buffer.alloc(0);
  let sent = false;
  for await (const piece of stream) {
    pending = Buffer.concat([pending, piece]);
    while (pending.length >= FILE_CHUNK_BYTES) {
      yield pending.subarray(0, FILE_CHUNK_BYTES);
      pending = pending.subarray(FILE_CHUNK_BYTES);
      sent = true;
    }
  }
  if (pending.length > 0 || !sent) yield pending;
}

// Table and column names come from EXPORTED_TABLES, never from input.
function page(database: Database, table: string, scope: string, orderBy: string, accountId: string, after: unknown) {
  const cast = orderBy === 'seq' ? 'bigint' : orderBy === 'locale' ? 'text' : 'uuid';
  return database.query<{ key: unknown; json: string }>(
    `SELECT t.${orderBy} AS key, (to_jsonb(t) - 'search_vector')::text AS json FROM ${table} t
     WHERE t.${scope} = $1 ${after === null ? '' : `AND t.${orderBy} > $2::${cast}`}
     ORDER BY t.${orderBy} LIMIT ${BATCH}`,
    after === null ? [accountId] : [accountId, after],
  );
}
