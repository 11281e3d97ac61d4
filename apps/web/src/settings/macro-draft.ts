import { MACRO_VARIABLES, MacroLanguage, type Macro, type MacroVariable } from '@sincere/contracts';

export interface VariantDraft {
  language: string;
  text: string;
}

/** 'default' first (it is required and answers everyone else), then the others by tag. */
export function variantsOfMacro(macro: Macro | null): VariantDraft[] {
  const entries = Object.entries(macro?.variants ?? {}).map(([language, text]) => ({ language, text }));
  const rest = entries.filter((variant) => variant.language !== 'default');
  rest.sort((a, b) => a.language.localeCompare(b.language));
  return [{ language: 'default', text: macro?.variants['default'] ?? '' }, ...rest];
}

export function variantsRecord(variants: readonly VariantDraft[]): Record<string, string> {
  return Object.fromEntries(variants.map((variant) => [variant.language, variant.text]));
}

export type NewVariantProblem = 'invalid' | 'duplicate';

/** Checks a language tag before it becomes a variant; tags match case-insensitively, as the server picks them. */
export function checkNewVariant(
  variants: readonly VariantDraft[],
  tag: string,
): { ok: true; language: string } | { ok: false; problem: NewVariantProblem } {
  const language = tag.trim();
  if (language.toLowerCase() === 'default' || !MacroLanguage.safeParse(language).success) {
    return { ok: false, problem: 'invalid' };
  }
  if (variants.some((variant) => variant.language.toLowerCase() === language.toLowerCase())) {
    return { ok: false, problem: 'duplicate' };
  }
  return { ok: true, language };
}

/** What `/refund` is stored as: no slash, lower case, or null for no shortcut. */
export function shortcutInput(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * The text with the sample values filled in, as the server's renderTemplate does it: unknown
 * placeholders stay as written and are listed, so a typo shows before anyone sends it.
 */
export function previewMacro(
  template: string,
  values: Record<MacroVariable, string>,
): { text: string; unknownVariables: string[] } {
  const unknown = new Set<string>();
  const known = new Set<string>(MACRO_VARIABLES);
  const text = template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (known.has(name)) return values[name as MacroVariable];
    unknown.add(name === '' ? placeholder : name);
    return placeholder;
  });
  return { text, unknownVariables: [...unknown] };
}
