import type { AttributeDefinitionRow } from './customer-attributes';
import type { ImportProblem } from './import-customers-report';

export const CUSTOMER_FIELDS = [
  'name',
  'email',
  'phone',
  'locale',
  'country',
  'timeZone',
  'company',
  'addressAs',
  'referralSource',
  'plan',
  'revenue',
  'revenueCurrency',
  'externalId',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** Header names (after normalising case, spaces and dashes) → the field they fill. */
const FIELD_BY_HEADER: Record<string, CustomerField> = {
  name: 'name',
  email: 'email',
  e_mail: 'email',
  phone: 'phone',
  locale: 'locale',
  country: 'country',
  time_zone: 'timeZone',
  timezone: 'timeZone',
  company: 'company',
  address_as: 'addressAs',
  referral_source: 'referralSource',
  how_did_you_hear: 'referralSource',
  plan: 'plan',
  revenue: 'revenue',
  revenue_currency: 'revenueCurrency',
  external_id: 'externalId',
};

export type ColumnTarget =
  | { kind: 'field'; field: CustomerField }
  | { kind: 'attribute'; definition: AttributeDefinitionRow }
  /** A column without a header: ignored while its cells are empty (spreadsheets add them). */
  | { kind: 'unnamed' };

export interface Column {
  index: number;
  /** The header cell as the file spells it: what a problem names. */
  header: string;
  target: ColumnTarget;
}

export interface HeaderReading {
  columns: Column[];
  /** Problems with the header itself (row 1): any of them blocks the import, even with --skip-invalid. */
  problems: ImportProblem[];
  has(field: CustomerField): boolean;
  /** The header text of a field's column, or the field's usual name when the file has none. */
  headerOf(field: CustomerField): string;
}

/** "Time Zone", "time-zone" and "TIME_ZONE" are the same column. */
export function normaliseHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Matches each header cell with a customer field, or an attribute of the account (by its key, or `attr:<key>`
 * when the key is also a field's name). A column nobody knows is a problem of the whole file: a misspelt column
 * would otherwise be dropped from every row without anyone noticing.
 */
export function readHeader(cells: readonly string[], definitions: readonly AttributeDefinitionRow[]): HeaderReading {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const columns: Column[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  cells.forEach((cell, index) => {
    const header = cell.trim();
    const normal = normaliseHeader(header);
    if (normal === '') {
      columns.push({ index, header: `(column ${index + 1})`, target: { kind: 'unnamed' } });
      return;
    }
    const prefixed = /^attr(?:ibute)?:_?(.+)$/.exec(normal);
    const field = prefixed ? undefined : FIELD_BY_HEADER[normal];
    const definition = byKey.get(prefixed?.[1] ?? normal);
    const target: ColumnTarget | null = field
      ? { kind: 'field', field }
      : definition
        ? { kind: 'attribute', definition }
        : null;
    if (!target) {
      problems.push({ row: 1, column: header, reason: unknownColumnReason(definitions) });
      return;
    }
    const identity = target.kind === 'field' ? `field:${target.field}` : `attribute:${target.definition.key}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      problems.push({ row: 1, column: header, reason: `is the same column as column ${first + 1}` });
      return;
    }
    seen.set(identity, index);
    columns.push({ index, header, target });
  });

  const fieldColumn = (field: CustomerField) =>
    columns.find((column) => column.target.kind === 'field' && column.target.field === field);
  const has = (field: CustomerField) => fieldColumn(field) !== undefined;
  const headerOf = (field: CustomerField) => fieldColumn(field)?.header ?? HEADER_OF[field];
  if (!has('name')) problems.push({ row: 1, column: 'name', reason: 'is missing: every customer needs a name' });
  if (!has('email') && !has('externalId'))
    problems.push({
      row: 1,
      column: 'email',
      reason: 'is missing, and so is external_id: one of them finds a customer again when the file is imported twice',
    });
  if (has('revenue') && !has('revenueCurrency'))
    problems.push({ row: 1, column: headerOf('revenue'), reason: 'needs a revenue_currency column beside it' });
  return { columns, problems, has, headerOf };
}

const HEADER_OF: Record<CustomerField, string> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  locale: 'locale',
  country: 'country',
  timeZone: 'time_zone',
  company: 'company',
  addressAs: 'address_as',
  referralSource: 'referral_source',
  plan: 'plan',
  revenue: 'revenue',
  revenueCurrency: 'revenue_currency',
  externalId: 'external_id',
};

function unknownColumnReason(definitions: readonly AttributeDefinitionRow[]): string {
  const attributes = definitions.map((definition) => definition.key);
  return (
    'is neither a customer field nor an attribute of this account' +
    ` (attributes: ${attributes.length > 0 ? attributes.join(', ') : 'none defined'})`
  );
}

/** The columns part of `sincere import-customers --help` (80 columns wide, as commander's own text). */
export const IMPORT_COLUMNS_HELP = `
Columns (the header row names them; any case, spaces or dashes for _):
  name                 required
  email, external_id   one of them in every row: the account's customer with
                       this external id (your system's), or else this email,
                       is updated; otherwise a new customer is created
  phone, company, address_as, plan
  locale               a language tag: ru, id, en-GB
  country              ISO 3166-1 alpha-2: RU, ID, GB
  time_zone            IANA: Europe/Moscow, Asia/Jakarta (also: timezone)
  referral_source      also: how_did_you_hear
  revenue              an amount such as 1234.50, with
  revenue_currency     its ISO 4217 code: RUB, IDR, USD
  <attribute key>      an attribute of the account (or attr:<key>): text,
                       number, date (YYYY-MM-DD) or one of a list's options
Empty cells leave what a customer has. Any other column stops the import.

The whole file is checked first. While it has problems nothing is imported:
they are listed (row as a spreadsheet numbers it, column, reason) and the
command exits with 1. With --skip-invalid the valid rows are imported and
the others listed. Importing the same file again changes nothing.`;
