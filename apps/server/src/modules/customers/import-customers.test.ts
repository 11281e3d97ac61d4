import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AttributeDefinitionRow } from './customer-attributes';
import { describeImport, type ImportCustomersResult } from './import-customers';
import { readHeader } from './import-customers-columns';
import { countRows, detectDelimiter } from './import-customers-csv';
import { progressBar, silentProgress } from './import-customers-progress';
import { formatProblemTable, ProblemLog, problemsCsv, type ImportProblem } from './import-customers-report';
import { readRow } from './import-customers-row';
import { SeenValues } from './import-customers-seen';
import { checkFile } from './import-customers-validate';

const definition = (
  key: string,
  type: AttributeDefinitionRow['type'],
  options: string[] = [],
): AttributeDefinitionRow => ({
  id: `00000000-0000-4000-8000-00000000000${key.length}`,
  accountId: '00000000-0000-4000-8000-000000000000',
  key,
  label: key,
  type,
  options,
  position: 0,
  createdAt: new Date(0),
});
const DEFINITIONS = [
  definition('seats', 'number'),
  definition('renewal_date', 'date'),
  definition('segment', 'list', ['Retail', 'Wholesale']),
  definition('plan', 'text'),
];

/** The problems of one data row (row 2) under this header. */
function problemsOf(header: string[], cells: string[]): ImportProblem[] {
  const reading = readHeader(header, DEFINITIONS);
  expect(reading.problems).toEqual([]);
  return readRow(reading, 2, cells).problems;
}

function valueOf(header: string[], cells: string[]) {
  const reading = readRow(readHeader(header, DEFINITIONS), 2, cells);
  expect(reading.problems).toEqual([]);
  return reading.row;
}

describe('the header of a customer import', () => {
  it('matches columns in any case, with spaces or dashes, and by their aliases', () => {
    const reading = readHeader(
      ['Name', 'E-Mail', 'Time Zone', 'timezone', 'How did you hear', 'EXTERNAL_ID', 'revenue', 'Revenue Currency'],
      DEFINITIONS,
    );
    expect(reading.columns.map((column) => column.target)).toEqual([
      { kind: 'field', field: 'name' },
      { kind: 'field', field: 'email' },
      { kind: 'field', field: 'timeZone' },
      { kind: 'field', field: 'referralSource' },
      { kind: 'field', field: 'externalId' },
      { kind: 'field', field: 'revenue' },
      { kind: 'field', field: 'revenueCurrency' },
    ]);
    // time_zone and timezone are one column: the second is a problem, not a silent overwrite.
    expect(reading.problems).toEqual([{ row: 1, column: 'timezone', reason: 'is the same column as column 3' }]);
  });

  it('reads attribute columns by key, and attr:<key> where the key is also a field', () => {
    const reading = readHeader(['name', 'email', 'Seats', 'attr:plan', 'plan'], DEFINITIONS);
    expect(reading.problems).toEqual([]);
    expect(reading.columns.map((column) => column.target)).toEqual([
      { kind: 'field', field: 'name' },
      { kind: 'field', field: 'email' },
      { kind: 'attribute', definition: DEFINITIONS[0] },
      { kind: 'attribute', definition: DEFINITIONS[3] },
      { kind: 'field', field: 'plan' },
    ]);
  });

  it('reports an unknown column once, as a problem of row 1', () => {
    const reading = readHeader(['name', 'email', 'Favourite colour'], DEFINITIONS);
    expect(reading.problems).toEqual([
      {
        row: 1,
        column: 'Favourite colour',
        reason:
          'is neither a customer field nor an attribute of this account (attributes: seats, renewal_date, segment, plan)',
      },
    ]);
  });

  it('requires a name column, an email or external_id column, and a currency beside revenue', () => {
    expect(readHeader(['phone', 'revenue'], DEFINITIONS).problems.map((problem) => problem.column)).toEqual([
      'name',
      'email',
      'revenue',
    ]);
    expect(readHeader(['name', 'external_id'], DEFINITIONS).problems).toEqual([]);
  });
});

describe('a row of a customer import', () => {
  const header = ['name', 'email', 'phone', 'locale', 'country', 'time_zone', 'external_id'];

  it('reads a valid row into the customer it describes, leaving empty cells out', () => {
    expect(
      valueOf(header, [
        '  Sari   Wulandari ',
        'Sari@Example.co.ID',
        '+62 812-3456-7890',
        'id_ID',
        'id',
        'asia/jakarta',
        '',
      ]),
    ).toEqual({
      row: 2,
      fields: {
        name: 'Sari Wulandari',
        email: 'sari@example.co.id',
        phone: '+62 812-3456-7890',
        locale: 'id-ID',
        country: 'ID',
        timeZone: 'Asia/Jakarta',
      },
      externalId: null,
      attributes: {},
    });
  });

  it.each([
    ['name', ['', 'a@example.com'], 'is required'],
    ['email', ['Ivan', 'ivan@'], '"ivan@" is not an email address'],
    ['phone', ['Ivan', 'a@example.com', 'call me'], '"call me" may hold only digits, spaces and + ( ) - . /'],
    ['phone', ['Ivan', 'a@example.com', '12'], '"12" should have 5 to 20 digits'],
    ['locale', ['Ivan', 'a@example.com', '', 'русский'], '"русский" is not a language tag such as ru, id or en-GB'],
    ['country', ['Ivan', 'a@example.com', '', '', 'Russia'], 'not a two-letter ISO 3166-1 country code'],
    ['country', ['Ivan', 'a@example.com', '', '', 'UK'], '"UK" is not an ISO 3166-1 code: write GB'],
    ['time_zone', ['Ivan', 'a@example.com', '', '', '', 'Moscow'], '"Moscow" is not an IANA time zone'],
    ['time_zone', ['Ivan', 'a@example.com', '', '', '', 'GMT+3'], '"GMT+3" is not an IANA time zone'],
    ['external_id', ['Ivan', '', '', '', '', '', 'x'.repeat(201)], 'is longer than 200 characters'],
    ['email', ['Ivan', '', '', '', '', '', ''], 'is required when external_id is empty'],
  ])('names the column and the reason: %s', (column, cells, reason) => {
    const problems = problemsOf(header, cells);
    expect(problems).toEqual([{ row: 2, column, reason: expect.stringContaining(reason) }]);
  });

  it('reads revenue in the minor units of its currency', () => {
    const money = ['name', 'email', 'revenue', 'revenue_currency'];
    const cents = (revenue: string, currency: string) =>
      valueOf(money, ['A', 'a@example.com', revenue, currency])?.fields;
    expect(cents('1234.50', 'usd')).toMatchObject({ revenueCents: 123_450, revenueCurrency: 'USD' });
    expect(cents('1234,5', 'RUB')).toMatchObject({ revenueCents: 123_450 });
    expect(cents('1 500 000', 'IDR')).toMatchObject({ revenueCents: 150_000_000 });
    expect(cents('150000', 'JPY')).toMatchObject({ revenueCents: 150_000 });
    expect(cents('1.250', 'KWD')).toMatchObject({ revenueCents: 1_250 });

    expect(problemsOf(money, ['A', 'a@example.com', '1,234.50', 'USD'])).toEqual([
      { row: 2, column: 'revenue', reason: '"1,234.50" is not an amount such as 1234.50' },
    ]);
    expect(problemsOf(money, ['A', 'a@example.com', '10.5', 'JPY'])).toEqual([
      { row: 2, column: 'revenue', reason: '"10.5" has more decimals than JPY has (0)' },
    ]);
    expect(problemsOf(money, ['A', 'a@example.com', '10', ''])).toEqual([
      { row: 2, column: 'revenue_currency', reason: 'is required when revenue is given' },
    ]);
    expect(problemsOf(money, ['A', 'a@example.com', '10', 'RUR'])).toEqual([
      { row: 2, column: 'revenue_currency', reason: '"RUR" is not an ISO 4217 currency code such as USD or RUB' },
    ]);
    // A currency alone would relabel the amount on file: it is only written with one.
    expect(valueOf(money, ['A', 'a@example.com', '', 'EUR'])?.fields).toEqual({ name: 'A', email: 'a@example.com' });
  });

  it('reads attribute columns by their type', () => {
    const columns = ['name', 'email', 'seats', 'renewal_date', 'segment'];
    expect(valueOf(columns, ['A', 'a@example.com', '12,5', '2025-02-28', 'wholesale'])?.attributes).toEqual({
      seats: 12.5,
      renewal_date: '2025-02-28',
      segment: 'Wholesale',
    });
    expect(problemsOf(columns, ['A', 'a@example.com', 'twelve', '2025-02-30', 'VIP'])).toEqual([
      { row: 2, column: 'seats', reason: '"twelve" is not a number' },
      { row: 2, column: 'renewal_date', reason: '2025-02-30 is not a day of the calendar' },
      { row: 2, column: 'segment', reason: '"VIP" is not one of: Retail, Wholesale' },
    ]);
  });

  it('refuses cells beyond the header, under a column without a header, and text that was not UTF-8', () => {
    expect(problemsOf(['name', 'email', ''], ['A', 'a@example.com', 'x', 'y'])).toEqual([
      { row: 2, column: '(column 4)', reason: 'has a value beyond the last column' },
      { row: 2, column: '(column 3)', reason: 'has a value but the column has no header' },
    ]);
    expect(problemsOf(['name', 'email'], ['\uFFFD\uFFFD\uFFFD', 'a@example.com'])).toEqual([
      { row: 2, column: '', reason: expect.stringContaining('is not UTF-8 text') },
    ]);
  });
});

describe('checking a whole file', () => {
  const folder = mkdtemp(join(tmpdir(), 'sincere-import-unit-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));
  let files = 0;
  async function file(text: string): Promise<string> {
    const path = join(await folder, `file-${files++}.csv`);
    await writeFile(path, text);
    return path;
  }
  async function check(text: string) {
    const path = await file(text);
    const log = new ProblemLog();
    const result = await checkFile(path, await detectDelimiter(path), DEFINITIONS, log, silentProgress, 0);
    return { ...result, problems: log.listed, log };
  }

  it('numbers rows as a spreadsheet does, across blank lines and line breaks inside quoted cells', async () => {
    const text = 'name,email\r\n"Budi\r\nSantoso",budi@example.com\r\n\r\n"Doe, ""J""",not-an-email\r\n';
    const result = await check(text);
    expect(result.problems).toEqual([{ row: 4, column: 'email', reason: '"not-an-email" is not an email address' }]);
    expect(result).toMatchObject({ rows: 2, valid: 1, blocked: false });
    expect(await countRows(await file(text))).toBe(4);
  });

  it('reports a second row with the same email or external id, naming the first', async () => {
    const result = await check(
      'name,email,external_id\nA,a@example.com,1\nB,b@example.com,1\nC,A@EXAMPLE.COM,3\nD,,4\n',
    );
    expect(result.problems).toEqual([
      { row: 3, column: 'external_id', reason: '"1" is already in row 2' },
      { row: 4, column: 'email', reason: '"a@example.com" is already in row 2' },
    ]);
    expect(result).toMatchObject({ rows: 4, valid: 2 });
  });

  it('reads semicolon-separated files, as spreadsheets in many locales save them', async () => {
    const path = await file('\uFEFFname;email;revenue;revenue_currency\r\nОльга;olga@example.ru;1500,50;RUB\r\n');
    expect(await detectDelimiter(path)).toBe(';');
    const result = await check('\uFEFFname;email;revenue;revenue_currency\r\nОльга;olga@example.ru;1500,50;RUB\r\n');
    expect(result).toMatchObject({ problems: [], rows: 1, valid: 1 });
  });

  it('stops at a quote that is never closed, blocking the file', async () => {
    const result = await check('name,email\nA,a@example.com\n"B,b@example.com\nC,c@example.com\n');
    expect(result.blocked).toBe(true);
    expect(result.problems).toEqual([
      { row: 3, column: '', reason: 'a quoted cell that starts in this row is never closed' },
    ]);
  });

  it('reads no row while the header has problems', async () => {
    const result = await check('name,email,colour\nA,bad,red\n');
    expect(result).toMatchObject({ blocked: true, rows: 0 });
    expect(result.problems.map((problem) => problem.row)).toEqual([1]);
  });

  it('blocks an empty file', async () => {
    const result = await check('');
    expect(result.blocked).toBe(true);
    expect(result.problems).toEqual([
      { row: 1, column: '', reason: 'the file is empty: the first row must name the columns' },
    ]);
  });
});

describe('the values a file has had', () => {
  it('tells the first row of a value seen before, as the table grows', () => {
    const seen = new SeenValues(4);
    for (let row = 2; row < 20_002; row++) expect(seen.firstRow(`customer-${row}@example.com`, row)).toBeUndefined();
    expect(seen.firstRow('customer-2@example.com', 30_000)).toBe(2);
    expect(seen.firstRow('customer-20001@example.com', 30_001)).toBe(20_001);
    expect(seen.firstRow('customer-20002@example.com', 30_002)).toBeUndefined();
  });
});

describe('the problem report', () => {
  it('lists the first thousand problems, counts all, and remembers every bad row', () => {
    const log = new ProblemLog();
    for (let row = 2; row < 1502; row++) {
      log.add({ row, column: 'email', reason: 'bad' });
      log.add({ row, column: 'name', reason: 'is required' });
    }
    expect(log.listed).toHaveLength(1000);
    expect(log.total).toBe(3000);
    expect(log.badRows).toBe(1500);
    expect(log.isBad(1501)).toBe(true);
    expect(log.isBad(1502)).toBe(false);
    expect(formatProblemTable(log, 2).split('\n')).toEqual([
      'row  column  reason',
      '---  ------  ------',
      '  2  email   bad',
      '  2  name    is required',
      '… and 2,998 more',
    ]);
  });

  it('prints control characters from a file visibly, never as terminal escapes', () => {
    const log = new ProblemLog();
    log.add({ row: 2, column: 'name', reason: '"\u001b]0;pwned\u0007\nx" is odd' });
    const table = formatProblemTable(log);
    const controls = [...table].filter((char) => char.charCodeAt(0) < 0x20 && char !== '\n');
    expect(controls).toEqual([]);
    expect(table).toContain('"\\x1b]0;pwned\\x07⏎x" is odd');
  });

  it('writes CSV a spreadsheet opens without running formulas', () => {
    const log = new ProblemLog();
    log.add({ row: 2, column: '=HYPERLINK("x")', reason: 'is neither, nor' });
    expect(problemsCsv(log)).toBe('row,column,reason\r\n2,"\'=HYPERLINK(""x"")","is neither, nor"\r\n');
  });
});

describe('the progress bar', () => {
  it('writes one line per 10% when the output is a log', () => {
    const lines: string[] = [];
    let now = 0;
    const bar = progressBar({ isTTY: false, write: (text: string) => lines.push(text) }, () => now);
    bar.start('Importing', 1000);
    for (let done = 50; done <= 1000; done += 50) {
      now += 100;
      bar.update(done);
    }
    bar.finish();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('Importing: 100/1,000 rows, 10%, 500 rows/s\n');
    expect(lines[9]).toBe('Importing: 1,000/1,000 rows, 100%, 500 rows/s\n');
  });

  it('redraws one line in place on a terminal, at most every 100 ms', () => {
    const writes: string[] = [];
    let now = 0;
    const bar = progressBar({ isTTY: true, write: (text: string) => writes.push(text) }, () => now);
    bar.start('Checking', 200);
    bar.update(50);
    bar.update(60);
    now = 150;
    bar.update(100);
    bar.finish();
    expect(writes.every((text) => text.startsWith('\r'))).toBe(true);
    expect(writes).toHaveLength(4);
    expect(writes[2]).toContain('[############------------]  50% 100/200');
    expect(writes.at(-1)).toMatch(/\n$/);
  });
});

describe('the last line of the command', () => {
  const log = new ProblemLog();
  log.add({ row: 3, column: 'email', reason: 'bad' });
  const result: ImportCustomersResult = {
    account: { id: 'a1', name: 'Toko Maju' },
    outcome: 'dry_run',
    rows: 4,
    valid: 3,
    problems: log,
    blocked: false,
    created: 2,
    updated: 1,
    unchanged: 0,
    forgotten: 0,
  };

  it('says what a dry run would do, and what was skipped', () => {
    expect(describeImport(result)).toBe(
      'Dry run, nothing written: importing 3 rows into account "Toko Maju" (a1) would create 2, update 1 and ' +
        'leave 0 unchanged; 1 row with problems skipped',
    );
  });

  it('says why nothing was imported, and how to import the rest', () => {
    expect(describeImport({ ...result, outcome: 'refused', created: 0, updated: 0 })).toBe(
      'Nothing was imported: 1 problem in 1 row of 4. Fix them, or run again with --skip-invalid to import the ' +
        'other 3 rows',
    );
  });
});
