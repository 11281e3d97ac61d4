/*
 * The Latin-script half of language detection: what a message's words, letters and the n-gram model say about each
 * candidate, with the evidence kept so that an agent can be shown why.
 */
import { createRequire } from 'node:module';
import type * as Tinyld from 'tinyld';
import {
  COURTESY_WORDS,
  FAMILY_LETTERS,
  FAMILY_SHAPES,
  FAMILY_WORDS,
  ID_MS_WORDS,
  LOANWORDS,
  NEUTRAL_WORDS,
  type LatinFamily,
} from './language-markers';

export const LATIN_FAMILIES: readonly LatinFamily[] = ['en', 'es', 'pt', 'tr', 'malay', 'ru'];

/** A pasted essay is read no further than this: its opening is as telling as the rest, and cheaper. */
const MAX_WORDS = 80;
/** The n-gram model's say, as a share of 1 spread over the candidates, counts as much as this many marker words. */
const MODEL_WEIGHT = 2;
/** The model reads the words left after taking out loanwords, when at least this many are left. */
const MODEL_MIN_WORDS = 2;
/** A loanword leans English this little: enough when it stands alone, nothing beside a hint or another word. */
const LOANWORD_WEIGHT = 0.2;
const MODEL_LANGUAGES: Readonly<Record<string, LatinFamily>> = { en: 'en', es: 'es', pt: 'pt', id: 'malay', tr: 'tr' };

/**
 * tinyld's tables take ~100 ms and ~40 MiB of resident memory to load: required the first time a Latin-script
 * message needs them, not at start, and required rather than imported so that detection stays synchronous.
 */
const require = createRequire(import.meta.url);
let tinyld: typeof Tinyld | null = null;
const model = (): typeof Tinyld => (tinyld ??= require('tinyld') as typeof Tinyld);

export interface Evidence {
  reason: string;
  weight: number;
}

export interface LatinReading {
  /** Evidence per candidate, from the message alone. */
  evidence: ReadonlyMap<LatinFamily, readonly Evidence[]>;
  /** The words' lean: above 0 Indonesian, below 0 Malay, with the words that leant. */
  idMs: { score: number; words: string[] };
  /** Only words that carry no language ("ok", "haha"): nothing to go on. */
  neutralOnly: boolean;
  /** Only courtesies ("thanks", "hi"): English on their face, but written by customers of every language. */
  courtesyOnly: boolean;
}

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /\S+@\S+\.\S+/gu;
const CURRENCY = /\b(rp|rm)\s?\d[\d.,]*/giu;
/** Order numbers, tracking codes, phone numbers: a word with three digits or more says nothing about language. */
const CODE = /\S*\d{3,}\S*/gu;
/** "2x", "3 x": times, not the Malay "x" (tak). */
const TIMES = /\b\d+\s?x\b/giu;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const QUESTION_KE = /\bke\s*\?/iu;

/** The message's words, lower-cased, without links, addresses and codes; currency signs kept as words. */
export function messageWords(text: string): { words: string[]; cleaned: string } {
  const cleaned = text
    .normalize('NFC')
    .replace(URL, ' ')
    .replace(EMAIL, ' ')
    .replace(CURRENCY, ' $1 ')
    .replace(TIMES, ' ')
    .replace(CODE, ' ');
  // JavaScript lower-cases the Turkish dotted İ to "i" plus a combining dot; the plain "i" is what word lists hold.
  const lower = cleaned.replace(/İ/gu, 'i').toLowerCase().replace(/’/gu, "'");
  return { words: lower.match(WORD) ?? [], cleaned };
}

/** `withModel: false` reads the words and letters only (the model's tables are not loaded). */
export function readLatin(text: string, withModel = true): LatinReading {
  const { words: all, cleaned } = messageWords(text);
  const words = all.slice(0, MAX_WORDS);
  const evidence = new Map<LatinFamily, Evidence[]>(LATIN_FAMILIES.map((family) => [family, []]));
  const add = (family: LatinFamily, reason: string, weight: number) => {
    if (weight > 0) evidence.get(family)?.push({ reason, weight });
  };
  const meaningful = words.filter((word) => !NEUTRAL_WORDS.has(word));
  const neutralOnly = meaningful.length === 0;
  const courtesyOnly = !neutralOnly && meaningful.every((word) => COURTESY_WORDS.has(word));

  for (const family of LATIN_FAMILIES) {
    const matched: string[] = [];
    let weight = 0;
    for (const word of words) {
      const wordWeight =
        FAMILY_WORDS[family].get(word) ??
        FAMILY_SHAPES.find((shape) => shape.family === family && shape.shape.test(word))?.weight ??
        0;
      // Loanwords are English words: they only count when nothing else does ("reset link expired").
      const loanword = family === 'en' && LOANWORDS.has(word) && !NEUTRAL_WORDS.has(word) ? LOANWORD_WEIGHT : 0;
      if (wordWeight + loanword > 0) {
        weight += wordWeight + loanword;
        matched.push(word);
      }
    }
    add(family, `words:${matched.slice(0, 3).join(',')}`, weight);
  }
  for (const { letters, weights } of FAMILY_LETTERS) {
    const found = letters.exec(cleaned.toLowerCase());
    if (!found) continue;
    for (const [family, weight] of Object.entries(weights) as Array<[LatinFamily, number]>) {
      add(family, `letters:${found[0]}`, weight);
    }
  }
  if (/İ/u.test(cleaned)) add('tr', 'letters:İ', 3);

  const modelWords = words.filter((word) => !LOANWORDS.has(word));
  const modelText = (modelWords.length >= MODEL_MIN_WORDS ? modelWords : meaningful).join(' ');
  if (modelText && withModel) {
    const guesses = model().detectAll(modelText, { only: Object.keys(MODEL_LANGUAGES) });
    const total = guesses.reduce((sum, guess) => sum + guess.accuracy, 0);
    for (const guess of guesses) {
      const family = MODEL_LANGUAGES[guess.lang];
      if (family && total > 0) add(family, 'text', (MODEL_WEIGHT * guess.accuracy) / total);
    }
  }
  return { evidence, idMs: idMsLean(words, cleaned), neutralOnly, courtesyOnly };
}

/** Sums the Indonesian (+) and Malay (−) marker words, two-word phrases included. */
export function idMsLean(words: readonly string[], cleaned: string): { score: number; words: string[] } {
  let score = 0;
  const leaning: string[] = [];
  const count = (term: string) => {
    const weight = ID_MS_WORDS.get(term);
    if (weight === undefined) return;
    score += weight;
    leaning.push(term);
  };
  words.forEach((word, index) => {
    count(word);
    const next = words[index + 1];
    if (next) count(`${word} ${next}`);
  });
  // "boleh tukar ke?": Malay asks with "ke"; in Indonesian "ke" only means "to" and never ends a question.
  if (words.at(-1) === 'ke' || QUESTION_KE.test(cleaned)) {
    score -= 0.7;
    leaning.push('ke?');
  }
  return { score, words: leaning };
}

export const totalWeight = (evidence: readonly Evidence[] | undefined): number =>
  (evidence ?? []).reduce((sum, item) => sum + item.weight, 0);
