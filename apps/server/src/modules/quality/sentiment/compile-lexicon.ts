import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';
import { firstLetters } from './first-letters';
import { EN } from './lexicons/en';
import { ES } from './lexicons/es';
import { ID } from './lexicons/id';
import type { Cue, SentimentLanguage, SentimentLexicon } from './lexicons/lexicon';
import { RU } from './lexicons/ru';

const { B, E } = wordBounds(LATIN_CYRILLIC_LETTERS);
const NOT_LETTER = `[^${LATIN_CYRILLIC_LETTERS}\\d]`;

/** A lexicon's patterns compiled once, at module load: scoring a message allocates no patterns. */
export interface CompiledLexicon {
  language: SentimentLanguage;
  cues: readonly Cue[];
  /**
   * The cues that can start with a (lower-cased) character, as one sticky alternation with a capturing group per
   * cue, in lexicon order; `cueIndexes[g - 1]` is the cue of group g. `anyStart` holds the cues that may start
   * with anything, for characters no cue names.
   */
  cuesByFirst: ReadonlyMap<number, CueAlternation>;
  anyStart: CueAlternation | null;
  /** Global: a negated verb no cue knows, read where no cue took the words. */
  weakNegation: RegExp;
  /** Tested on the text just before a cue: ends with a negator and at most two gap words. */
  negatedBefore: RegExp;
  intensifiedBefore: RegExp;
  /** Sticky: set `lastIndex` to a cue's end. */
  intensifiedAfter: RegExp;
  /** Tested on the text just before a cue: a wish word at most one word back. */
  wishedBefore: RegExp;
  contrast: RegExp;
  conditional: RegExp;
  greeting: RegExp;
}

export interface CueAlternation {
  /** Sticky: set `lastIndex` to a word start. */
  pattern: RegExp;
  cueIndexes: readonly number[];
}

const spaced = (source: string) => source.replace(/ /gu, String.raw`\s+`);
/**
 * Case-insensitive without the 'u' flag: the patterns hold no \p{…} classes and no astral characters, and V8 runs
 * these alternations of phrases about twice as fast without Unicode case folding.
 */
const FLAGS = 'gi';
const STICKY = 'iy';

function compile(lexicon: SentimentLexicon): CompiledLexicon {
  for (const cue of lexicon.cues) {
    // A capturing group inside a cue would shift the group numbers that say which cue matched.
    if (new RegExp(`${cue.pattern}|`, 'i').exec('')!.length > 1) {
      throw new Error(`${lexicon.language} cue has a capturing group: ${cue.pattern}`);
    }
  }
  const firsts = lexicon.cues.map((cue) => firstLetters(cue.pattern));
  const alternation = (indexes: number[]): CueAlternation => ({
    pattern: new RegExp(
      `(?:${indexes.map((index) => `(${spaced(lexicon.cues[index]?.pattern ?? '')})`).join('|')})${E}`,
      STICKY,
    ),
    cueIndexes: indexes,
  });
  const anywhere = firsts.flatMap((letters, index) => (letters === null ? [index] : []));
  const cuesByFirst = new Map<number, CueAlternation>();
  // Keep the alternations small: a phrase sits in every alternation of a letter it can start with, and once the four
  // lexicons' alternations passed ~300k characters of source, V8 left the last-compiled ones in its slower regexp
  // interpreter (twice the time per message). So all digits share one alternation ("3 days", "2nd time"), a
  // lookbehind first no longer puts a phrase everywhere, and long verb lists are `expected` cues, one per letter.
  const keyOf = (letter: string) => lowerCode(letter.charCodeAt(0));
  for (const key of new Set(firsts.flatMap((letters) => [...(letters ?? [])].map(keyOf)))) {
    // Lexicon order is kept: at one position an earlier cue wins, as in a single alternation.
    const indexes = firsts.flatMap((letters, index) =>
      letters === null || [...letters].some((letter) => keyOf(letter) === key) ? [index] : [],
    );
    cuesByFirst.set(key, alternation(indexes));
  }
  const tail = (source: string) => new RegExp(`(?:^|${NOT_LETTER})(?:${spaced(source)})$`, 'i');
  return {
    language: lexicon.language,
    cues: lexicon.cues,
    cuesByFirst,
    anyStart: anywhere.length > 0 ? alternation(anywhere) : null,
    weakNegation: new RegExp(`${B}(?:${spaced(lexicon.weakNegation)})${E}`, FLAGS),
    negatedBefore: tail(String.raw`(?:${lexicon.negators})\s+(?:(?:${lexicon.negationGap})\s+){0,2}`),
    intensifiedBefore: tail(String.raw`(?:${lexicon.intensifiersBefore})\s+`),
    intensifiedAfter: new RegExp(String.raw`\s*(?:${spaced(lexicon.intensifiersAfter)})${E}`, 'iy'),
    wishedBefore: tail(String.raw`(?:${lexicon.wish})\s+(?:[^\s.,!?;:]+\s+)?`),
    contrast: new RegExp(`${B}(?:${spaced(lexicon.contrast)})${E}`, FLAGS),
    conditional: new RegExp(`${B}(?:${spaced(lexicon.conditional)})${E}`, FLAGS),
    greeting: new RegExp(`${B}(?:${spaced(lexicon.greetings)})${E}`, FLAGS),
  };
}

/** The lower-case form of a letter's code, without making a string for the common scripts; every digit is '0'. */
export function lowerCode(code: number): number {
  if (code >= 48 && code <= 57) return 48;
  if (
    (code >= 65 && code <= 90) ||
    (code >= 0x410 && code <= 0x42f) ||
    (code >= 0xc0 && code <= 0xde && code !== 0xd7)
  ) {
    return code + 32;
  }
  if (code >= 0x400 && code <= 0x40f) return code + 80; // Ё → ё
  if (code < 0x100 || code > 0x24f) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

export const LEXICONS: Readonly<Record<SentimentLanguage, CompiledLexicon>> = {
  ru: compile(RU),
  en: compile(EN),
  es: compile(ES),
  id: compile(ID),
};
