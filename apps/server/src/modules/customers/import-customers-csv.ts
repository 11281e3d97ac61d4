import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** A cell longer than this is an unclosed quote swallowing the rest of the file, not a customer. */
const MAX_RECORD_CHARS = 1_000_000;

/**
 * Rows of the file, header included, for the progress bar: newlines outside quotes, one pass over the bytes
 * without parsing cells. ("" inside a quoted cell toggles twice, so it counts right.)
 */
export async function countRows(file: string): Promise<number> {
  let rows = 0;
  let quoted = false;
  let last = NEWLINE;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index];
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === NEWLINE && !quoted) rows += 1;
    }
    if (bytes.length > 0) last = bytes[bytes.length - 1] ?? NEWLINE;
  }
  return last === NEWLINE ? rows : rows + 1;
}

/**
 * The header row's separator: a comma, or the semicolon a spreadsheet in a Russian or German locale writes,
 * or a tab — whichever the header line holds most of (outside quotes).
 */
export async function detectDelimiter(file: string): Promise<',' | ';' | '\t'> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const counts = { ',': 0, ';': 0, '\t': 0 };
    let quoted = false;
    for (const char of buffer.subarray(0, bytesRead).toString('utf8')) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) break;
      else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
    }
    if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
    return counts['\t'] > counts[','] ? '\t' : ',';
  } finally {
    await handle.close();
  }
}

/** The file is not readable as CSV from this row on; nothing after it can be trusted. */
export class CsvFormatError extends Error {
  constructor(
    readonly row: number,
    reason: string,
  ) {
    super(reason);
  }
}

export interface CsvRecord {
  /** As a spreadsheet numbers it: the header is 1, and empty lines and lines inside quoted cells count once. */
  row: number;
  cells: string[];
}

/** Streams the records of a CSV file (UTF-8, with or without BOM, LF or CRLF, quoted cells with , " and newlines). */
export async function* readCsv(file: string, delimiter: string): AsyncGenerator<CsvRecord> {
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    // A quote inside an unquoted cell (Sari "Ibu" Wulandari) is text, as a spreadsheet reads it.
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  // pipeline (not pipe) so that a read error ends the loop below instead of leaving it waiting.
  const records = pipeline(createReadStream(file), parser, () => undefined);
  let row = 1;
  try {
    for await (const entry of records) {
      const { record, info } = entry as { record: string[]; info: { records: number } };
      row = info.records;
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFormatError(row + 1, csvReason(error));
    throw error;
  }
}

function csvReason(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell that starts in this row is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'has text right after a closing quote: write a quote inside a quoted cell as ""';
    case 'CSV_MAX_RECORD_SIZE':
      return `is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: is a quote left open?`;
    default:
      return `cannot be read as CSV: ${error.message}`;
  }
}
