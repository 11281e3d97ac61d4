import { SCALE_POINTS, type Scorecard, type ScorecardCategory } from '@sincere/contracts';
import { rateClosing } from './closing';
import { rateComprehension } from './comprehension';
import type { Evidence, Verdict } from './evidence';
import { rateGreeting } from './greeting';
import { rateOwnership } from './ownership';
import { QUALITY_PATTERNS } from './patterns';
import { ratePromiseKept } from './promise-kept';
import { rateReadability } from './readability';
import { readConversation, type QualityLanguage, type ReadConversation, type ReviewInput } from './review-input';
import { signalsOf, type RaterContext } from './signals';
import { rateSolution } from './solution';

export type { Evidence } from './evidence';
export { AUTO_REVIEW_RULES, type AutoReviewRule } from './rules';
export type { ReviewInput, ReviewMessage, ReviewPromise } from './review-input';

export interface AutoRating {
  category: string;
  /** A point of the category's scale (0-based), or 'na' where the category allows it. */
  value: number | 'na';
  /** At least one item: why the rating is what it is, also when it is good. */
  evidence: Evidence[];
}

export interface AutoReview {
  /** In the scorecard's order. */
  ratings: AutoRating[];
  /** Keys of the categories a person rates: human-only ones, custom ones, and ones needing an unsupported language. */
  humanOnly: string[];
}

/**
 * A rater on its own scale, which matches the default scorecard's; a changed scale is mapped proportionally.
 * One that reads the messages' words cannot rate a conversation in a language without patterns.
 */
type Rater = { points: number } & (
  | { needsLanguage: true; rate(context: RaterContext): Verdict }
  | { needsLanguage: false; rate(conversation: ReadConversation): Verdict }
);

/*
 * Empathy, tone and personal touch have no rater on purpose: sympathy words, politeness and a friendly
 * question are easy to spot and impossible to judge as meant, so a scorer would reward the stock phrases
 * the scorecard penalises. An admin who marks them automatic still gets them rated by a person.
 */
const RATERS: Readonly<Record<string, Rater>> = {
  greeting: { points: 3, needsLanguage: true, rate: rateGreeting },
  ownership: { points: 4, needsLanguage: true, rate: rateOwnership },
  promise_kept: { points: 2, needsLanguage: false, rate: ratePromiseKept },
  solution_offered: { points: 3, needsLanguage: true, rate: rateSolution },
  comprehension: { points: 3, needsLanguage: true, rate: rateComprehension },
  closing: { points: 3, needsLanguage: true, rate: rateClosing },
  spelling_readability: { points: 5, needsLanguage: true, rate: rateReadability },
};

/** The category keys the scorer has a rater for. */
export const AUTO_RATED_CATEGORIES: readonly string[] = Object.keys(RATERS);

/**
 * Rates a resolved conversation on the scorecard's automatic categories, each with the evidence behind it.
 * Pure and synchronous. A category is rated when the scorecard marks it 'auto' and a rater exists for its
 * key, and, for raters that read words, when the conversation's language has patterns; every other
 * category is left to a person.
 */
export function autoReview(input: ReviewInput, scorecard: Scorecard): AutoReview {
  const conversation = readConversation(input);
  const { language } = conversation;
  // Built on first use: a conversation in a language without patterns never needs it.
  let context: RaterContext | null = null;
  const contextOf = (known: QualityLanguage): RaterContext =>
    (context ??= { conversation, language: known, patterns: QUALITY_PATTERNS[known], signals: signalsOf(known) });

  const ratings: AutoRating[] = [];
  const humanOnly: string[] = [];
  for (const category of scorecard.categories) {
    const rater = category.automatic === 'auto' ? RATERS[category.key] : undefined;
    let verdict: Verdict | null = null;
    if (rater && !rater.needsLanguage) verdict = rater.rate(conversation);
    else if (rater && language !== null) verdict = rater.rate(contextOf(language));
    if (!rater || !verdict) {
      humanOnly.push(category.key);
      continue;
    }
    ratings.push({
      category: category.key,
      value: onScale(verdict.level, rater.points, category),
      evidence: verdict.evidence,
    });
  }
  return { ratings, humanOnly };
}

/**
 * The rater's level as a point of the category's scale: proportionally to the nearest point when an admin
 * changed the scale (greeting made binary: 2 → 1, 1 → 1, 0 → 0). N/A where the category does not allow it
 * means there was nothing to hold against the agent (no promise made), so it is the top point.
 */
export function onScale(level: number | 'na', raterPoints: number, category: ScorecardCategory): number | 'na' {
  const points = SCALE_POINTS[category.scale];
  if (level === 'na') return category.allowNa ? 'na' : points - 1;
  if (points === raterPoints) return level;
  return Math.round((level * (points - 1)) / (raterPoints - 1));
}
