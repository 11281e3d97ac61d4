import { Email } from '@sincere/contracts';
import { parseAttributeValue, type AttributeValue } from './customer-attributes';
import type { CustomerField, HeaderReading } from './import-customers-columns';
import { countryHint, isCountryCode, isCurrencyCode, minorDigits } from './import-customers-codes';
import type { ImportProblem } from './import-customers-report';

/** What a valid row says about a customer; only its non-empty cells (an empty cell leaves the value as it is). */
export interface CustomerFields {
  name: string;
  email?: string;
  phone?: string;
  locale?: string;
  country?: string;
  timeZone?: string;
  company?: string;
  addressAs?: string;
  referralSource?: string;
  plan?: string;
  revenueCents?: number;
  revenueCurrency?: string;
}

export interface ImportRow {
  row: number;
  fields: CustomerFields;
  externalId: string | null;
  attributes: Record<string, AttributeValue>;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** As the profile's own form allows (UpdateCustomerRequest): 200, or 100 for address_as and plan. */
const MAX_TEXT = 200;
/** Line breaks and other control characters; a spreadsheet cell's Alt+Enter among them. */
const hasControl = (value: string) => [...value].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f');

/** One-line text: runs of white space (a line break typed into a cell too) become one space. */
function text(raw: string, max = MAX_TEXT): Parsed<string> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (hasControl(value)) return bad('contains a control character');
  return value.length > max ? bad(`is longer than ${max} characters`) : ok(value);
}

/** An id of the company's own system: kept exactly as written, but for the spaces around it. */
function identifier(raw: string): Parsed<string> {
  const value = raw.trim();
  if (hasControl(value)) return bad('contains a line break or a control character');
  return value.length > MAX_TEXT ? bad(`is longer than ${MAX_TEXT} characters`) : ok(value);
}

function email(raw: string): Parsed<string> {
  const parsed = Email.safeParse(raw);
  return parsed.success ? ok(parsed.data) : bad(`"${raw.trim()}" is not an email address`);
}

function phone(raw: string): Parsed<string> {
  const value = raw.trim();
  const digits = value.replace(/\D/g, '').length;
  if (!/^\+?[\d\s().\-/]+$/.test(value)) return bad(`"${value}" may hold only digits, spaces and + ( ) - . /`);
  if (value.length > 40) return bad('is longer than 40 characters');
  return digits >= 5 && digits <= 20 ? ok(value) : bad(`"${value}" should have 5 to 20 digits`);
}

function locale(raw: string): Parsed<string> {
  const value = raw.trim().replace(/_/g, '-');
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical && canonical.length <= 35) return ok(canonical);
  } catch {
    // Not a BCP 47 tag: said below.
  }
  return bad(`"${raw.trim()}" is not a language tag such as ru, id or en-GB`);
}

function country(raw: string): Parsed<string> {
  const code = raw.trim().toUpperCase();
  if (isCountryCode(code)) return ok(code);
  const hint = countryHint(code);
  return bad(
    hint
      ? `"${raw.trim()}" is not an ISO 3166-1 code: write ${hint}`
      : `"${raw.trim()}" is not a two-letter ISO 3166-1 country code such as RU or ID`,
  );
}

const ZONES = new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
ZONES.set('utc', 'UTC');

function timeZone(raw: string): Parsed<string> {
  const value = raw.trim();
  const known = ZONES.get(value.toLowerCase());
  if (known) return ok(known);
  try {
    // Older names the runtime still accepts (Europe/Kiev, Asia/Calcutta) are kept as written.
    new Intl.DateTimeFormat('en', { timeZone: value });
    if (value.includes('/')) return ok(value);
  } catch {
    // Unknown to Intl: said below.
  }
  return bad(`"${value}" is not an IANA time zone such as Europe/Moscow or Asia/Jakarta`);
}

function currency(raw: string): Parsed<string> {
  const code = raw.trim().toUpperCase();
  return isCurrencyCode(code) ? ok(code) : bad(`"${raw.trim()}" is not an ISO 4217 currency code such as USD or RUB`);
}

/** "1234.50" or "1234,50" in `currencyCode`'s minor units; no thousands separators (1,234 would be ambiguous). */
function revenue(raw: string, currencyCode: string | undefined): Parsed<number> {
  const value = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(value);
  if (!match) return bad(`"${raw.trim()}" is not an amount such as 1234.50`);
  const digits = currencyCode ? minorDigits(currencyCode) : 2;
  const fraction = match[2] ?? '';
  if (fraction.length > digits)
    return bad(`"${raw.trim()}" has more decimals than ${currencyCode ?? 'the currency'} has (${digits})`);
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? ok(minor) : bad(`"${raw.trim()}" is too large`);
}

/** How each text field of a customer is read from its cell (revenue and external_id are read apart). */
const READERS = {
  name: (raw) => text(raw),
  email,
  phone,
  locale,
  country,
  timeZone,
  company: (raw) => text(raw),
  addressAs: (raw) => text(raw, 100),
  referralSource: (raw) => text(raw),
  plan: (raw) => text(raw, 100),
  revenueCurrency: currency,
} satisfies Record<Exclude<CustomerField, 'revenue' | 'externalId'>, (raw: string) => Parsed<string>>;

export interface RowReading {
  /** The row when it has no problem. */
  row: ImportRow | null;
  problems: ImportProblem[];
  /** The identities the row names, when their cells are valid (even if others are not): duplicates are found by them. */
  keys: { email: string | null; externalId: string | null };
}

/**
 * Reads one data row against the header. Every bad cell is a problem naming its column; the row is returned
 * only when it has none.
 */
export function readRow(header: HeaderReading, row: number, cells: readonly string[]): RowReading {
  const problems: ImportProblem[] = [];
  const fields: Partial<CustomerFields> = {};
  const attributes: Record<string, AttributeValue> = {};
  let externalId: string | null = null;
  let revenueCell: { raw: string; header: string } | null = null;
  const problem = (column: string, reason: string) => problems.push({ row, column, reason });
  const take = <T>(column: string, parsed: Parsed<T>, store: (value: T) => void) =>
    parsed.ok ? store(parsed.value) : problem(column, parsed.reason);

  if (cells.join('').includes('\uFFFD'))
    problem('', 'is not UTF-8 text: save the file as "CSV UTF-8" and import it again');
  for (let index = header.columns.length; index < cells.length; index++) {
    if ((cells[index] ?? '').trim() !== '') problem(`(column ${index + 1})`, 'has a value beyond the last column');
  }
  for (const column of header.columns) {
    const raw = cells[column.index] ?? '';
    if (raw.trim() === '') continue;
    const { target } = column;
    const at = column.header;
    if (target.kind === 'unnamed') problem(at, 'has a value but the column has no header');
    else if (target.kind === 'attribute') {
      const parsed = parseAttributeValue(target.definition, raw);
      if (!parsed.ok) problem(at, parsed.reason);
      else if (parsed.value !== null) attributes[target.definition.key] = parsed.value;
    } else {
      const { field } = target;
      if (field === 'revenue') revenueCell = { raw, header: at };
      else if (field === 'externalId') take(at, identifier(raw), (value) => (externalId = value));
      else take(at, READERS[field](raw), (value) => (fields[field] = value));
    }
  }
  // The amount is read in its currency's minor units, so it waits for the currency; a currency is only
  // written together with an amount, or it would silently relabel the amount already on file.
  const amount: { raw: string; header: string } | null = revenueCell;
  if (amount) {
    if (!fields.revenueCurrency && !problems.some((p) => p.column === header.headerOf('revenueCurrency')))
      problem(header.headerOf('revenueCurrency'), 'is required when revenue is given');
    take(amount.header, revenue(amount.raw, fields.revenueCurrency), (value) => (fields.revenueCents = value));
  } else delete fields.revenueCurrency;

  if (fields.name === undefined) problem(header.headerOf('name'), 'is required');
  if (fields.email === undefined && externalId === null && !problemsIn(problems, header, ['email', 'externalId']))
    problem(
      header.headerOf('email'),
      'is required when external_id is empty: without either the customer cannot be found again',
    );
  const keys = { email: fields.email ?? null, externalId };
  if (problems.length > 0 || fields.name === undefined) return { row: null, problems, keys };
  return { row: { row, fields: { ...fields, name: fields.name }, externalId, attributes }, problems, keys };
}

function problemsIn(problems: ImportProblem[], header: HeaderReading, fields: ('email' | 'externalId')[]): boolean {
  const columns = new Set(fields.map((field) => header.headerOf(field)));
  return problems.some((problem) => columns.has(problem.column));
}
