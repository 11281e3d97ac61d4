import type { AttributeDefinitionRow } from './customer-attributes';
import { readHeader, type HeaderReading } from './import-customers-columns';
import { CsvFormatError, readCsv } from './import-customers-csv';
import type { ImportProgress } from './import-customers-progress';
import type { ProblemLog } from './import-customers-report';
import { readRow } from './import-customers-row';
import { SeenValues } from './import-customers-seen';

export interface FileCheck {
  /** Null when the file has no header row at all. */
  header: HeaderReading | null;
  /** The file cannot be imported even skipping rows: its header is wrong, or it stops being CSV. */
  blocked: boolean;
  /** Data rows, not counting empty ones. */
  rows: number;
  /** Data rows without a problem. */
  valid: number;
}

/** A row whose cells are all empty is no customer: a spreadsheet's blank line, or ",,,," at the end. */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads the whole file once, keeping only its problems (in `log`) and the identities seen so far: a second row
 * with the same email or external id is a problem (which of the two is right, only a person can tell), even
 * when the first one has other problems.
 */
export async function checkFile(
  file: string,
  delimiter: string,
  definitions: readonly AttributeDefinitionRow[],
  log: ProblemLog,
  progress: ImportProgress,
  total: number,
): Promise<FileCheck> {
  let header: HeaderReading | null = null;
  let rows = 0;
  const emails = new SeenValues();
  const externalIds = new SeenValues();
  progress.start('Checking ', total);
  try {
    for await (const { row, cells } of readCsv(file, delimiter)) {
      if (!header) {
        header = readHeader(cells, definitions);
        for (const problem of header.problems) log.add(problem);
        // Rows are read once the header is right: against a wrong one every row would repeat its problem.
        if (header.problems.length > 0) return { header, blocked: true, rows, valid: 0 };
        continue;
      }
      progress.update(row - 1);
      if (isBlank(cells)) continue;
      rows += 1;
      const reading = readRow(header, row, cells);
      for (const problem of reading.problems) log.add(problem);
      const { email, externalId } = reading.keys;
      const sameExternalId = externalId !== null ? externalIds.firstRow(externalId, row) : undefined;
      if (sameExternalId !== undefined)
        log.add({
          row,
          column: header.headerOf('externalId'),
          reason: `"${externalId}" is already in row ${sameExternalId}`,
        });
      const sameEmail = email !== null ? emails.firstRow(email, row) : undefined;
      if (sameEmail !== undefined)
        log.add({ row, column: header.headerOf('email'), reason: `"${email}" is already in row ${sameEmail}` });
    }
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    log.add({ row: error.row, column: '', reason: error.message });
    return { header, blocked: true, rows, valid: 0 };
  } finally {
    progress.finish();
  }
  if (!header) {
    log.add({ row: 1, column: '', reason: 'the file is empty: the first row must name the columns' });
    return { header, blocked: true, rows, valid: 0 };
  }
  return { header, blocked: false, rows, valid: rows - log.badRows };
}
