import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';

/** A word start and end (`\b` knows only ASCII letters). */
export const { B, E } = wordBounds(LATIN_CYRILLIC_LETTERS);
/** One more word and the space after it: room for "вам", "please", "ещё" inside a phrase. */
export const W = String.raw`[^\s.!?]+\s+`;

/** A case-insensitive, Unicode-aware pattern of alternatives. Never `g`: patterns are reused. */
export function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'iu');
}
