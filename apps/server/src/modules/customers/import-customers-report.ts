/** One thing wrong with the file: the row as a spreadsheet numbers it (header = 1), the column's header, why. */
export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
}

export const LISTED_PROBLEMS = 1000;

/**
 * The problems of a file too big to keep: the first LISTED_PROBLEMS in full, the rest only counted, and which
 * rows are bad as one bit per row (a million rows cost 125 KB), so the import can step over them.
 */
export class ProblemLog {
  readonly listed: ImportProblem[] = [];
  total = 0;
  badRows = 0;
  private bits = new Uint8Array(1024);

  constructor(private readonly limit = LISTED_PROBLEMS) {}

  add(problem: ImportProblem): void {
    this.total += 1;
    // A reason quotes its cell: a stray 100 KB cell must not make the report that big.
    if (this.listed.length < this.limit)
      this.listed.push({
        ...problem,
        reason: problem.reason.length > 300 ? `${problem.reason.slice(0, 299)}…` : problem.reason,
      });
    if (this.isBad(problem.row)) return;
    this.badRows += 1;
    const byte = problem.row >> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte] = (this.bits[byte] ?? 0) | (1 << (problem.row & 7));
  }

  isBad(row: number): boolean {
    return (((this.bits[row >> 3] ?? 0) >> (row & 7)) & 1) === 1;
  }
}

/** C0 and C1 control characters but tab and line breaks (made visible separately). */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);

/**
 * A cell's text made safe to print on a terminal: an escape sequence hidden in a CSV must not move the cursor
 * or retitle the window of whoever reads the report. Line breaks become ⏎.
 */
export function printable(text: string, max = 120): string {
  let flat = '';
  for (const char of text.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ')) {
    const code = char.charCodeAt(0);
    flat += isControl(code) ? `\\x${code.toString(16).padStart(2, '0')}` : char;
  }
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The problems as a table for the terminal, up to `max` of them, then how many more there are. */
export function formatProblemTable(log: Pick<ProblemLog, 'listed' | 'total'>, max = 100): string {
  const shown = log.listed.slice(0, max).map((problem) => ({
    row: String(problem.row),
    column: printable(problem.column, 40),
    reason: printable(problem.reason),
  }));
  const rowWidth = Math.max(3, ...shown.map((line) => line.row.length));
  const columnWidth = Math.max(6, ...shown.map((line) => line.column.length));
  const lines = [
    `${'row'.padStart(rowWidth)}  ${'column'.padEnd(columnWidth)}  reason`,
    `${'-'.repeat(rowWidth)}  ${'-'.repeat(columnWidth)}  ${'-'.repeat(6)}`,
    ...shown.map((line) => `${line.row.padStart(rowWidth)}  ${line.column.padEnd(columnWidth)}  ${line.reason}`),
  ];
  const more = log.total - shown.length;
  if (more > 0) lines.push(`… and ${more.toLocaleString('en')} more`);
  return lines.join('\n');
}

/** The listed problems as CSV (row,column,reason), opened safely by a spreadsheet. */
export function problemsCsv(log: Pick<ProblemLog, 'listed' | 'total'>): string {
  const lines = [
    'row,column,reason',
    ...log.listed.map((p) => [String(p.row), p.column, p.reason].map(csvCell).join(',')),
  ];
  if (log.total > log.listed.length)
    lines.push(['', '', `${log.total - log.listed.length} more problems not listed`].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  // A cell starting with = + - @ is a formula to a spreadsheet: the reasons quote the customers' own text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
