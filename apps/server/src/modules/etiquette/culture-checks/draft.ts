import type { CultureCheck, CultureWarning } from '@sincere/contracts';
import { blankQuotedLines, sentenceBounds, trimmedSpan, windowAround } from '../../language/reading';

/*
 * A draft as the culture checks read it: the agent's own words, with what the customer said set aside.
 * Offsets always point into the original text: quoted lines and quotations are blanked, not removed.
 */

/** A draft longer than this is mostly pasted text (logs, a quoted thread). */
const SCANNED_CHARS = 4000;
const MAX_TEXT = 300;

/**
 * Words in quotation marks on one line: mostly the customer's own words quoted back («ты вообще читаешь?»),
 * a shop's or a button's name otherwise. Single quotes are left alone: ’ and ' are apostrophes too.
 */
const QUOTATION = /«[^«»\n]{0,300}»|“[^“”\n]{0,300}”|„[^„“”\n]{0,300}[“”]|"[^"\n]{0,300}"|‹[^‹›\n]{0,300}›/g;

const SENTENCE_END = /[.!?…؟]+(?=[\s"'»”)]|$)|\n/g;

/**
 * A letter of any script, a combining mark or a digit: the profiles' words (informal forms, honorifics) come
 * in any script (Arabic, Devanagari…), which the coaching patterns' Latin-and-Cyrillic word bounds do not
 * cover. Compiled once per profile, so the cost of `\p{…}` that those patterns avoid is paid once.
 */
const WORD_CHAR = String.raw`\p{L}\p{M}\p{Nd}`;
export const WORD_START = String.raw`(?<![${WORD_CHAR}])`;
export const WORD_END = String.raw`(?![${WORD_CHAR}])`;

export interface Draft {
  /** The reply as written. */
  text: string;
  /** The same length, quoted lines and quotations blanked with spaces, cut at SCANNED_CHARS. */
  scanned: string;
  /** [start, end) of each sentence of `scanned` (a line break ends one too), computed once on demand. */
  sentences(): ReadonlyArray<readonly [number, number]>;
}

export function readDraft(text: string): Draft {
  const scanned = blankQuotedLines(text.slice(0, SCANNED_CHARS)).replace(QUOTATION, (quoted) =>
    ' '.repeat(quoted.length),
  );
  let sentences: Array<[number, number]> | null = null;
  return {
    text,
    scanned,
    sentences: () => (sentences ??= sentenceBounds(scanned, SENTENCE_END)),
  };
}

/** A warning about the words at [start, end), trimmed, and windowed when a run-on sentence is too long to show. */
export function warningAt(
  draft: Draft,
  check: CultureCheck,
  start: number,
  end: number,
  suggestion: string | null,
  match: [number, number] = [start, end],
): CultureWarning {
  const [from, to] = windowAround(draft.text, trimmedSpan(draft.text, start, end), match, MAX_TEXT);
  return { check, text: draft.text.slice(from, to), start: from, end: to, suggestion };
}

/** A warning about the reply as a whole (a quiet period): no words to point at. */
export function wholeReplyWarning(check: CultureCheck, suggestion: string | null): CultureWarning {
  return { check, text: '', start: 0, end: 0, suggestion };
}

/** A pattern that finds any of the words, each as a whole word, longest first; a form ending in an apostrophe (French "t'") needs no word end. */
export function wordsPattern(words: readonly string[], flags = 'giu'): RegExp | null {
  const alternatives = [...new Set(words.map((word) => word.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const elided = /['’]$/u.test(word);
      const body = escapeRegExp(elided ? word.slice(0, -1) : word).replace(/\s+/gu, String.raw`\s+`);
      return elided ? `${body}['’]` : `${body}${WORD_END}`;
    });
  return alternatives.length ? new RegExp(`${WORD_START}(?:${alternatives.join('|')})`, flags) : null;
}

const WORD_CHAR_TEST = new RegExp(`[${WORD_CHAR}]`, 'u');

/** Where `word` next stands as a whole word in `text` from `from` on, exactly as written; -1 when it does not. */
export function indexOfWord(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR_TEST.test(text.charAt(at - 1)) && !WORD_CHAR_TEST.test(text.charAt(at + word.length))) return at;
  }
  return -1;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, String.raw`\$&`);
}
