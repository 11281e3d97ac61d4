import { SCALE_POINTS, Scorecard, type CategoryRating } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from './default-scorecard';
import { scoreReview } from './score-review';

const top = (): CategoryRating[] =>
  DEFAULT_SCORECARD.categories.map((c) => ({ category: c.key, value: SCALE_POINTS[c.scale] - 1 }));
const withRating = (key: string, value: CategoryRating['value']) =>
  top().map((r) => (r.category === key ? { ...r, value } : r));

describe('DEFAULT_SCORECARD', () => {
  it('parses with the Scorecard schema', () => {
    expect(Scorecard.parse(DEFAULT_SCORECARD)).toEqual(DEFAULT_SCORECARD);
  });

  it('has the ten categories of issue 8 in order', () => {
    expect(DEFAULT_SCORECARD.categories.map((c) => c.key)).toEqual([
      'greeting',
      'empathy',
      'ownership',
      'promise_kept',
      'solution_offered',
      'comprehension',
      'tone',
      'personal_touch',
      'closing',
      'spelling_readability',
    ]);
  });

  it('has English and Russian texts for every name and description', () => {
    for (const c of [DEFAULT_SCORECARD, ...DEFAULT_SCORECARD.categories]) {
      expect(c.name.en).toMatch(/^[\x20-\x7E]+$/);
      expect(c.name.ru).toMatch(/[а-яё]/i);
    }
    for (const c of DEFAULT_SCORECARD.categories) {
      expect(c.description.en).not.toMatch(/[а-яё]/i);
      expect(c.description.ru).toMatch(/[а-яё]{3}/i);
    }
  });

  it('describes every point of each scale, and N/A exactly where it is allowed', () => {
    for (const c of DEFAULT_SCORECARD.categories) {
      for (const text of [c.description.en, c.description.ru]) {
        for (let point = 0; point < SCALE_POINTS[c.scale]; point++) expect(text, c.key).toContain(`${point}:`);
        expect(text, c.key).not.toContain(`${SCALE_POINTS[c.scale]}:`);
        expect(text.includes('N/A'), c.key).toBe(c.allowNa);
      }
    }
  });

  it('has positive weights that sum to 100', () => {
    for (const c of DEFAULT_SCORECARD.categories) expect(c.weight).toBeGreaterThan(0);
    expect(DEFAULT_SCORECARD.categories.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it('makes a broken promise and a belittling tone critical, and nothing else', () => {
    expect(DEFAULT_SCORECARD.categories.filter((c) => c.critical).map((c) => c.key)).toEqual(['promise_kept', 'tone']);
  });

  it('leaves to people what the automatic scorer did not rate at κ ≥ 0.6 on conversations it had not seen', () => {
    const humanOnly = DEFAULT_SCORECARD.categories.filter((c) => c.automatic === 'human_only').map((c) => c.key);
    expect(humanOnly).toEqual(['empathy', 'ownership', 'solution_offered', 'tone', 'personal_touch']);
  });

  it('allows N/A for promise kept, personal touch and empathy only', () => {
    const na = DEFAULT_SCORECARD.categories.filter((c) => c.allowNa).map((c) => c.key);
    expect(na).toEqual(['empathy', 'promise_kept', 'personal_touch']);
  });
});

describe('scoring with the default scorecard', () => {
  it('scores a typical review by hand-computed weights', () => {
    const ratings: CategoryRating[] = [
      { category: 'greeting', value: 2 }, // 1.0 × 5 = 5
      { category: 'empathy', value: 1 }, // 0.5 × 10 = 5
      { category: 'ownership', value: 2 }, // 2/3 × 20 = 13.333
      { category: 'promise_kept', value: 'na' }, // left out, weight 10
      { category: 'solution_offered', value: 2 }, // 1.0 × 20 = 20
      { category: 'comprehension', value: 1 }, // 0.5 × 10 = 5
      { category: 'tone', value: 3 }, // 1.0 × 10 = 10
      { category: 'personal_touch', value: 'na' }, // left out, weight 5
      { category: 'closing', value: 1 }, // 0.5 × 5 = 2.5
      { category: 'spelling_readability', value: 3 }, // 0.75 × 5 = 3.75
    ];
    // 64.583 ÷ (100 − 10 − 5 = 85) = 0.75980 → 75.980
    const result = scoreReview(DEFAULT_SCORECARD, ratings);
    expect(result.score).toBeCloseTo(75.98, 2);
    expect(result.criticalFailed).toBe(false);
  });

  it('zeroes a review with passive-aggressive tone, and passes one that is merely stiff', () => {
    expect(scoreReview(DEFAULT_SCORECARD, withRating('tone', 1))).toMatchObject({ score: 0, criticalFailed: true });
    // tone 2/3 × 10 = 6.667 instead of 10 → 96.667
    expect(scoreReview(DEFAULT_SCORECARD, withRating('tone', 2)).score).toBeCloseTo(96.667, 3);
  });

  it('zeroes a review with a broken promise but not one where nothing was promised', () => {
    expect(scoreReview(DEFAULT_SCORECARD, withRating('promise_kept', 0)).score).toBe(0);
    expect(scoreReview(DEFAULT_SCORECARD, withRating('promise_kept', 'na')).score).toBe(100);
  });

  it('does not zero a review for a weak non-critical category', () => {
    // solution 0 loses its whole weight of 20 → 80
    expect(scoreReview(DEFAULT_SCORECARD, withRating('solution_offered', 0))).toMatchObject({
      score: 80,
      criticalFailed: false,
    });
  });
});
