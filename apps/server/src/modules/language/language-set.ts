import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  DETECTABLE_LANGUAGES,
  detectLanguage,
  type DetectableLanguage,
  type DetectedLanguage,
} from './detect-language';
import { loadLabelledSet } from './labelled-set';

/** Hand-written short customer messages, each labelled with the language a human reader would say it is in. */
export const LANGUAGE_SET_FILE = fileURLToPath(new URL('./labelled/messages.jsonl', import.meta.url));
/** Written after the marker words were frozen and never tuned on: the honest figure. */
export const FRESH_LANGUAGE_SET_FILE = fileURLToPath(new URL('./labelled/messages-fresh.jsonl', import.meta.url));
/** Written by a second labeller who did not read the code or the other sets. */
export const BLIND_LANGUAGE_SET_FILE = fileURLToPath(new URL('./labelled/messages-blind.jsonl', import.meta.url));

const LabelledMessage = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  lang: z.enum(DETECTABLE_LANGUAGES),
  /** What was known about the customer, as the conversation would have it. */
  hints: z
    .strictObject({
      locale: z.string().nullable().exactOptional(),
      country: z.string().nullable().exactOptional(),
      phone: z.string().nullable().exactOptional(),
      earlier: z.array(z.string()).exactOptional(),
    })
    .exactOptional(),
  note: z.string().exactOptional(),
});
export type LabelledMessage = z.infer<typeof LabelledMessage>;

export interface LanguageFigures {
  messages: number;
  correct: number;
  /** correct / messages; 1 for an empty group. */
  accuracy: number;
}

export interface LanguageMiss {
  id: string;
  text: string;
  expected: DetectableLanguage;
  found: DetectedLanguage;
}

export interface LanguageSetReport {
  overall: LanguageFigures;
  byLanguage: Record<DetectableLanguage, LanguageFigures>;
  /** Indonesian and Malay messages only: the pair no library here tells apart. */
  idMs: LanguageFigures;
  /** How often each confidence level was right: 'high' should almost never be wrong. */
  byConfidence: Record<DetectedLanguage['confidence'], LanguageFigures>;
  /** 'ms→id': 3 — labelled Malay, detected Indonesian, three times. 'none' for no language found. */
  confusion: Record<string, number>;
  misses: LanguageMiss[];
}

export interface MeasureOptions {
  /** Pass each message's hints (phone, country, locale, earlier messages). Default true; false measures the text alone. */
  useHints?: boolean;
}

export function loadLanguageSet(file: string = LANGUAGE_SET_FILE): LabelledMessage[] {
  return loadLabelledSet(file, LabelledMessage);
}

export function measureLanguageSet(set: readonly LabelledMessage[], options: MeasureOptions = {}): LanguageSetReport {
  const useHints = options.useHints ?? true;
  const counts = new Map<string, { messages: number; correct: number }>();
  const count = (key: string, correct: boolean) => {
    const figures = counts.get(key) ?? { messages: 0, correct: 0 };
    figures.messages += 1;
    if (correct) figures.correct += 1;
    counts.set(key, figures);
  };
  const confusion: Record<string, number> = {};
  const misses: LanguageMiss[] = [];
  for (const message of set) {
    const found = detectLanguage(message.text, useHints ? message.hints : undefined);
    const correct = found.language === message.lang;
    count('all', correct);
    count(`lang:${message.lang}`, correct);
    count(`confidence:${found.confidence}`, correct);
    if (message.lang === 'id' || message.lang === 'ms') count('id-ms', correct);
    if (!correct) {
      const pair = `${message.lang}→${found.language ?? 'none'}`;
      confusion[pair] = (confusion[pair] ?? 0) + 1;
      misses.push({ id: message.id, text: message.text, expected: message.lang, found });
    }
  }
  const figures = (key: string): LanguageFigures => {
    const { messages, correct } = counts.get(key) ?? { messages: 0, correct: 0 };
    return { messages, correct, accuracy: messages === 0 ? 1 : correct / messages };
  };
  return {
    overall: figures('all'),
    byLanguage: Object.fromEntries(
      DETECTABLE_LANGUAGES.map((language) => [language, figures(`lang:${language}`)]),
    ) as Record<DetectableLanguage, LanguageFigures>,
    idMs: figures('id-ms'),
    byConfidence: {
      high: figures('confidence:high'),
      medium: figures('confidence:medium'),
      low: figures('confidence:low'),
    },
    confusion,
    misses,
  };
}

/** The figures and every miss, one per line: what a failing test or a benchmark note prints. */
export function describeLanguageSetReport(report: LanguageSetReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, f: LanguageFigures) =>
    `${name.padEnd(18)} ${String(f.correct).padStart(3)}/${String(f.messages).padEnd(3)}  ${percent(f.accuracy)}`;
  return [
    row('overall', report.overall),
    row('id vs ms', report.idMs),
    ...Object.entries(report.byLanguage).map(([language, f]) => row(language, f)),
    ...Object.entries(report.byConfidence).map(([confidence, f]) => row(`${confidence} confidence`, f)),
    `confusions: ${
      Object.entries(report.confusion)
        .sort((a, b) => b[1] - a[1])
        .map(([pair, times]) => `${pair} ×${times}`)
        .join(', ') || 'none'
    }`,
    `misses (${report.misses.length}):`,
    ...report.misses.map(
      (miss) =>
        `  ${miss.id} ${miss.expected}→${miss.found.language ?? 'none'} (${miss.found.confidence}; ${miss.found.reasons.join(', ')}): ${miss.text}`,
    ),
  ].join('\n');
}
