import type { Scorecard } from '@sincere/contracts';
import { DEFAULT_SCORECARD } from '../default-scorecard';
import { AUTO_RATED_CATEGORIES, autoReview, type AutoRating } from './auto-review';
import type { ReviewInput, ReviewMessage, ReviewPromise } from './review-input';

/*
 * Builders for the scorer's unit tests: a conversation from [who, text] pairs, a minute apart, and the
 * rating of one category with every rater switched on.
 */

const START = Date.UTC(2025, 2, 3, 9, 0);

/** The default scorecard with every category the scorer can rate marked automatic, as an admin may set it. */
export const EVERY_RATER: Scorecard = {
  ...DEFAULT_SCORECARD,
  categories: DEFAULT_SCORECARD.categories.map((category) =>
    AUTO_RATED_CATEGORIES.includes(category.key) ? { ...category, automatic: 'auto' as const } : category,
  ),
};

export function conversation(
  language: string | null,
  lines: ReadonlyArray<readonly [ReviewMessage['from'], string]>,
  options: { name?: string | null; locale?: string | null; promises?: ReviewPromise[] } = {},
): ReviewInput {
  return {
    language,
    customer: { name: options.name ?? null, locale: options.locale ?? null },
    messages: lines.map(([from, text], i) => ({ from, text, at: new Date(START + i * 60_000) })),
    promises: options.promises ?? [],
  };
}

export function ratingOf(input: ReviewInput, category: string, scorecard: Scorecard = EVERY_RATER): AutoRating {
  const rating = autoReview(input, scorecard).ratings.find((found) => found.category === category);
  if (!rating) throw new Error(`${category} was not rated`);
  return rating;
}

export const rulesOf = (rating: AutoRating): string[] => rating.evidence.map((evidence) => evidence.rule);
