/*
 * The customer's mood in one message, from a lexicon and rules per language (ru, en, es, id): fast, deterministic,
 * and able to show its evidence. Messages are read the way the QA leads read them: mood is what the customer feels,
 * not whether they have a problem. A calm report of a problem is neutral; frustration, urgency, repeating oneself,
 * reproach and sarcasm are negative; warmth, thanks and relief are positive unless frustration outweighs them
 * ("Absolutely love my headphones but the cable stopped working" is positive). Politeness is not mood
 * ("здравствуйте", "thanks in advance"), and a question without mood words is neutral unless it is pushed ("Когда??").
 */
import { FAMILY_WORDS } from '../../language/language-markers';
import { blankQuotedLines, languageOfLocale, likelyLanguages } from '../../language/reading';
import { LEXICONS, type CompiledLexicon } from './compile-lexicon';
import { SENTIMENT_LANGUAGES, type SentimentLanguage } from './lexicons/lexicon';
import { readLexiconCues, type LexiconReading, type RawCue } from './read-cues';
import { emphasisSpans, readSymbolCues } from './symbol-cues';

export type Sentiment = 'negative' | 'neutral' | 'positive';

export interface SentimentCue {
  /** The words (or symbols) matched, exactly as written. */
  text: string;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
  polarity: -1 | 1;
}

export interface MessageSentiment {
  sentiment: Sentiment;
  /** −1 (angry) … 1 (delighted); 0 when nothing in the message carries mood. */
  score: number;
  cues: SentimentCue[];
}

/** Frustration beside warmth in one message leans the reader towards frustration ("Thanks, but I waited a week"). */
const NEGATIVE_WEIGHT = 1.25;
/** What comes before "but" counts this much. */
const BEFORE_CONTRAST = 0.5;
/** "!!!" and capitals add this much, in the direction the words (or, without mood words, the facts) lean. */
const EMPHASIS = 0.5;
/** Capitals alone, with no mood words and no facts, read as shouting. */
const SHOUTING = -0.5;
/** "Когда??", "what now?!": a question pushed with more than one mark, when nothing in the message is warm. */
const PUSHED_QUESTION = -0.75;
const PUSHED = /\?[!?]|[!?]\?/u;
/** A score closer to 0 than this is neutral: a faint cue alone (±0.5) still clears it. */
const THRESHOLD = 0.15;
const CYRILLIC = /[\u0400-\u04FF]/u;
const UNDETERMINED = /^\s*(?:und|mul|zxx|unknown)(?:[-_]|\s*$)/iu;
const LATIN: readonly LatinLanguage[] = ['en', 'es', 'id'];
type LatinLanguage = Exclude<SentimentLanguage, 'ru'>;
/** The language module's marker words ("the", "pero", "udah"): a Spanish "cara" does not outvote Indonesian. */
const MARKERS: Readonly<Record<LatinLanguage, ReadonlySet<string>>> = {
  en: new Set(FAMILY_WORDS.en.keys()),
  es: new Set(FAMILY_WORDS.es.keys()),
  id: new Set(FAMILY_WORDS.malay.keys()),
};

/**
 * `language`: 'ru' | 'en' | 'es' | 'id' or a locale ('es-MX', 'in'); null or unknown reads Cyrillic as Russian and
 * tries the three Latin-script lexicons otherwise, keeping the one that recognises the most. Any other language is
 * neutral with no cues: the rules would only guess.
 */
export function messageSentiment(text: string, language: string | null): MessageSentiment {
  const known = knownLanguage(language);
  if (known === 'unsupported') return { sentiment: 'neutral', score: 0, cues: [] };
  const clean = text.includes('>') ? blankQuotedLines(text) : text;
  const lexicons = candidates(known, clean);
  const reading = bestReading(lexicons, clean);
  const russian = lexicons.length === 1 && lexicons[0]?.language === 'ru';
  return summarise(text, clean, reading, readSymbolCues(clean, russian));
}

/** The lexicon a message is read with, by the conversation's language or by its script. */
export function sentimentLanguageOf(text: string, language: string | null): SentimentLanguage | null {
  const known = knownLanguage(language);
  if (known === 'unsupported') return null;
  return known ?? (CYRILLIC.test(text) ? 'ru' : null);
}

/** Which lexicon a locale names; 'und' (undetermined) and the like are no language given, not another one. */
function knownLanguage(language: string | null): SentimentLanguage | null | 'unsupported' {
  const known = languageOfLocale(language, SENTIMENT_LANGUAGES);
  return known === 'unsupported' && UNDETERMINED.test(language ?? '') ? null : known;
}

function candidates(known: SentimentLanguage | null, text: string): readonly CompiledLexicon[] {
  if (known) return [LEXICONS[known]];
  if (CYRILLIC.test(text)) return [LEXICONS.ru];
  return likelyLanguages(text, LATIN, MARKERS).map((language) => LEXICONS[language]);
}

function bestReading(lexicons: readonly CompiledLexicon[], text: string): LexiconReading {
  let best: LexiconReading | null = null;
  // Likeliest language first: another one must recognise more of the text to be chosen instead.
  for (const lexicon of lexicons) {
    const reading = readLexiconCues(lexicon, text);
    if (!best || reading.covered > best.covered) best = reading;
  }
  return best ?? { cues: [], contrastAt: -1, covered: 0 };
}

/** A fact says what happened, not how the customer feels: it leans emphasis and sarcasm but adds no mood. */
const isFact = (cue: RawCue) => cue.kind === 'fact' || cue.kind === 'problem';

function summarise(text: string, clean: string, reading: LexiconReading, symbols: RawCue[]): MessageSentiment {
  const cues = [...reading.cues, ...symbols].sort((a, b) => a.start - b.start);
  // "Perfect, broken again": praise opening a sentence is sarcastic when a problem comes after it, and so is
  // praise after a complaint ("ни ответа, ни звонка. Отлично.").
  for (const [index, cue] of cues.entries()) {
    if (!cue.opener || cue.weight <= 0) continue;
    const complaintBefore = cues.slice(0, index).some((earlier) => earlier.weight < 0 && !isFact(earlier));
    if (complaintBefore || cues.slice(index + 1).some((later) => later.weight < 0)) {
      cue.weight = -1.5;
      cue.kind = 'sarcasm';
    }
  }
  let total = 0;
  let problems = 0;
  let successes = 0;
  for (const cue of cues) {
    if (isFact(cue)) {
      if (cue.weight < 0) problems += 1;
      else successes += 1;
      continue;
    }
    if (reading.contrastAt >= 0 && cue.end <= reading.contrastAt) cue.weight *= BEFORE_CONTRAST;
    if (cue.weight < 0) cue.weight *= NEGATIVE_WEIGHT;
    total += cue.weight;
  }
  // "Прислали 44 вместо 42!!!": a problem shouted about is no longer a calm report.
  const lean = total !== 0 ? Math.sign(total) : problems > 0 ? -1 : successes > 0 ? 1 : 0;

  const { caps, exclamations } = emphasisSpans(clean);
  if (caps) {
    const weight = lean === 0 ? SHOUTING : lean * EMPHASIS;
    cues.push({ start: caps[0], end: caps[1], weight, kind: 'emphasis' });
    total += weight;
  }
  if (exclamations) {
    const pushed = total <= 0 && PUSHED.test(clean.slice(exclamations[0], exclamations[1]));
    const weight = pushed ? PUSHED_QUESTION : lean * EMPHASIS;
    if (weight !== 0) cues.push({ start: exclamations[0], end: exclamations[1], weight, kind: 'emphasis' });
    total += weight;
  } else if (lean !== 0) {
    // "SIM is in and working!", "Спасибо!": one "!" closing the message lends it feeling.
    const last = finalExclamation(clean);
    if (last >= 0) {
      cues.push({ start: last, end: last + 1, weight: lean * EMPHASIS, kind: 'emphasis' });
      total += lean * EMPHASIS;
    }
  }

  const score = Math.tanh(total / 2);
  const sentiment: Sentiment = score <= -THRESHOLD ? 'negative' : score >= THRESHOLD ? 'positive' : 'neutral';
  return {
    sentiment,
    score: Math.round(score * 1000) / 1000,
    cues: cues
      .filter((cue) => cue.weight !== 0 && !isFact(cue))
      .sort((a, b) => a.start - b.start)
      .map((cue) => ({
        text: text.slice(cue.start, cue.end),
        start: cue.start,
        end: cue.end,
        polarity: cue.weight < 0 ? -1 : 1,
      })),
  };
}

/** Where a "!" ends the message, emoji, spaces and ")" after it aside; -1 when none does. */
function finalExclamation(text: string): number {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 33) return index;
    // Spaces, ")" and emoji (surrogate halves, symbols from U+2000 on) may follow the "!".
    if (code > 32 && code !== 41 && code < 0x2000) return -1;
  }
  return -1;
}
