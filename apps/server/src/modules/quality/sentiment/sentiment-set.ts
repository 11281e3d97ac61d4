import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadLabelledSet } from '../../language/labelled-set';
import { SENTIMENT_LANGUAGES, type SentimentLanguage } from './lexicons/lexicon';
import { messageSentiment, type Sentiment } from './message-sentiment';

/** Hand-labelled customer messages the scorer is tuned on, and a blind set written after it was done. */
export const SENTIMENT_SET_FILE = fileURLToPath(new URL('./labelled/sentiment.jsonl', import.meta.url));
export const BLIND_SENTIMENT_SET_FILE = fileURLToPath(new URL('./labelled/sentiment-blind.jsonl', import.meta.url));

const SENTIMENTS = ['negative', 'neutral', 'positive'] as const satisfies readonly Sentiment[];

const LabelledMessage = z.strictObject({
  id: z.string().min(1),
  language: z.enum(SENTIMENT_LANGUAGES),
  text: z.string().min(1),
  label: z.enum(SENTIMENTS),
});
export type LabelledMessage = z.infer<typeof LabelledMessage>;

/** Rows: the label; columns: what the scorer said. */
export type ConfusionMatrix = Record<Sentiment, Record<Sentiment, number>>;

export interface SentimentFigures {
  messages: number;
  accuracy: number;
  /** Mean of the three labels' F1; a label with no messages and no predictions counts as 1. */
  macroF1: number;
  confusion: ConfusionMatrix;
}

export interface SentimentMiss {
  id: string;
  text: string;
  label: Sentiment;
  predicted: Sentiment;
  cues: string[];
}

export interface SentimentSetReport {
  overall: SentimentFigures;
  byLanguage: Record<SentimentLanguage, SentimentFigures>;
  misses: SentimentMiss[];
}

export interface MeasureOptions {
  /** Tell the scorer each message's language, as when the conversation's language is known. Default: guessed. */
  languageKnown?: boolean;
}

export function loadSentimentSet(file: string): LabelledMessage[] {
  return loadLabelledSet(file, LabelledMessage);
}

/** The set when its file exists, else null. */
export function loadSentimentSetIfPresent(file: string): LabelledMessage[] | null {
  return existsSync(file) ? loadSentimentSet(file) : null;
}

export function measureSentimentSet(set: readonly LabelledMessage[], options: MeasureOptions = {}): SentimentSetReport {
  const results = set.map((message) => ({
    message,
    reading: messageSentiment(message.text, options.languageKnown ? message.language : null),
  }));
  const figures = (rows: typeof results): SentimentFigures =>
    figuresOf(rows.map(({ message, reading }) => [message.label, reading.sentiment]));
  return {
    overall: figures(results),
    byLanguage: Object.fromEntries(
      SENTIMENT_LANGUAGES.map((language) => [
        language,
        figures(results.filter((r) => r.message.language === language)),
      ]),
    ) as Record<SentimentLanguage, SentimentFigures>,
    misses: results
      .filter(({ message, reading }) => message.label !== reading.sentiment)
      .map(({ message, reading }) => ({
        id: message.id,
        text: message.text,
        label: message.label,
        predicted: reading.sentiment,
        cues: reading.cues.map((cue) => `${cue.polarity > 0 ? '+' : '−'}${cue.text}`),
      })),
  };
}

export function figuresOf(pairs: ReadonlyArray<readonly [Sentiment, Sentiment]>): SentimentFigures {
  const confusion = Object.fromEntries(
    SENTIMENTS.map((label) => [label, Object.fromEntries(SENTIMENTS.map((predicted) => [predicted, 0]))]),
  ) as ConfusionMatrix;
  for (const [label, predicted] of pairs) confusion[label][predicted] += 1;
  const right = SENTIMENTS.reduce((sum, label) => sum + confusion[label][label], 0);
  const f1s = SENTIMENTS.map((label) => {
    const truePositives = confusion[label][label];
    const labelled = SENTIMENTS.reduce((sum, predicted) => sum + confusion[label][predicted], 0);
    const predicted = SENTIMENTS.reduce((sum, other) => sum + confusion[other][label], 0);
    if (labelled + predicted === 0) return 1;
    return (2 * truePositives) / (labelled + predicted);
  });
  return {
    messages: pairs.length,
    accuracy: pairs.length === 0 ? 1 : right / pairs.length,
    macroF1: f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length,
    confusion,
  };
}

/** Accuracy, macro-F1 and the confusion matrix per language, then the misses: what a failing test prints. */
export function describeSentimentSetReport(report: SentimentSetReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const short = { negative: 'neg', neutral: 'neu', positive: 'pos' } as const;
  const row = (name: string, f: SentimentFigures) =>
    `${name.padEnd(8)} n ${String(f.messages).padStart(3)}  accuracy ${percent(f.accuracy)}  macro-F1 ${f.macroF1.toFixed(3)}  ` +
    SENTIMENTS.map(
      (label) =>
        `${short[label]}→[${SENTIMENTS.map((predicted) => String(f.confusion[label][predicted]).padStart(2)).join(' ')}]`,
    ).join(' ');
  return [
    `(confusion rows: label → predicted neg neu pos)`,
    row('overall', report.overall),
    ...SENTIMENT_LANGUAGES.filter((language) => report.byLanguage[language].messages > 0).map((language) =>
      row(language, report.byLanguage[language]),
    ),
    `misses (${report.misses.length}):`,
    ...report.misses.map(
      (miss) => `  ${miss.id} ${miss.label}→${miss.predicted} [${miss.cues.join(', ')}] ${miss.text}`,
    ),
  ].join('\n');
}
