import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Database } from '@sincere/db';
import {
  EXPORTED_TABLES,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IDENTITY_COLUMNS,
  type ExportEnd,
  type ExportHeader,
  type ExportLine,
  type ExportedTable,
} from './backup-format';

const BATCH = 500;
const KNOWN_TABLES = new Set<string>(EXPORTED_TABLES.map((entry) => entry.table));

export class ImportError extends Error {}

/**
 * Restores an account export into this database in one transaction: either the
 * whole account arrives or nothing does. Refuses an account id that exists, an
 * export from a newer schema, and rows out of order.
 */
export async function importAccount(database: Database, input: Readable): Promise<{ accountId: string; rows: number }> {
  let header: ExportHeader | null = null;
  let rows = 0;
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
        const parsed = JSON.parse(line) as ExportLine | ExportEnd;
        if ('end' in parsed) {
          if (parsed.rows !== rows)
            throw new ImportError(`The end line counts ${parsed.rows} rows but the file has ${rows}`);
          end = parsed;
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
      return { accountId: header.accountId, rows };
    } catch (error) {
      await connection.query('ROLLBACK');
      throw error;
    }
  });
}

async function checkHeader(database: Database, line: string): Promise<ExportHeader> {
  const header = JSON.parse(line) as Partial<ExportHeader>;
  if (header.format !== EXPORT_FORMAT || header.version !== EXPORT_VERSION || !header.accountId) {
    throw new ImportError(`Not a ${EXPORT_FORMAT} version ${EXPORT_VERSION} file`);
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
