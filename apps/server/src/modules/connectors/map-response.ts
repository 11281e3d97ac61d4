import {
  CONNECTOR_LIMITS,
  type CardField,
  type ConnectorCard,
  type ConnectorCardItem,
  type ConnectorMappedField,
  type ConnectorMapping,
} from '@sincere/contracts';
import {
  CONNECTOR_LINK_ROOTS,
  renderUrlTemplate,
  TemplateError,
  urlTemplateProblem,
  valueAt,
  type ConfigProblem,
  type TemplateValues,
} from './url-template';

/*
 * Paths are dotted keys and indices (`invoices.0.total`), not JSONPath: no
 * filters, wildcards or script expressions, so an admin's mapping can only read
 * one value and cannot be made to run anything or walk the whole answer.
 */

/** The answer does not have the shape the mapping expects (no list where listPath points). */
export class MappingError extends Error {
  override readonly name = 'MappingError';
}

const ITEM_TITLE_LENGTH = 200;

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function pathOf(path: string): string[] {
  return path.split('.');
}

/**
 * A single value as a card shows it: strings (cut at 1000 characters) and
 * numbers as they are, booleans as 'yes'/'no' (a card has no booleans, and
 * "true" reads like code). Objects and lists are not values: null here.
 */
function scalarOf(raw: unknown): string | number | null {
  if (typeof raw === 'string') return truncate(raw, CONNECTOR_LIMITS.valueLength);
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean') return raw ? 'yes' : 'no';
  return null;
}

/** Amounts stay in the answer's units (12.5 is 12.50); a numeric string ("12.50") becomes a number. */
function amountOf(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
  return null;
}

/**
 * A date as ISO 8601: a plain date (2024-05-01) stays a date, so no time zone
 * moves it to the day before; a date-time becomes UTC; a number is Unix time,
 * in seconds below 10^11 (until the year 5138) and in milliseconds above.
 */
function dateOf(raw: unknown): string | null {
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return raw.trim();
  let time = NaN;
  if (typeof raw === 'number') time = Math.abs(raw) < 1e11 ? raw * 1000 : raw;
  else if (typeof raw === 'string') time = Date.parse(raw);
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function httpUrlOf(text: string): string | null {
  if (text.length > 2000) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function toneOf(field: ConnectorMappedField, raw: unknown, value: string | number): CardField['tone'] {
  const tones = field.badgeTones;
  if (!tones) return undefined;
  const keys = [String(value), String(raw)];
  for (const key of keys) if (tones[key]) return tones[key];
  const lower = keys.map((key) => key.toLowerCase());
  const match = Object.keys(tones).find((key) => lower.includes(key.toLowerCase()));
  return match === undefined ? undefined : tones[match];
}

/** One field read from `source` (the answer in object mode, an item in list mode). */
function mapField(source: unknown, field: ConnectorMappedField, values: TemplateValues): CardField {
  const raw = valueAt(source, pathOf(field.path));
  const base = { label: field.label, format: field.format };
  if (raw === undefined || raw === null) return { ...base, value: null };
  if (typeof raw === 'object') {
    const example = Array.isArray(raw) ? `${field.path}.0` : `${field.path}.name`;
    return {
      ...base,
      value: null,
      error: `${truncate(field.path, 100)} is ${kindOf(raw)}, not a single value: map one of its parts, such as ${truncate(example, 100)}`,
    };
  }
  const value = scalarOf(raw);
  if (value === null) return { ...base, value: null };
  switch (field.format) {
    case 'money': {
      const amount = amountOf(raw);
      if (amount === null) return { ...base, value, error: `${truncate(field.path, 100)} is not an amount` };
      const fromPath = field.currencyPath ? valueAt(source, pathOf(field.currencyPath)) : undefined;
      const currency =
        typeof fromPath === 'string' && /^[A-Za-z]{3}$/.test(fromPath) ? fromPath.toUpperCase() : field.currency;
      return currency ? { ...base, value: amount, currency } : { ...base, value: amount };
    }
    case 'date': {
      const date = dateOf(raw);
      return date === null
        ? { ...base, value, error: `${truncate(field.path, 100)} is not a date` }
        : { ...base, value: date };
    }
    case 'link': {
      if (!field.hrefTemplate) {
        const href = typeof raw === 'string' ? httpUrlOf(raw) : null;
        return href ? { ...base, value, href } : { ...base, value };
      }
      try {
        const href = httpUrlOf(renderUrlTemplate(field.hrefTemplate, { ...values, item: source }));
        return href ? { ...base, value, href } : { ...base, value, error: 'The link is not an http(s) URL' };
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        return { ...base, value, error: `The link ${error.message}` };
      }
    }
    case 'badge': {
      const tone = toneOf(field, raw, value);
      return tone ? { ...base, value, tone } : { ...base, value };
    }
    case 'text':
      return { ...base, value };
  }
}

function mapItem(item: unknown, mapping: ConnectorMapping, values: TemplateValues): ConnectorCardItem {
  const fields = mapping.fields.map((field) => mapField(item, field, values));
  const title = mapping.itemTitlePath ? scalarOf(valueAt(item, pathOf(mapping.itemTitlePath))) : null;
  return title === null ? { fields } : { title: truncate(String(title), ITEM_TITLE_LENGTH), fields };
}

/**
 * Makes a card of a connector's JSON answer. A field whose value cannot be shown
 * carries an `error` of its own; an answer without the expected shape (no list
 * at listPath, a bare string) throws a MappingError. A list keeps its first 50
 * items. `values` (customer, conversation) fill link templates, beside `item`.
 */
export function mapResponse(json: unknown, mapping: ConnectorMapping, values: TemplateValues = {}): ConnectorCard {
  const title = mapping.title ? { title: mapping.title } : {};
  if (mapping.mode === 'list') {
    const list = mapping.listPath ? valueAt(json, pathOf(mapping.listPath)) : json;
    if (!Array.isArray(list)) {
      throw new MappingError(
        mapping.listPath
          ? `The answer has ${kindOf(list)} at ${mapping.listPath}, not a list`
          : `The answer is ${kindOf(list)}, not a list: set the list path to where the list is`,
      );
    }
    const items = list.slice(0, CONNECTOR_LIMITS.items).map((item) => mapItem(item, mapping, values));
    return { ...title, fields: [], items };
  }
  if (typeof json !== 'object' || json === null) throw new MappingError(`The answer is ${kindOf(json)}, not an object`);
  return { ...title, fields: mapping.fields.map((field) => mapField(json, field, values)) };
}

/** Why a mapping cannot be saved (a link template that could pick the host…), or null. */
export function mappingProblem(mapping: ConnectorMapping): ConfigProblem | null {
  for (const [index, field] of mapping.fields.entries()) {
    if (field.hrefTemplate === undefined) continue;
    const message = urlTemplateProblem(field.hrefTemplate, CONNECTOR_LINK_ROOTS);
    if (message) return { field: `fields.${index}.hrefTemplate`, message };
  }
  return null;
}
