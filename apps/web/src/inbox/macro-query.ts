import type { Macro } from '@sincere/contracts';

/** The "/word" being typed just before the caret, at the start of the text or after a space. */
export interface SlashQuery {
  /** Where the slash is. */
  start: number;
  /** What follows it, lower-cased. */
  query: string;
}

const SLASH = /(^|\s)\/([\p{L}\p{N}_-]{0,40})$/u;

export function findSlashQuery(text: string, caret: number): SlashQuery | null {
  const match = SLASH.exec(text.slice(0, caret));
  if (!match) return null;
  const word = match[2] ?? '';
  return { start: caret - word.length - 1, query: word.toLowerCase() };
}

/** Shortcut matches first (prefix), then names containing the query; personal before shared on ties. */
export function matchMacros(macros: readonly Macro[], query: string, limit = 8): Macro[] {
  const scored = macros.flatMap((macro) => {
    const shortcut = macro.shortcut?.toLowerCase() ?? '';
    const name = macro.name.toLowerCase();
    const rank = !query ? 2 : shortcut === query ? 0 : shortcut.startsWith(query) ? 1 : name.includes(query) ? 2 : -1;
    return rank < 0 ? [] : [{ macro, rank }];
  });
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(a.macro.scope === 'shared') - Number(b.macro.scope === 'shared') ||
      a.macro.name.localeCompare(b.macro.name),
  );
  return scored.slice(0, limit).map(({ macro }) => macro);
}

/** The text with "/query" replaced by the macro's text; the caret goes after it. */
export function insertMacro(text: string, slash: SlashQuery, rendered: string): { text: string; caret: number } {
  const end = slash.start + 1 + slash.query.length;
  const next = text.slice(0, slash.start) + rendered + text.slice(end);
  return { text: next, caret: slash.start + rendered.length };
}
