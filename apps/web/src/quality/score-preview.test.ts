import type { CategoryRating, ScorecardCategory } from '@sincere/contracts';
import { SCALE_POINTS } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from '../../../server/src/modules/quality/default-scorecard';
import { scoreReview } from '../../../server/src/modules/quality/score-review';
import { formatScore, previewScore, type DraftValue } from './score-preview';

const category = (key: string, overrides: Partial<ScorecardCategory> = {}): ScorecardCategory => ({
  key,
  name: { en: key, ru: key },
  description: { en: key, ru: key },
  weight: 10,
  scale: 'three',
  allowNa: true,
  critical: false,
  automatic: 'auto',
  ...overrides,
});

describe('the live review score', () => {
  it('is the weighted mean of the points given, on a 0–100 scale', () => {
    const categories = [category('a', { weight: 30 }), category('b', { weight: 10, scale: 'five' })];
    // a: 2/2 = 100 %, b: 1/4 = 25 % → (30 × 1 + 10 × 0.25) ÷ 40 = 81.25 %
    expect(previewScore(categories, { a: 2, b: 1 })).toEqual({
      score: 81.25,
      criticalFailed: false,
      rated: 2,
      total: 2,
    });
  });

  it('leaves N/A and categories not rated yet out of the mean', () => {
    const categories = [category('a'), category('b'), category('c')];
    expect(previewScore(categories, { a: 1, b: 'na' })).toEqual({
      score: 50,
      criticalFailed: false,
      rated: 2,
      total: 3,
    });
    expect(previewScore(categories, {}).score).toBeNull();
    expect(previewScore(categories, { a: 'na', b: 'na', c: 'na' }).score).toBeNull();
  });

  it('drops to 0 when a critical category is below half its scale, and exactly half passes', () => {
    const categories = [category('tone', { critical: true, scale: 'four' }), category('other', { weight: 90 })];
    expect(previewScore(categories, { tone: 1, other: 2 })).toMatchObject({ score: 0, criticalFailed: true });
    expect(previewScore(categories, { tone: 2, other: 2 }).criticalFailed).toBe(false);
    const binary = [category('kept', { critical: true, scale: 'binary' })];
    expect(previewScore(binary, { kept: 0 })).toMatchObject({ score: 0, criticalFailed: true });
  });

  it('agrees with the server on the default scorecard for every kind of rating', () => {
    const { categories } = DEFAULT_SCORECARD;
    // A fixed walk through the points, N/A where allowed, so critical failures and N/A both occur.
    for (let seed = 0; seed < 60; seed += 1) {
      const values: Record<string, DraftValue> = {};
      const ratings: CategoryRating[] = categories.map((item, index) => {
        const points = SCALE_POINTS[item.scale];
        const pick = (seed * 7 + index * 3) % (points + 1);
        const value: CategoryRating['value'] = pick === points ? (item.allowNa ? 'na' : points - 1) : pick;
        values[item.key] = value;
        return { category: item.key, value };
      });
      const server = scoreReview(DEFAULT_SCORECARD, ratings);
      const preview = previewScore(categories, values);
      expect(preview.criticalFailed).toBe(server.criticalFailed);
      if (server.score === null) expect(preview.score).toBeNull();
      else expect(preview.score).toBeCloseTo(server.score, 10);
    }
  });

  it('shows whole numbers, and a dash for no score', () => {
    expect(formatScore(81.25)).toBe('81');
    expect(formatScore(66.5)).toBe('67');
    expect(formatScore(null)).toBe('—');
  });
});
