import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCALE_POINTS, type Scorecard } from '@sincere/contracts';
import { cohensKappa, type Rating } from '../agreement';
import { autoReview } from './auto-review';
import { QUALITY_LANGUAGES, type QualityLanguage, type ReviewInput } from './review-input';

/*
 * Hand-rated conversations per language, in three sets. dev and blind are both tuned on now: blind was
 * measured once unseen (issue 8, first round), then its misses were read. fresh was written after the
 * scorer's second round was final and is the only set that still says how it does on conversations it
 * never saw; a category is automatic only if it holds on all three.
 */
const labelled = (name: string) => fileURLToPath(new URL(`../labelled/${name}.jsonl`, import.meta.url));
export const DEV_REVIEW_FILES: Readonly<Record<QualityLanguage, string>> = {
  ru: labelled('ru'),
  en: labelled('en'),
  es: labelled('es'),
  id: labelled('id'),
};
export const BLIND_REVIEW_FILES: Readonly<Record<QualityLanguage, string>> = {
  ru: labelled('ru-blind'),
  en: labelled('en-blind'),
  es: labelled('es-blind'),
  id: labelled('id-blind'),
};
export const FRESH_REVIEW_FILES: Readonly<Record<QualityLanguage, string>> = {
  ru: labelled('ru-fresh'),
  en: labelled('en-fresh'),
  es: labelled('es-fresh'),
  id: labelled('id-fresh'),
};
/** The three sets by name, in the order they are reported. */
export const REVIEW_SETS = { dev: DEV_REVIEW_FILES, blind: BLIND_REVIEW_FILES, fresh: FRESH_REVIEW_FILES } as const;
export type ReviewSetName = keyof typeof REVIEW_SETS;

const HumanRating = z.union([z.int().min(0), z.literal('na')]);
const LabelledConversation = z.object({
  id: z.string().min(1),
  language: z.string().min(2),
  customer: z.object({ name: z.string().nullable(), locale: z.string().nullable() }),
  messages: z
    .array(
      z.object({
        from: z.enum(['customer', 'agent', 'bot', 'note']),
        text: z.string(),
        minute: z.number().min(0),
      }),
    )
    .min(1),
  promises: z
    .array(
      z.object({
        message: z.int().min(0).nullable(),
        text: z.string(),
        outcome: z.enum(['kept', 'broken', 'cancelled', 'open']),
      }),
    )
    .default([]),
  ratings: z.record(z.string(), HumanRating),
});
export type LabelledConversation = z.infer<typeof LabelledConversation>;

export interface ReviewSet {
  conversations: LabelledConversation[];
  /** Lines that did not parse or did not fit the shape (a file still being written ends in a partial line). */
  skipped: number;
}

/** Conversations start at this moment; a message's `minute` counts from it. */
const BASE_TIME = Date.UTC(2025, 2, 3, 9, 0);

/**
 * Reads one JSON object per line. A line that does not parse or fit the shape is skipped and counted, never
 * thrown: the files are written by hand, one conversation at a time, and may end in a half-written line.
 * A missing file is an empty set.
 */
export function loadReviewSet(file: string): ReviewSet {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { conversations: [], skipped: 0 };
  }
  const conversations: LabelledConversation[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const parsed = LabelledConversation.safeParse(json);
    if (parsed.success) conversations.push(parsed.data);
    else skipped++;
  }
  return { conversations, skipped };
}

/** The scorer's input for a labelled conversation: minutes become times, outcomes become statuses. */
export function reviewInputOf(conversation: LabelledConversation): ReviewInput {
  return {
    language: conversation.language,
    customer: conversation.customer,
    messages: conversation.messages.map((message) => ({
      from: message.from,
      text: message.text,
      at: new Date(BASE_TIME + message.minute * 60_000),
    })),
    promises: conversation.promises.map((promise) => ({
      message: promise.message,
      text: promise.text,
      status: promise.outcome,
    })),
  };
}

export interface CategoryFigures {
  /** Conversations the scorer rated in this category and a person rated too. */
  rated: number;
  /** Of those, both gave a point (no N/A on either side): what kappa is computed on. */
  compared: number;
  /** Identical ratings among `rated`; N/A against a point is a disagreement. */
  accuracy: number;
  /** Cohen's kappa: linear weights on 3- to 5-point scales, nominal on binary; null when undefined. */
  kappa: number | null;
  /** Conversations where one side said N/A and the other gave a point. */
  naDisagreements: number;
  /** Conversations left to a person (language without patterns). */
  humanOnly: number;
}

export interface ReviewMiss {
  id: string;
  category: string;
  human: Rating;
  auto: Rating;
  rules: string[];
}

export interface ReviewSetReport {
  conversations: number;
  byCategory: Record<string, CategoryFigures>;
  byLanguage: Record<string, Record<string, CategoryFigures>>;
  misses: ReviewMiss[];
}

interface Pairs {
  human: Rating[];
  auto: Rating[];
  humanOnly: number;
}

/** Rates each conversation and compares with the person's ratings, per category and per language. */
export function measureReviewSet(set: readonly LabelledConversation[], scorecard: Scorecard): ReviewSetReport {
  const overall = new Map<string, Pairs>();
  const byLanguage = new Map<string, Map<string, Pairs>>();
  const misses: ReviewMiss[] = [];
  const pairsOf = (map: Map<string, Pairs>, key: string): Pairs => {
    let pairs = map.get(key);
    if (!pairs) map.set(key, (pairs = { human: [], auto: [], humanOnly: 0 }));
    return pairs;
  };
  for (const conversation of set) {
    const review = autoReview(reviewInputOf(conversation), scorecard);
    const language = conversation.language.split(/[-_]/u)[0] ?? conversation.language;
    const languageMap = byLanguage.get(language) ?? new Map<string, Pairs>();
    byLanguage.set(language, languageMap);
    for (const rating of review.ratings) {
      const human = conversation.ratings[rating.category];
      if (human === undefined) continue;
      for (const pairs of [pairsOf(overall, rating.category), pairsOf(languageMap, rating.category)]) {
        pairs.human.push(human);
        pairs.auto.push(rating.value);
      }
      if (human !== rating.value) {
        const rules = rating.evidence.map((evidence) => evidence.rule);
        misses.push({ id: conversation.id, category: rating.category, human, auto: rating.value, rules });
      }
    }
    for (const key of review.humanOnly) {
      const category = scorecard.categories.find((candidate) => candidate.key === key);
      if (category?.automatic !== 'auto') continue;
      pairsOf(overall, key).humanOnly++;
      pairsOf(languageMap, key).humanOnly++;
    }
  }
  const figuresOf = (map: Map<string, Pairs>) =>
    Object.fromEntries([...map].map(([key, pairs]) => [key, figures(scorecard, key, pairs)]));
  return {
    conversations: set.length,
    byCategory: figuresOf(overall),
    byLanguage: Object.fromEntries(
      [...byLanguage].sort(([a], [b]) => order(a) - order(b)).map(([language, map]) => [language, figuresOf(map)]),
    ),
    misses,
  };
}

const order = (language: string) => {
  const at = (QUALITY_LANGUAGES as readonly string[]).indexOf(language);
  return at === -1 ? QUALITY_LANGUAGES.length : at;
};

function figures(scorecard: Scorecard, key: string, pairs: Pairs): CategoryFigures {
  const category = scorecard.categories.find((candidate) => candidate.key === key);
  const points = category ? SCALE_POINTS[category.scale] : 2;
  const rated = pairs.human.length;
  let identical = 0;
  let naDisagreements = 0;
  pairs.human.forEach((human, i) => {
    const auto = pairs.auto[i];
    if (human === auto) identical++;
    else if (human === 'na' || auto === 'na') naDisagreements++;
  });
  const agreement = cohensKappa(pairs.human, pairs.auto, { points, ordinal: points > 2, weighting: 'linear' });
  return {
    rated,
    compared: agreement.compared,
    accuracy: rated === 0 ? 0 : identical / rated,
    kappa: agreement.kappa,
    naDisagreements,
    humanOnly: pairs.humanOnly,
  };
}

/** One line per category and per language, then the misses: what a failing test or a benchmark prints. */
export function describeReviewSetReport(report: ReviewSetReport): string {
  const row = (name: string, f: CategoryFigures) =>
    `${name.padEnd(28)} rated ${String(f.rated).padStart(3)}  compared ${String(f.compared).padStart(3)}  accuracy ${(f.accuracy * 100).toFixed(1).padStart(5)} %  κ ${f.kappa === null ? '  —  ' : f.kappa.toFixed(3)}  N/A mismatches ${f.naDisagreements}  human-only ${f.humanOnly}`;
  return [
    `${report.conversations} conversations`,
    ...Object.entries(report.byCategory).map(([key, f]) => row(key, f)),
    ...Object.entries(report.byLanguage).flatMap(([language, categories]) =>
      Object.entries(categories).map(([key, f]) => row(`${language} ${key}`, f)),
    ),
    `misses (${report.misses.length}):`,
    ...report.misses.map(
      (miss) => `  ${miss.id} ${miss.category}: human ${miss.human}, auto ${miss.auto} (${miss.rules.join(', ')})`,
    ),
  ].join('\n');
}
