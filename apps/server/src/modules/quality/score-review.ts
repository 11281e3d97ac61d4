import {
  SCALE_POINTS,
  Scorecard,
  type CategoryRating,
  type CategoryScore,
  type ReviewScore,
  type ScorecardCategory,
} from '@sincere/contracts';

/** metrics.md: "a critical category below 50% makes the whole review 0" — exactly 50% passes. */
const CRITICAL_THRESHOLD = 0.5;

/**
 * Scores one review: each category's point becomes point ÷ (points − 1), the review is the weighted mean
 * of the categories not rated N/A, × 100. A critical category below 50% of its scale makes the score 0.
 * Every category must be rated (a value or 'na'): a silently skipped category would look like N/A and
 * raise the score, so a missing one is an error rather than a guess.
 */
export function scoreReview(scorecard: Scorecard, ratings: readonly CategoryRating[]): ReviewScore {
  const byKey = new Map<string, CategoryRating>();
  for (const rating of ratings) {
    if (!scorecard.categories.some((category) => category.key === rating.category)) {
      throw new RangeError(`Rating for unknown category "${rating.category}" (scorecard v${scorecard.version})`);
    }
    if (byKey.has(rating.category)) throw new RangeError(`Category "${rating.category}" is rated more than once`);
    byKey.set(rating.category, rating);
  }

  let weighted = 0;
  let weights = 0;
  let criticalFailed = false;
  const byCategory: CategoryScore[] = scorecard.categories.map((category) => {
    const rating = byKey.get(category.key);
    if (!rating) throw new RangeError(`Category "${category.key}" is not rated: give a point or "na"`);
    const fraction = ratingFraction(category, rating.value);
    if (fraction === null) return { category: category.key, score: null, criticalFailed: false };
    const failed = category.critical && fraction < CRITICAL_THRESHOLD;
    criticalFailed ||= failed;
    weighted += category.weight * fraction;
    weights += category.weight;
    return { category: category.key, score: fraction * 100, criticalFailed: failed };
  });

  if (weights === 0) return { score: null, byCategory, criticalFailed: false };
  return { score: criticalFailed ? 0 : (weighted / weights) * 100, byCategory, criticalFailed };
}

/** 0..1 for a point, null for N/A; throws when the value does not fit the category. */
function ratingFraction(category: ScorecardCategory, value: CategoryRating['value']): number | null {
  if (value === 'na') {
    if (!category.allowNa) throw new RangeError(`Category "${category.key}" cannot be N/A`);
    return null;
  }
  const points = SCALE_POINTS[category.scale];
  if (!Number.isInteger(value) || value < 0 || value >= points) {
    throw new RangeError(
      `Category "${category.key}": ${value} is outside its ${category.scale} scale (0–${points - 1})`,
    );
  }
  return value / (points - 1);
}

/**
 * Whether reviews scored with one scorecard mean the same under the other: same category keys with the
 * same weight, scale, N/A and critical flags. Names, descriptions, category order and `automatic` do not
 * change what a score means, so editing them keeps the version.
 */
export function sameMeaning(a: Scorecard, b: Scorecard): boolean {
  if (a.categories.length !== b.categories.length) return false;
  const other = new Map(b.categories.map((category) => [category.key, category]));
  return a.categories.every((category) => {
    const match = other.get(category.key);
    return (
      match !== undefined &&
      match.weight === category.weight &&
      match.scale === category.scale &&
      match.allowNa === category.allowNa &&
      match.critical === category.critical
    );
  });
}

export type ScorecardChanges = Partial<Pick<Scorecard, 'name' | 'categories'>>;

/**
 * Applies changes to a scorecard. A change of meaning (see `sameMeaning`) yields the next version without
 * `id` and `createdAt`: it is stored beside the old one, which old reviews keep pointing at. A text-only
 * edit keeps the version and id, so it is saved in place. The result is validated by the schema.
 */
export function reviseScorecard(
  current: Scorecard,
  changes: ScorecardChanges,
): { scorecard: Scorecard; newVersion: boolean } {
  const edited = Scorecard.parse({ ...current, ...changes });
  if (sameMeaning(current, edited)) return { scorecard: edited, newVersion: false };
  const { id: _id, createdAt: _createdAt, ...rest } = edited;
  return { scorecard: { ...rest, version: current.version + 1 }, newVersion: true };
}
