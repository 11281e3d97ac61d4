/*
 * The steps every text detector (personal facts, promises, "done", reply coaching) reads a message with:
 * which language a locale names, quoted lines set aside, sentences, the likely Latin-script language.
 * Offsets always point into the original text: what is set aside is blanked, not removed.
 */

const QUOTED_LINE = /^[ \t]*>.*$/gm;

/**
 * Letters of the scripts the text detectors read (Latin with its accents, Cyrillic), for regular-expression
 * classes. Not `\p{L}`: each use of it costs V8 milliseconds of compiling, and the patterns use it hundreds of times.
 */
export const LATIN_CYRILLIC_LETTERS = String.raw`a-z\u00C0-\u024F\u0400-\u04FF`;

/**
 * Word start and end for patterns over these letters (`\b` knows only ASCII): not after, not before a letter of
 * the class, nor a digit unless `digits` is false.
 */
export function wordBounds(letters: string, digits = true): { B: string; E: string } {
  const inside = digits ? `${letters}\\d` : letters;
  return { B: `(?<![${inside}])`, E: `(?![${inside}])` };
}

const WORD = /\p{L}+/gu;

/**
 * Which of the supported languages a locale names ('pt-BR' → 'pt'); null when none is given, 'unsupported'
 * for one without rules. 'in' (the old code for Indonesian) and Malay read as Indonesian: the detectors'
 * phrases are the same in both.
 */
export function languageOfLocale<L extends string>(
  locale: string | null | undefined,
  supported: readonly L[],
): L | null | 'unsupported' {
  if (!locale) return null;
  let primary = locale.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (primary === 'in' || primary === 'ms') primary = 'id';
  return supported.find((known) => known === primary) ?? 'unsupported';
}

/** Lines quoted with ">" (an earlier message copied in) blanked with spaces: they are not the writer's words now. */
export function blankQuotedLines(text: string): string {
  return text.replace(QUOTED_LINE, (line) => ' '.repeat(line.length));
}

/** [start, end) of each sentence that is not blank, each ending after a match of `sentenceEnd` (a `g` pattern). */
export function sentenceBounds(text: string, sentenceEnd: RegExp): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  for (const end of text.matchAll(sentenceEnd)) {
    const stop = end.index + end[0].length;
    if (text.slice(start, stop).trim()) bounds.push([start, stop]);
    start = stop;
  }
  if (text.slice(start).trim()) bounds.push([start, text.length]);
  return bounds;
}

/**
 * The languages whose marker words (frequent short words) the text uses at least half as often as the
 * likeliest one's, likeliest first; all of them, in the given order, when it uses none. A stray "a" or "de"
 * does not bring in a language, and most texts are read by one or two rule sets instead of all.
 */
export function likelyLanguages<L extends string>(
  text: string,
  order: readonly L[],
  markers: Readonly<Record<L, ReadonlySet<string>>>,
): L[] {
  const scores = new Map<L, number>(order.map((language) => [language, 0]));
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    for (const language of order) {
      if (markers[language].has(word)) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
  }
  const top = Math.max(...scores.values());
  if (top === 0) return [...order];
  return order
    .filter((language) => (scores.get(language) ?? 0) * 2 >= top)
    .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

/** The span without the white space at either end. */
export function trimmedSpan(text: string, from: number, to: number): [number, number] {
  while (from < to && /\s/u.test(text.charAt(from))) from += 1;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
  return [from, to];
}

/**
 * A span of at most `max` characters showing the match: the whole span when it is short enough, otherwise a
 * window from up to 100 characters before the match, both ends cut at spaces (a run-on sentence).
 */
export function windowAround(
  text: string,
  [from, to]: [number, number],
  [matchStart, matchEnd]: [number, number],
  max: number,
): [number, number] {
  if (to - from <= max) return [from, to];
  let windowStart = Math.max(from, matchStart - 100);
  const firstSpace = text.indexOf(' ', windowStart);
  if (windowStart > from && firstSpace !== -1 && firstSpace < matchStart) windowStart = firstSpace + 1;
  let windowEnd = Math.min(to, windowStart + max);
  const lastSpace = text.lastIndexOf(' ', windowEnd);
  if (windowEnd < to && lastSpace > matchEnd) windowEnd = lastSpace;
  return trimmedSpan(text, windowStart, windowEnd);
}
