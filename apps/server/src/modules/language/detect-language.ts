/*
 * The language a customer writes short support messages in. The script decides Russian and Arabic; for Latin
 * script marker words, telling letters and an n-gram model (tinyld) weigh the candidates, and what is known about
 * the customer (phone, country, locale, earlier messages) tips close calls. Indonesian and Malay, which share most
 * words and which no model here separates, are told apart by the everyday words where they differ.
 */
import { combineLeans, countryLean, localeLean, phoneLean, type HintLean } from './language-hints';
import type { LatinFamily } from './language-markers';
import { LATIN_FAMILIES, messageWords, readLatin, totalWeight, type Evidence, type LatinReading } from './read-latin';

export const DETECTABLE_LANGUAGES = ['ru', 'en', 'es', 'pt', 'id', 'ms', 'ar', 'tr'] as const;
export type DetectableLanguage = (typeof DETECTABLE_LANGUAGES)[number];

export interface LanguageHints {
  /** The customer's locale, e.g. 'ms-MY', 'pt-BR', 'in'. */
  locale?: string | null;
  /** ISO 3166-1 alpha-2, e.g. 'MY'. */
  country?: string | null;
  /** E.g. '+62 812-...': the calling code points to a country. */
  phone?: string | null;
  /** The customer's earlier messages, newest first. */
  earlier?: readonly string[];
}

export interface DetectedLanguage {
  /** Null when there is nothing to go on (e.g. "ok", "👍", "123"). */
  language: DetectableLanguage | null;
  confidence: 'high' | 'medium' | 'low';
  /** What decided it, in order of weight, e.g. ['script:cyrillic'] or ['text', 'phone:+60']: shown to agents as "why". */
  reasons: string[];
}

/** How many earlier messages are read, and how much the newest of them leans (older ones lean less). */
const EARLIER_READ = 3;
const EARLIER_WEIGHT = [1.5, 1, 0.7] as const;
/** Hints together lean at most this much: less than a message that is clearly in another language. */
const HINTS_CAP = 1.5;
/** Family scores this far apart (in marker-word units) are a clear call; closer ones are where hints may tip. */
const CLEAR_MARGIN = 2.5;
const CLOSE_MARGIN = 1;
/**
 * Marker words and telling letters this far ahead decide without the model: on the 688 labelled messages the
 * model is then read for 252 of 577 readings instead of all, and not one answer changes (BENCHMARKS.md).
 */
const WORDS_DECIDE = CLEAR_MARGIN;
/** An Indonesian/Malay lean of this size from the words alone is clear. */
const CLEAR_ID_MS = 1.5;
const WEAK_ID_MS = 0.8;

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const ARABIC = /\p{Script=Arabic}/gu;
const LETTER = /\p{L}/gu;

const CONFIDENCE_ORDER = ['low', 'medium', 'high'] as const;
const atMost = (confidence: DetectedLanguage['confidence'], cap: DetectedLanguage['confidence']) =>
  CONFIDENCE_ORDER[Math.min(CONFIDENCE_ORDER.indexOf(confidence), CONFIDENCE_ORDER.indexOf(cap))] ?? 'low';

export function detectLanguage(text: string, hints: LanguageHints = {}): DetectedLanguage {
  const script = scriptLanguage(text);
  if (script) return { language: script.language, confidence: 'high', reasons: [script.reason] };
  // The words and telling letters first: when they decide clearly, the model (tens of MiB once loaded) is not read.
  const words = readLatin(text, false);
  const [wordTop, wordSecond] = ranked(familyScores(words, new Map()));
  const reading = wordTop[1] - wordSecond[1] >= WORDS_DECIDE ? words : readLatin(text);
  const leans = [phoneLean(hints.phone), countryLean(hints.country), localeLean(hints.locale)].filter(
    (lean): lean is HintLean => lean !== null,
  );
  // Earlier messages cost a model run each: read only when the message itself leaves the call open.
  const withEarlier = () => [...leans, ...earlierLeans(hints.earlier ?? [])];

  if (reading.neutralOnly || reading.courtesyOnly) return fromHints(withEarlier(), reading.courtesyOnly);
  const textScores = familyScores(reading, new Map());
  const [textTop, textSecond] = ranked(textScores);
  if (textTop[1] === 0) return fromHints(withEarlier(), false);
  const textMargin = textTop[1] - textSecond[1];
  const clearFromText =
    textMargin >= CLEAR_MARGIN && (textTop[0] !== 'malay' || Math.abs(reading.idMs.score) >= CLEAR_ID_MS);
  const allLeans = clearFromText ? leans : withEarlier();
  const prior = combineLeans(allLeans, HINTS_CAP);

  const scores = familyScores(reading, prior);
  const [top, second] = ranked(scores);
  const family = top[0];
  let confidence: DetectedLanguage['confidence'] =
    top[1] - second[1] >= CLEAR_MARGIN ? 'high' : top[1] - second[1] >= CLOSE_MARGIN ? 'medium' : 'low';
  // Hints turned the call: the words alone pointed elsewhere.
  if (family !== textTop[0]) confidence = atMost(confidence, 'medium');

  const evidence: Evidence[] = [...(reading.evidence.get(family) ?? [])];
  if (family !== 'malay') {
    for (const lean of allLeans) if (lean.language === family) evidence.push(lean);
    return { language: family, confidence, reasons: reasonsOf(evidence) };
  }
  const split = splitIdMs(reading, prior);
  const hinted = allLeans.filter((lean) => lean.language === split.language);
  if (split.decidedBy === 'hints') {
    // The words say Indonesian-or-Malay; which of the two, the hints said: they come first.
    return { language: split.language, confidence: 'low', reasons: [...reasonsOf(hinted), ...reasonsOf(evidence)] };
  }
  if (split.decidedBy === 'words') {
    // The words that told Indonesian from Malay explain more than the ones the two share.
    const shared = evidence.filter((item) => !item.reason.startsWith('words:'));
    const telling = { reason: `words:${split.words.slice(0, 3).join(',')}`, weight: Math.abs(reading.idMs.score) + 1 };
    evidence.splice(0, evidence.length, ...shared, telling);
  }
  return {
    language: split.language,
    confidence: atMost(confidence, split.confidence),
    reasons: reasonsOf([...evidence, ...hinted]),
  };
}

/** Russian or Arabic when a good part of the letters (≥ 30 %) are Cyrillic or Arabic: English loanwords aside. */
function scriptLanguage(text: string): { language: DetectableLanguage; reason: string } | null {
  const letters = text.match(LETTER)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const arabic = text.match(ARABIC)?.length ?? 0;
  const [language, reason, count] =
    cyrillic >= arabic ? (['ru', 'script:cyrillic', cyrillic] as const) : (['ar', 'script:arabic', arabic] as const);
  return count >= 2 && count >= letters * 0.3 ? { language, reason } : null;
}

function familyScores(reading: LatinReading, prior: ReadonlyMap<DetectableLanguage, number>): Map<LatinFamily, number> {
  const leanOf = (family: LatinFamily) =>
    family === 'malay' ? Math.max(prior.get('id') ?? 0, prior.get('ms') ?? 0) : (prior.get(family) ?? 0);
  return new Map(LATIN_FAMILIES.map((family) => [family, totalWeight(reading.evidence.get(family)) + leanOf(family)]));
}

function ranked(scores: ReadonlyMap<LatinFamily, number>): [[LatinFamily, number], [LatinFamily, number]] {
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  return [sorted[0] ?? ['en', 0], sorted[1] ?? ['en', 0]];
}

/**
 * Indonesian or Malay: the words' lean plus the hints' (a +60 phone leans Malay). With neither, Indonesian, the
 * language of the great majority of those who write either, with low confidence.
 */
function splitIdMs(
  reading: LatinReading,
  prior: ReadonlyMap<DetectableLanguage, number>,
): {
  language: 'id' | 'ms';
  confidence: DetectedLanguage['confidence'];
  decidedBy: 'words' | 'hints' | 'default';
  words: string[];
} {
  const lean = reading.idMs.score;
  const hinted = (prior.get('id') ?? 0) - (prior.get('ms') ?? 0);
  if (lean === 0 && hinted === 0) return { language: 'id', confidence: 'low', decidedBy: 'default', words: [] };
  // A tie between the words and the hints goes to the words.
  const decisive = lean + hinted === 0 ? lean : lean + hinted;
  const language = decisive < 0 ? 'ms' : 'id';
  if (Math.sign(lean) !== Math.sign(decisive)) return { language, confidence: 'low', decidedBy: 'hints', words: [] };
  const strength = Math.abs(lean);
  const confidence = strength >= CLEAR_ID_MS ? 'high' : strength >= WEAK_ID_MS ? 'medium' : 'low';
  return { language, confidence, decidedBy: 'words', words: reading.idMs.words };
}

/** A message with nothing telling in it: the hints decide, with low confidence; courtesies alone read as English. */
function fromHints(leans: readonly HintLean[], courtesyOnly: boolean): DetectedLanguage {
  const prior = combineLeans(leans, HINTS_CAP);
  const best = [...prior].sort((a, b) => b[1] - a[1])[0];
  if (best) {
    const reasons = reasonsOf(leans.filter((lean) => lean.language === best[0]));
    return { language: best[0], confidence: 'low', reasons };
  }
  if (courtesyOnly) return { language: 'en', confidence: 'low', reasons: ['text'] };
  return { language: null, confidence: 'low', reasons: [] };
}

/** Each earlier message, read on its own, leans towards its language, the newest most, a sure reading more. */
function earlierLeans(earlier: readonly string[]): HintLean[] {
  const sureness = { high: 1, medium: 0.7, low: 0.3 } as const;
  return earlier.slice(0, EARLIER_READ).flatMap((message, index): HintLean[] => {
    if (messageWords(message).words.length === 0 && !scriptLanguage(message)) return [];
    const found = detectLanguage(message);
    if (!found.language) return [];
    const weight = (EARLIER_WEIGHT[index] ?? 0) * sureness[found.confidence];
    return [{ language: found.language, weight, reason: 'earlier' }];
  });
}

function reasonsOf(evidence: readonly Evidence[]): string[] {
  const weights = new Map<string, number>();
  for (const item of evidence) weights.set(item.reason, (weights.get(item.reason) ?? 0) + item.weight);
  return [...weights]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([reason]) => reason);
}
