import { SCALE_POINTS, type CategoryRating, type ScorecardCategory } from '@sincere/contracts';

/** A rating being chosen: a point, N/A, or not rated yet. */
export type DraftValue = CategoryRating['value'] | null;

export interface ScorePreview {
  /** 0–100 over the categories rated so far; null while none has a point. */
  score: number | null;
  /** A critical category rated below half its scale: the review scores 0. */
  criticalFailed: boolean;
  rated: number;
  total: number;
}

/**
 * The review score as the server will compute it (apps/server/src/modules/quality/score-review.ts): each point
 * becomes point ÷ (points − 1), the score is the weighted mean of the categories not rated N/A × 100, and a
 * critical category below 50% makes it 0. Categories not rated yet are left out, so the preview moves as the
 * reviewer goes; the server refuses a review until every category has a point or N/A.
 */
export function previewScore(
  categories: readonly ScorecardCategory[],
  values: Readonly<Record<string, DraftValue | undefined>>,
): ScorePreview {
  let weighted = 0;
  let weights = 0;
  let rated = 0;
  let criticalFailed = false;
  for (const category of categories) {
    const value = values[category.key];
    if (value === null || value === undefined) continue;
    rated += 1;
    if (value === 'na') continue;
    const fraction = value / (SCALE_POINTS[category.scale] - 1);
    // Exactly 50% passes, as on the server.
    if (category.critical && fraction < 0.5) criticalFailed = true;
    weighted += category.weight * fraction;
    weights += category.weight;
  }
  const score = weights === 0 ? null : criticalFailed ? 0 : (weighted / weights) * 100;
  return { score, criticalFailed: weights > 0 && criticalFailed, rated, total: categories.length };
}

/** Scores are kept unrounded by the server; people read whole numbers. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : String(Math.round(score));
}
