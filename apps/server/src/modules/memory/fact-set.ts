import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadLabelledSet } from '../language/labelled-set';
import { FactCategory, FactSuggestion } from '@sincere/contracts';
import { detectFacts, type FactLanguage } from './detect-facts';

/** The hand-labelled sentences the detector is judged by, and a fresh set written after the patterns. */
export const FACT_SET_FILE = fileURLToPath(new URL('./labelled/facts.jsonl', import.meta.url));
export const FRESH_FACT_SET_FILE = fileURLToPath(new URL('./labelled/facts-fresh.jsonl', import.meta.url));

const LabelledSentence = z.strictObject({
  id: z.string().min(1),
  lang: FactSuggestion.shape.language,
  text: z.string().min(1),
  /** What a careful human would suggest to the agent; empty for a negative. */
  facts: z.array(FactCategory),
  note: z.string().optional(),
});
export type LabelledSentence = z.infer<typeof LabelledSentence>;

export interface FactFigures {
  sentences: number;
  /** Labelled facts: each category counted once per sentence. */
  labelled: number;
  truePositives: number;
  falsePositives: number;
  /** TP / (TP + FP); 1 when nothing was suggested. */
  precision: number;
  /** TP / labelled; 1 when nothing was labelled. */
  recall: number;
}

export interface FactMiss {
  id: string;
  text: string;
  category: FactCategory;
  /** What the detector took as the fact (false positives only). */
  matched?: string;
}

export interface FactSetReport {
  overall: FactFigures;
  byLanguage: Record<FactLanguage, FactFigures>;
  falsePositives: FactMiss[];
  falseNegatives: FactMiss[];
}

export interface MeasureOptions {
  /** Tell the detector each sentence's language, as when the conversation's language is known. Default: not told. */
  languageKnown?: boolean;
}

export function loadFactSet(file: string): LabelledSentence[] {
  return loadLabelledSet(file, LabelledSentence);
}

/** Runs the detector over a labelled set: a suggestion is right when its category is among the sentence's labels. */
export function measureFactSet(set: readonly LabelledSentence[], options: MeasureOptions = {}): FactSetReport {
  const counts = new Map<FactLanguage | 'all', { sentences: number; labelled: number; tp: number; fp: number }>();
  const falsePositives: FactMiss[] = [];
  const falseNegatives: FactMiss[] = [];
  for (const sentence of set) {
    const suggestions = detectFacts(sentence.text, { language: options.languageKnown ? sentence.lang : null });
    const suggested = new Map(suggestions.map((suggestion) => [suggestion.category, suggestion.text]));
    const labelled = new Set(sentence.facts);
    const truePositives = [...suggested.keys()].filter((category) => labelled.has(category)).length;
    for (const key of [sentence.lang, 'all'] as const) {
      const count = counts.get(key) ?? { sentences: 0, labelled: 0, tp: 0, fp: 0 };
      count.sentences += 1;
      count.labelled += labelled.size;
      count.tp += truePositives;
      count.fp += suggested.size - truePositives;
      counts.set(key, count);
    }
    for (const [category, matched] of suggested) {
      if (!labelled.has(category)) falsePositives.push({ id: sentence.id, text: sentence.text, category, matched });
    }
    for (const category of labelled) {
      if (!suggested.has(category)) falseNegatives.push({ id: sentence.id, text: sentence.text, category });
    }
  }
  const figures = (key: FactLanguage | 'all'): FactFigures => {
    const { sentences, labelled, tp, fp } = counts.get(key) ?? { sentences: 0, labelled: 0, tp: 0, fp: 0 };
    return {
      sentences,
      labelled,
      truePositives: tp,
      falsePositives: fp,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: labelled === 0 ? 1 : tp / labelled,
    };
  };
  const languages = FactSuggestion.shape.language.options;
  return {
    overall: figures('all'),
    byLanguage: Object.fromEntries(languages.map((language) => [language, figures(language)])) as Record<
      FactLanguage,
      FactFigures
    >,
    falsePositives,
    falseNegatives,
  };
}

/** One line per language and the misses: what a failing test or a benchmark note prints. */
export function describeFactSetReport(report: FactSetReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, f: FactFigures) =>
    `${name.padEnd(7)} sentences ${String(f.sentences).padStart(3)}  labelled ${String(f.labelled).padStart(3)}  precision ${percent(f.precision)}  recall ${percent(f.recall)}`;
  return [
    row('overall', report.overall),
    ...Object.entries(report.byLanguage).map(([language, f]) => row(language, f)),
    `false positives (${report.falsePositives.length}):`,
    ...report.falsePositives.map((miss) => `  ${miss.id} ${miss.category} ← "${miss.matched ?? ''}" in: ${miss.text}`),
    `false negatives (${report.falseNegatives.length}):`,
    ...report.falseNegatives.map((miss) => `  ${miss.id} ${miss.category}: ${miss.text}`),
  ].join('\n');
}
