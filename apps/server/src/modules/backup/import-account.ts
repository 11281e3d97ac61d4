import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';
import type { Database } from '@sincere/db';
import type { AttachmentStorage } from '../attachments/attachment-storage';
import {
  EXPORTED_TABLES,
  EXPORT_FORMAT,
  IDENTITY_COLUMNS,
  READABLE_VERSIONS,
  type ExportEnd,
  type ExportFileChunk,
  type ExportHeader,
  type ExportLine,
  type ExportedTable,
} from './backup-format';

const BATCH = 500;
const KNOWN_TABLES = new Set<string>(EXPORTED_TABLES.map((entry) => entry.table));

export class ImportError extends Error {}

/**
 * Restores an account export into this database in one transaction: either the
 * whole account arrives or nothing does. Attachment bytes are written to the
 * storage as they arrive, checked against their rows' size and SHA-256, and
 * deleted again if the import fails. Refuses an account id that exists, an
 * export from a newer schema, and rows out of order.
 */
export async function importAccount(
  database: Database,
  input: Readable,
  storage: AttachmentStorage,
): Promise<{ accountId: string; rows: number; files: number }> {
  let header: ExportHeader | null = null;
  let rows = 0;
  const written: string[] = [];
  let file: FileWriter | null = null;
  return database.session(async (connection) => {
    await connection.query('BEGIN');
    try {
      let table: ExportedTable | null = null;
      let batch: Record<string, unknown>[] = [];
      const flush = async () => {
        if (table && batch.length > 0) await insertRows(connection, table, batch);
        batch = [];
      };
      let order = 0;
      let end: ExportEnd | null = null;
      // Read only now, with no await before the loop: a reader opened before BEGIN (a PostgreSQL
      // round trip) emits lines with nobody listening, they are lost and the loop waits for ever.
      const lines = createInterface({ input, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line.trim()) continue;
        if (!header) {
          header = await checkHeader(connection, line);
          continue;
        }
        if (end) throw new ImportError('There are lines after the end line');
        const parsed = JSON.parse(line) as ExportLine | ExportEnd | ExportFileChunk;
        if ('end' in parsed) {
          if (parsed.rows !== rows)
            throw new ImportError(`The end line counts ${parsed.rows} rows but the file has ${rows}`);
          await file?.finish();
          file = null;
          if ((parsed.files ?? 0) !== written.length)
            throw new ImportError(`The end line counts ${parsed.files ?? 0} files but the file has ${written.length}`);
          end = parsed;
          continue;
        }
        if ('file' in parsed) {
          await flush();
          table = null;
          order = EXPORTED_TABLES.length; // no rows after the files
          if (file?.attachmentId !== parsed.file) {
            await file?.finish();
            file = await FileWriter.open(connection, storage, parsed.file, header.accountId);
            if (written.includes(file.key)) throw new ImportError(`The bytes of attachment ${parsed.file} come twice`);
            written.push(file.key);
          }
          await file.write(Buffer.from(parsed.data, 'base64'));
          continue;
        }
        if (!KNOWN_TABLES.has(parsed.table)) throw new ImportError(`Unknown table ${parsed.table} in the export`);
        if (parsed.table !== table) {
          const position = EXPORTED_TABLES.findIndex((entry) => entry.table === parsed.table);
          if (position < order) throw new ImportError(`Rows of ${parsed.table} come after rows that depend on them`);
          order = position;
          await flush();
          table = parsed.table;
        }
        batch.push(parsed.row);
        rows += 1;
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (!header) throw new ImportError('The file is empty');
      if (!end) throw new ImportError('The file has no end line: it was cut off, so nothing was imported');
      for (const [name, column] of Object.entries(IDENTITY_COLUMNS)) {
        // The next generated value must not collide with restored ones.
        await connection.query(
          `SELECT setval(pg_get_serial_sequence('${name}', '${column}'), GREATEST((SELECT max(${column}) FROM ${name}), 1))`,
        );
      }
      await connection.query('COMMIT');
      return { accountId: header.accountId, rows, files: written.length };
    } catch (error) {
      await connection.query('ROLLBACK');
      file?.abort();
      // The rows are gone: their bytes must not stay behind.
      await Promise.allSettled(written.map((key) => storage.delete(key)));
      throw error;
    }
  });
}

async function checkHeader(database: Database, line: string): Promise<ExportHeader> {
  const header = JSON.parse(line) as Partial<ExportHeader>;
  if (header.format !== EXPORT_FORMAT || !READABLE_VERSIONS.includes(header.version ?? 0) || !header.accountId) {
    throw new ImportError(`Not a ${EXPORT_FORMAT} file of version ${READABLE_VERSIONS.join(' or ')}`);
  }
  const known = new Set(
    (await database.query<{ name: string }>('SELECT name FROM sincere_migrations')).rows.map((row) => row.name),
  );
  const unknown = (header.migrations ?? []).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ImportError(`The export comes from a newer schema (${unknown.join(', ')}): upgrade Sincere first`);
  }
  const existing = await database.query('SELECT 1 FROM accounts WHERE id = $1', [header.accountId]);
  if (existing.rows.length > 0) throw new ImportError(`Account ${header.accountId} already exists in this database`);
  return header as ExportHeader;
}

async function insertRows(database: Database, table: ExportedTable, rows: Record<string, unknown>[]): Promise<void> {
  const overriding = IDENTITY_COLUMNS[table] ? 'OVERRIDING SYSTEM VALUE' : '';
  const columns = (await writableColumns(database, table)).map((name) => `"${name}"`).join(', ');
  await database.query(
    `INSERT INTO ${table} (${columns}) ${overriding} SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

/** Generated columns (messages.search_vector) refuse values: the database computes them again from the row. */
async function writableColumns(database: Database, table: ExportedTable): Promise<string[]> {
  const { rows } = await database.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.name);
}

/**
 * One attachment's bytes on their way into the storage, under the key its
 * imported row names, counted and hashed so that they can be checked against
 * the row's size and SHA-256 once the last piece has arrived.
 */
class FileWriter {
  private readonly hash = createHash('sha256');
  private size = 0;
  private readonly stored: Promise<void>;

  private constructor(
    readonly attachmentId: string,
    readonly key: string,
    private readonly expected: { size: number; sha256: string | null },
    private readonly body: PassThrough,
    storage: AttachmentStorage,
  ) {
    this.stored = storage.put(key, body, expected.size);
    // Seen by finish() or write(); never an unhandled rejection meanwhile.
    this.stored.catch(() => undefined);
  }

  static async open(connection: Database, storage: AttachmentStorage, attachmentId: string, accountId: string) {
    const { rows } = await connection.query<{ storage_key: string; size: number | string; sha256: string | null }>(
      'SELECT storage_key, size, sha256 FROM attachments WHERE id = $1 AND account_id = $2',
      [attachmentId, accountId],
    );
    const row = rows[0];
    if (!row) throw new ImportError(`Bytes for attachment ${attachmentId}, which has no row in the export`);
    return new FileWriter(
      attachmentId,
      row.storage_key,
      { size: Number(row.size), sha256: row.sha256 },
      new PassThrough(),
      storage,
    );
  }

  async write(chunk: Buffer): Promise<void> {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (!this.body.write(chunk)) await Promise.race([once(this.body, 'drain'), this.stored]);
  }

  async finish(): Promise<void> {
    this.body.end();
    await this.stored;
    const sha256 = this.hash.digest('hex');
    if (this.size !== this.expected.size || (this.expected.sha256 && sha256 !== this.expected.sha256)) {
      throw new ImportError(`The bytes of attachment ${this.attachmentId} do not match its size and SHA-256`);
    }
  }

  abort(): void {
    this.body.destroy();
  }
}
