/**
 * The account export: newline-delimited JSON. The first line is the header, every
 * other line one row: `{"table":"users","row":{…}}`, rows as PostgreSQL's
 * to_jsonb writes them, so import restores the exact values (microsecond
 * timestamps, JSON, identity columns) on either engine. Generated columns (the
 * search vector) are left out and recomputed on import. After the rows come the
 * attachments' bytes, `{"file":"<attachment id>","data":"<base64>"}` in chunks,
 * one file after another. The last line is `{"end":true,"rows":N,"files":M}`.
 */
export const EXPORT_FORMAT = 'sincere-account-export';
/**
 * 2: the file ends with an end line carrying the row count, so a cut-off file is refused.
 * 3: the attachments' bytes travel with their rows. Version 2 files are still imported.
 */
export const EXPORT_VERSION = 3;
export const READABLE_VERSIONS: readonly number[] = [2, 3];
/** Raw bytes per file line (base64 makes it a third longer). */
export const FILE_CHUNK_BYTES = 512 * 1024;

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  accountId: string;
  exportedAt: string;
  /** Migrations applied to the database it came from; import refuses a newer export. */
  migrations: string[];
}

/** The last line: without it, or with another count, the file was cut off and import refuses it. */
export interface ExportEnd {
  end: true;
  rows: number;
  /** Attachments whose bytes follow the rows (version 3); one missing from storage at export time is not counted. */
  files?: number;
}

/** A piece of one attachment's bytes; a file's pieces come together, in order. */
export interface ExportFileChunk {
  file: string;
  data: string;
}

export interface ExportLine {
  table: ExportedTable;
  row: Record<string, unknown>;
}

/**
 * Tables in the order import must write them (parents first) and the column each
 * is sorted by. Sessions and sign-in attempts are left out: they are short-lived
 * and a restored database should make everybody sign in again, and so are the public
 * API's Idempotency-Keys (a day long). Connectors' header values and secrets stay sealed with the server's key
(SINCERE_SECRET_KEY): restore them where the same key is set. conversation_counts is derived: the trigger on
 * conversations rebuilds it as rows are imported. Channels travel with their secrets
 * (bot tokens, IMAP passwords): keep exports as safe as the database.
 */
export const EXPORTED_TABLES = [
  { table: 'accounts', scope: 'id', orderBy: 'id' },
  { table: 'users', scope: 'account_id', orderBy: 'id' },
  { table: 'teams', scope: 'account_id', orderBy: 'id' },
  { table: 'channels', scope: 'account_id', orderBy: 'id' },
  { table: 'team_members', scope: 'account_id', orderBy: 'id' },
  { table: 'api_tokens', scope: 'account_id', orderBy: 'id' },
  { table: 'audit_log', scope: 'account_id', orderBy: 'id' },
  { table: 'customers', scope: 'account_id', orderBy: 'id' },
  { table: 'customer_identities', scope: 'account_id', orderBy: 'id' },
  { table: 'customer_attribute_definitions', scope: 'account_id', orderBy: 'id' },
  { table: 'customer_notes', scope: 'account_id', orderBy: 'id' },
  { table: 'customer_duplicate_dismissals', scope: 'account_id', orderBy: 'id' },
  { table: 'conversations', scope: 'account_id', orderBy: 'id' },
  { table: 'conversation_threads', scope: 'account_id', orderBy: 'conversation_id' },
  { table: 'messages', scope: 'account_id', orderBy: 'id' },
  { table: 'conversation_events', scope: 'account_id', orderBy: 'seq' },
  { table: 'customer_facts', scope: 'account_id', orderBy: 'id' },
  { table: 'promises', scope: 'account_id', orderBy: 'id' },
  { table: 'follow_ups', scope: 'account_id', orderBy: 'id' },
  { table: 'sla_policies', scope: 'account_id', orderBy: 'id' },
  { table: 'saved_views', scope: 'account_id', orderBy: 'id' },
  { table: 'macros', scope: 'account_id', orderBy: 'id' },
  { table: 'locale_profiles', scope: 'account_id', orderBy: 'locale' },
  { table: 'calendar_entries', scope: 'account_id', orderBy: 'id' },
  { table: 'webhook_endpoints', scope: 'account_id', orderBy: 'id' },
  { table: 'webhook_deliveries', scope: 'account_id', orderBy: 'id' },
  { table: 'connectors', scope: 'account_id', orderBy: 'id' },
  { table: 'notifications', scope: 'account_id', orderBy: 'id' },
  { table: 'attachments', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_scorecards', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_settings', scope: 'account_id', orderBy: 'account_id' },
  { table: 'qa_calibrations', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_reviews', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_disputes', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_assignments', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_rescore_runs', scope: 'account_id', orderBy: 'id' },
  { table: 'qa_sampled_weeks', scope: 'account_id', orderBy: 'week' },
] as const;
export type ExportedTable = (typeof EXPORTED_TABLES)[number]['table'];

/** Columns filled by GENERATED ALWAYS AS IDENTITY: import overrides them and moves the sequence on. */
export const IDENTITY_COLUMNS: Partial<Record<ExportedTable, string>> = { conversation_events: 'seq' };
