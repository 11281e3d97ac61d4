// Letters of the scripts the checks read (Latin with its accents, Cyrillic). Not `\p{L}`: each use of it
// costs V8 milliseconds of compiling, and the patterns would use it hundreds of times.
const LETTERS = String.raw`a-z\u00C0-\u024F\u0400-\u04FF`;

/** A word start: `\b` knows only ASCII letters. */
export const B = String.raw`(?<![${LETTERS}\d])`;
/** A word end. */
export const E = String.raw`(?![${LETTERS}\d])`;
/** One more word and the space after it: room for "вам", "please", "ещё" inside a phrase. */
export const W = String.raw`[^\s.!?]+\s+`;

/** A case-insensitive, Unicode-aware pattern of alternatives. Never `g`: patterns are reused. */
export function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.map((alternative) => `(?:${alternative})`).join('|'), 'iu');
}
