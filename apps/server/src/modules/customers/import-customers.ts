import { basename } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { AuditAction } from '@sincere/contracts';
import { accounts, type Database, type Tx } from '@sincere/db';
import type { Clock } from '../../context';
import { recordAudit } from '../audit/record-audit';
import { isUniqueViolation } from '../conversations/conversation-writes';
import { listAttributeDefinitionsOfAccount } from './attribute-definitions.repository';
import { importBatch, refreshPlannerStatistics, type BatchOutcome } from './import-customers-batch';
import { countRows, CsvFormatError, detectDelimiter, readCsv } from './import-customers-csv';
import { silentProgress, type ImportProgress } from './import-customers-progress';
import { printable, ProblemLog } from './import-customers-report';
import { readRow, type ImportRow } from './import-customers-row';
import { checkFile, isBlank } from './import-customers-validate';

export interface ImportCustomersInput {
  file: string;
  /** The account's id, or its name. */
  account: string;
  /** Import the valid rows and skip the others, instead of importing nothing while the file has problems. */
  skipInvalid?: boolean;
  /** Check and count what would happen, writing nothing. */
  dryRun?: boolean;
  progress?: ImportProgress;
  /** Rows per transaction. */
  batchSize?: number;
}

export interface ImportCustomersResult extends BatchOutcome {
  account: { id: string; name: string };
  /** refused: the file has problems (and --skip-invalid was not given, or they are in the header): nothing written. */
  outcome: 'refused' | 'imported' | 'dry_run';
  /** Data rows in the file (blank ones not counted), and how many of them have no problem. */
  rows: number;
  valid: number;
  problems: ProblemLog;
  /** The header or the CSV itself is wrong: not even --skip-invalid imports the file. */
  blocked: boolean;
}

/** A mistake of the operator's (an unknown account, a file that changed under the import): one plain line. */
export class CustomerImportError extends Error {}

/** The import stopped part-way (a database error): the batches before it are in, and running it again is safe. */
export class CustomerImportInterrupted extends Error {
  constructor(
    readonly imported: number,
    readonly total: number,
    override readonly cause: unknown,
  ) {
    const reason = cause instanceof CsvFormatError ? `row ${cause.row} ${cause.message}` : rootMessage(cause);
    super(
      `The import stopped after ${imported.toLocaleString('en')} of ${total.toLocaleString('en')} rows ` +
        `were imported: ${reason}. Running the same import again is safe: the rows already imported are ` +
        'found and left as they are.',
    );
  }
}

/** The driver's own message: a query builder's wrapper repeats the whole statement with every row's values. */
function rootMessage(error: unknown): string {
  let root = error;
  while (root instanceof Error && root.cause instanceof Error) root = root.cause;
  return root instanceof Error ? root.message : String(root);
}

// Not in AUDIT_ACTIONS yet (packages/contracts/src/audit.ts is shared): it must be added there, or the audit
// log's reader refuses this entry.
const IMPORT_AUDIT_ACTION = 'customers.imported' as AuditAction;
const BATCH_SIZE = 500;
const UNIQUE_RETRIES = 3;
/**
 * Statistics are refreshed after this many new customers, and at the end after ANALYZE_AFTER: PGlite has no
 * autovacuum, and with the counts of an empty table the planner reads a big account's every identity for each
 * batch's look-up instead of using the unique index.
 */
const ANALYZE_EVERY = 50_000;
const ANALYZE_AFTER = 10_000;

/**
 * Imports customers from a CSV file into one account, for `sincere import-customers`. The whole file is
 * checked first (streamed twice, never held: only its problems are kept); while it has any, nothing is
 * written unless `skipInvalid`. Rows are then created or updated in transactions of `batchSize`, the last one
 * with the audit entry.
 */
export async function importCustomers(
  deps: { database: Database; clock: Clock },
  input: ImportCustomersInput,
): Promise<ImportCustomersResult> {
  const { database, clock } = deps;
  const progress = input.progress ?? silentProgress;
  const account = await findAccount(database, input.account);
  const definitions = await listAttributeDefinitionsOfAccount(database.db, account.id);
  const total = Math.max(0, (await countRows(input.file)) - 1);
  const delimiter = await detectDelimiter(input.file);
  const problems = new ProblemLog();
  const check = await checkFile(input.file, delimiter, definitions, problems, progress, total);
  const result: ImportCustomersResult = {
    account,
    outcome: 'refused',
    rows: check.rows,
    valid: check.valid,
    problems,
    blocked: check.blocked,
    created: 0,
    updated: 0,
    unchanged: 0,
    forgotten: 0,
  };
  const { header } = check;
  if (!header || check.blocked || (problems.total > 0 && !input.skipInvalid)) return result;

  const write = !input.dryRun;
  const batchSize = input.batchSize ?? BATCH_SIZE;
  let batch: ImportRow[] = [];
  let done = 0;
  const add = (into: BatchOutcome, outcome: BatchOutcome): BatchOutcome => ({
    created: into.created + outcome.created,
    updated: into.updated + outcome.updated,
    unchanged: into.unchanged + outcome.unchanged,
    forgotten: into.forgotten + outcome.forgotten,
  });
  let counts: BatchOutcome = { created: 0, updated: 0, unchanged: 0, forgotten: 0 };
  let analysedAt = 0;
  const audit = (tx: Tx, totals: BatchOutcome, extra: Record<string, unknown> = {}) =>
    recordAudit(tx, {
      accountId: account.id,
      actorUserId: null,
      action: IMPORT_AUDIT_ACTION,
      targetType: 'account',
      targetId: account.id,
      data: {
        via: 'cli',
        file: basename(input.file),
        rows: check.rows,
        skipped: check.rows - check.valid,
        ...totals,
        ...extra,
      },
    });
  const flush = async (last: boolean) => {
    const rows = batch;
    if (!write) {
      counts = add(counts, await importBatch(database.db, account.id, rows, { now: clock(), write: false }));
    } else {
      // A customer created elsewhere since the look-up (a unique identity taken) is found on the next attempt.
      for (let attempt = 1; ; attempt++) {
        try {
          counts = await database.db.transaction(async (tx) => {
            const totals = add(counts, await importBatch(tx, account.id, rows, { now: clock(), write: true }));
            // The last batch commits with the audit entry, which has the final numbers.
            if (last) await audit(tx, totals);
            return totals;
          });
          break;
        } catch (error) {
          if (attempt < UNIQUE_RETRIES && isUniqueViolation(error)) continue;
          throw error;
        }
      }
    }
    done += rows.length;
    progress.update(done);
    batch = [];
    if (write && counts.created - analysedAt >= (last ? ANALYZE_AFTER : ANALYZE_EVERY)) {
      await refreshPlannerStatistics(database);
      analysedAt = counts.created;
    }
  };

  progress.start(write ? 'Importing' : 'Dry run  ', check.valid);
  try {
    for await (const { row, cells } of readCsv(input.file, delimiter)) {
      if (row === 1 || problems.isBad(row) || isBlank(cells)) continue;
      const reading = readRow(header, row, cells);
      if (!reading.row) throw new CustomerImportError(`row ${row} changed while the file was being imported`);
      batch.push(reading.row);
      if (batch.length >= batchSize) await flush(false);
    }
    await flush(true);
  } catch (error) {
    if (!write) throw error;
    const interrupted = new CustomerImportInterrupted(done, check.valid, error);
    // Best effort: the database may be the thing that failed.
    await database.db
      .transaction((tx) => audit(tx, counts, { interrupted: true, imported: done }))
      .catch(() => undefined);
    throw interrupted;
  } finally {
    progress.finish();
  }
  return { ...result, ...counts, outcome: write ? 'imported' : 'dry_run' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** By id, or else by name (any case); a name several accounts share must be given as an id. */
async function findAccount(database: Database, reference: string): Promise<{ id: string; name: string }> {
  const wanted = reference.trim();
  const columns = { id: accounts.id, name: accounts.name };
  if (UUID.test(wanted)) {
    const [byId] = await database.db.select(columns).from(accounts).where(eq(accounts.id, wanted.toLowerCase()));
    if (byId) return byId;
  }
  const named = await database.db
    .select(columns)
    .from(accounts)
    .where(sql`lower(${accounts.name}) = lower(${wanted})`)
    .limit(10);
  const exact = named.filter((account) => account.name === wanted);
  const matches = exact.length > 0 ? exact : named;
  const [only] = matches;
  if (only && matches.length === 1) return only;
  if (matches.length > 1)
    throw new CustomerImportError(
      `Several accounts are named "${wanted}": give one's id (${matches.map((account) => account.id).join(', ')})`,
    );
  throw new CustomerImportError(`No account has the id or name "${wanted}"`);
}

const plural = (count: number, noun: string) => `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;

/** The last line of the command: what happened, or why nothing did. */
export function describeImport(result: ImportCustomersResult): string {
  const { problems, rows, valid } = result;
  if (result.outcome === 'refused') {
    const found = plural(problems.total, 'problem');
    if (result.blocked)
      return `Nothing was imported: the file has ${found} in its header or format (listed above) to fix first`;
    return (
      `Nothing was imported: ${found} in ${plural(problems.badRows, 'row')} of ${rows.toLocaleString('en')}. ` +
      `Fix them, or run again with --skip-invalid to import the other ${plural(valid, 'row')}`
    );
  }
  const n = (count: number) => count.toLocaleString('en');
  const skipped = rows - valid;
  const notes = [
    ...(result.forgotten > 0 ? [`${plural(result.forgotten, 'forgotten customer')} left alone`] : []),
    ...(skipped > 0 ? [`${plural(skipped, 'row')} with problems skipped`] : []),
  ];
  const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  const where = `account "${printable(result.account.name)}" (${result.account.id})`;
  if (result.outcome === 'dry_run')
    return (
      `Dry run, nothing written: importing ${plural(valid, 'row')} into ${where} would create ${n(result.created)}, ` +
      `update ${n(result.updated)} and leave ${n(result.unchanged)} unchanged${tail}`
    );
  return (
    `Imported ${plural(valid, 'row')} into ${where}: ${n(result.created)} created, ${n(result.updated)} updated, ` +
    `${n(result.unchanged)} unchanged${tail}`
  );
}
