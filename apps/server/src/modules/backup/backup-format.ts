/**
 * The account export: newline-delimited JSON. The first line is the header, every
 * other line one row: `{"table":"users","row":{…}}`, rows as PostgreSQL's
 * to_jsonb writes them, so import restores the exact values (microsecond
 * timestamps, JSON, identity columns) on either engine. Generated columns (the
 * search vector) are left out and recomputed on import. The last line is
 * `{"end":true,"rows":N}`.
 */
export const EXPORT_FORMAT = 'sincere-account-export';
/** 2: the file ends with an end line carrying the row count, so a cut-off file is refused. */
export const EXPORT_VERSION = 2;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  accountId: string;
  exportedAt: string;
  /** Migrations applied to the database it came from; import refuses a newer export. */
  migrations: string[];
}

/** The last line: without it, or with another count, the file was cut off and import refuses it. */
export interface ExportEnd {
  end: true;
  rows: number;
}

export interface ExportLine {
  table: ExportedTable;
  row: Record<string, unknown>;
}

/**
 * Tables in the order import must write them (parents first) and the column each
 * is sorted by. Sessions and sign-in attempts are left out: they are short-lived
 * and a restored database should make everybody sign in again. conversation_counts
 * is derived: the trigger on conversations rebuilds it as rows are imported.
 */
export const EXPORTED_TABLES = [
  { table: 'accounts', scope: 'id', orderBy: 'id' },
  { table: 'users', scope: 'account_id', orderBy: 'id' },
  { table: 'teams', scope: 'account_id', orderBy: 'id' },
  { table: 'team_members', scope: 'account_id', orderBy: 'id' },
  { table: 'api_tokens', scope: 'account_id', orderBy: 'id' },
  { table: 'audit_log', scope: 'account_id', orderBy: 'id' },
  { table: 'customers', scope: 'account_id', orderBy: 'id' },
  { table: 'conversations', scope: 'account_id', orderBy: 'id' },
  { table: 'messages', scope: 'account_id', orderBy: 'id' },
  { table: 'conversation_events', scope: 'account_id', orderBy: 'seq' },
  { table: 'sla_policies', scope: 'account_id', orderBy: 'id' },
  { table: 'saved_views', scope: 'account_id', orderBy: 'id' },
  { table: 'macros', scope: 'account_id', orderBy: 'id' },
  { table: 'notifications', scope: 'account_id', orderBy: 'id' },
  { table: 'attachments', scope: 'account_id', orderBy: 'id' },
] as const;
export type ExportedTable = (typeof EXPORTED_TABLES)[number]['table'];

/** Columns filled by GENERATED ALWAYS AS IDENTITY: import overrides them and moves the sequence on. */
export const IDENTITY_COLUMNS: Partial<Record<ExportedTable, string>> = { conversation_events: 'seq' };
