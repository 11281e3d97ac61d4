import { LATIN_CYRILLIC_LETTERS } from '../../../language/reading';

export const SENTIMENT_LANGUAGES = ['ru', 'en', 'es', 'id'] as const;
export type SentimentLanguage = (typeof SENTIMENT_LANGUAGES)[number];

/** How a matched phrase takes part in the mood, which decides what a negation, a question or a wish does to it. */
export type CueKind =
  /** Worth nothing, but its words are taken: "thanks in advance", "good morning", "no problem". */
  | 'ignore'
  /** Gratitude: still counts inside a question ("thanks, and where is the invoice?"). */
  | 'thanks'
  /** A phrase whose polarity is settled: it holds its own negation ("не работает") or none can apply. */
  | 'fixed'
  /** A mood word a negation turns around: "not bad" is mildly positive, "не нравится" negative. */
  | 'evaluative'
  /** Praise that opens a sentence ("Perfect,") and turns sarcastic when a problem follows in the message. */
  | 'praise'
  /** A problem noun: a negation cancels it ("no errors") instead of making it positive. */
  | 'problem'
  /**
   * What happened, not how the customer feels about it: "не работает", "the parcel arrived", "dobel kepotong". A
   * calm report is neutral, so a fact adds nothing to the mood; its sign still tells which way "!!!", capitals
   * and praise before it ("Perfect, broken again") lean.
   */
  | 'fact'
  /**
   * What the customer waits for ("работает", "arrived", "masuk"): nothing by itself, a problem stated as fact when
   * negated ("not arrived"). Read with the lexicon's negators instead of one phrase per negator.
   */
  | 'expected'
  /** Sarcasm spelled out: "спасибо за ничего", "thanks for nothing". */
  | 'sarcasm';

export interface Cue {
  /** Regular-expression source without capturing groups; a space stands for any white space, word bounds are added. */
  pattern: string;
  /** Signed strength: ±1 an ordinary cue, ±1.5 a strong one, ±0.5 a faint one, 0 for 'ignore'. */
  weight: number;
  kind: CueKind;
}

/** Everything a language's scorer knows; each field but `cues` is a regular-expression source of alternatives. */
export interface SentimentLexicon {
  language: SentimentLanguage;
  /** Tried in order at each position: a phrase listed earlier wins over a shorter one starting at the same word. */
  cues: readonly Cue[];
  /**
   * A negated verb no cue knows ("не применилось"): a problem stated as fact, in a statement. Read after the cues,
   * and only where no cue, ignored ones included, has taken the words.
   */
  weakNegation: string;
  /** Words that negate the cue right after them ("not", "не", "tidak"). */
  negators: string;
  /** Words that may stand between a negator and its cue ("not *very* good", "no *está* mal"). */
  negationGap: string;
  /** Words that strengthen the cue after them ("очень", "so") … */
  intensifiersBefore: string;
  /** … or before them ("kecewa *banget*"). */
  intensifiersAfter: string;
  /** "but": what comes before it counts half, the point of the message is after it. */
  contrast: string;
  /** "if": the rest of the clause is hypothetical and says nothing of the mood. */
  conditional: string;
  /** Words that make a following positive cue a wish, not a feeling ("hope it gets *fixed*", "когда *заработает*"). */
  wish: string;
  /** Greetings and forms of address: a message of only these is a bare greeting. */
  greetings: string;
}

/** One letter of the scripts read here: for the rest of a word after a stem ("ужасн" + `${L}*`). */
export const L = `[${LATIN_CYRILLIC_LETTERS}]`;
/** One more word and the space after it, inside a phrase. */
export const W = String.raw`[^\s.,!?;:]+\s+`;
/** An apostrophe, straight, curly or left out ("doesn't", "doesn’t", "doesnt"). */
export const Q = "['’]?";

const make =
  (kind: CueKind) =>
  (weight: number, ...patterns: string[]): Cue[] =>
    patterns.map((pattern) => ({ pattern, weight, kind }));

export const ignore = (...patterns: string[]): Cue[] => make('ignore')(0, ...patterns);
export const thanks = make('thanks');
export const fixed = make('fixed');
export const evaluative = make('evaluative');
export const praise = make('praise');
export const problem = make('problem');
/** A problem stated as fact (weight −1) or a success (+1): see `CueKind`. */
export const fact = (...patterns: string[]): Cue[] => make('fact')(-1, ...patterns);
export const success = (...patterns: string[]): Cue[] => make('fact')(1, ...patterns);
/**
 * Words for what the customer waits for (see `CueKind`), one cue per first character: each word then sits only in
 * the alternation for its letter instead of in every one, which keeps the compiled patterns small.
 */
export function expected(...patterns: string[]): Cue[] {
  const byFirst = new Map<string, string[]>();
  for (const pattern of patterns) {
    const first = pattern.charAt(0).toLowerCase();
    byFirst.set(first, [...(byFirst.get(first) ?? []), pattern]);
  }
  return [...byFirst.values()].map((group) => ({ pattern: group.join('|'), weight: -1, kind: 'expected' }));
}
export const sarcasm = (...patterns: string[]): Cue[] => make('sarcasm')(-1.5, ...patterns);

/** Alternatives joined for a lexicon field: `words('a', 'b c')` → "a|b\s+c". */
export function words(...alternatives: string[]): string {
  return alternatives.map((alternative) => alternative.trim().replace(/\s+/gu, String.raw`\s+`)).join('|');
}
