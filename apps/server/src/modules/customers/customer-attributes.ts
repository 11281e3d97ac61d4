import type { customerAttributeDefinitions } from '@sincere/db';

export type AttributeDefinitionRow = typeof customerAttributeDefinitions.$inferSelect;
/** How a value is stored in customers.attributes: numbers as numbers, dates as 'YYYY-MM-DD', the rest as text. */
export type AttributeValue = string | number;

export type ParsedAttribute = { ok: true; value: AttributeValue | null } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TEXT = 1000;

/**
 * Reads one value of a typed attribute, from JSON (the API) or from text (a CSV cell). Empty means "no value"
 * (null); anything else must fit the type, or the reason says why in words a person fixing a file understands.
 */
export function parseAttributeValue(
  definition: Pick<AttributeDefinitionRow, 'type' | 'options'>,
  raw: unknown,
): ParsedAttribute {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === ''))
    return { ok: true, value: null };
  switch (definition.type) {
    case 'number': {
      const value =
        typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim().replace(',', '.')) : NaN;
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `"${shown(raw)}" is not a number` };
    }
    case 'date': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      const match = ISO_DATE.exec(text);
      if (!match) return { ok: false, reason: `"${shown(raw)}" is not a date written as YYYY-MM-DD` };
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
      return real ? { ok: true, value: text } : { ok: false, reason: `${text} is not a day of the calendar` };
    }
    case 'list': {
      const text = typeof raw === 'string' ? raw.trim() : shown(raw);
      // A person typing a CSV does not care about case: the value is stored as the option is spelt.
      const option = definition.options.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
      return option !== undefined
        ? { ok: true, value: option }
        : { ok: false, reason: `"${text}" is not one of: ${definition.options.join(', ')}` };
    }
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, reason: 'is not text' };
      const text = String(raw).trim();
      return text.length > MAX_TEXT
        ? { ok: false, reason: `is longer than ${MAX_TEXT} characters` }
        : { ok: true, value: text };
    }
  }
}

/** A value as a person would recognise it in a message: text and numbers as written, anything else as JSON. */
function shown(raw: unknown): string {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
    ? String(raw)
    : JSON.stringify(raw);
}

/**
 * Applies changes (key → raw value, null to clear) to a customer's attributes. Unknown keys and values that do
 * not fit are collected by key, so the caller can refuse the whole change naming each field.
 */
export function applyAttributeChanges(
  definitions: readonly AttributeDefinitionRow[],
  current: Readonly<Record<string, AttributeValue>>,
  changes: Readonly<Record<string, unknown>>,
): { attributes: Record<string, AttributeValue>; problems: Record<string, string> } {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const attributes: Record<string, AttributeValue> = { ...current };
  const problems: Record<string, string> = {};
  for (const [key, raw] of Object.entries(changes)) {
    const definition = byKey.get(key);
    if (!definition) {
      problems[key] = 'No such customer field in this account';
      continue;
    }
    const parsed = parseAttributeValue(definition, raw);
    if (!parsed.ok) problems[key] = parsed.reason;
    else if (parsed.value === null) delete attributes[key];
    else attributes[key] = parsed.value;
  }
  return { attributes, problems };
}
