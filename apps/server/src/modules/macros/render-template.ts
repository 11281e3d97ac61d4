/**
 * Macro text with `{{variable}}` placeholders. A deliberately tiny language: a
 * placeholder is a dotted name between double braces, nothing is evaluated, and
 * the output is plain text (the composer escapes it like any typed reply).
 */

import { MACRO_VARIABLES, type MacroVariable } from '@sincere/contracts';

/** The value is null when the conversation has none (e.g. no email). */
export type MacroValues = Record<MacroVariable, string | null>;

const KNOWN = new Set<string>(MACRO_VARIABLES);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface RenderedText {
  text: string;
  /** Placeholders naming no known variable, once each, in order of appearance; left in the text as written. */
  unknownVariables: string[];
}

/** Fills the known placeholders; anything else between braces stays visible and is reported. Never throws. */
export function renderTemplate(template: string, values: MacroValues): RenderedText {
  const unknown = new Set<string>();
  const text = template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (KNOWN.has(name)) return values[name as MacroVariable] ?? '';
    unknown.add(name === '' ? placeholder : name);
    return placeholder;
  });
  return { text, unknownVariables: [...unknown] };
}

const primary = (tag: string | null) => tag?.split(/[-_]/)[0] ?? null;

/**
 * The variant for a customer: the conversation's language (exactly, then its primary
 * subtag: `pt-BR` falls back to `pt`), then the customer's locale likewise, then 'default'.
 * Returns the key as stored in the macro.
 */
export function pickVariant(
  variants: Record<string, string>,
  conversationLanguage: string | null,
  customerLocale: string | null,
): { language: string; template: string } {
  const byLower = new Map(Object.entries(variants).map(([key, text]) => [key.toLowerCase(), { key, text }]));
  const wanted = [
    conversationLanguage,
    primary(conversationLanguage),
    customerLocale,
    primary(customerLocale),
    'default',
  ];
  for (const candidate of wanted) {
    const found = candidate ? byLower.get(candidate.toLowerCase()) : undefined;
    if (found) return { language: found.key, template: found.text };
  }
  return { language: 'default', template: '' };
}
