import { Scorecard, type CategoryRating, type ScorecardCategory } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { reviseScorecard, sameMeaning, scoreReview } from './score-review';

const text = (en: string) => ({ en, ru: en });
const category = (key: string, overrides: Partial<ScorecardCategory> = {}): ScorecardCategory => ({
  key,
  name: text(key),
  description: text(key),
  weight: 10,
  scale: 'three',
  allowNa: false,
  critical: false,
  automatic: 'auto',
  ...overrides,
});

// weights 20 / 10 / 10 / 5; scales 3-, 4-, binary, 5-point.
const card: Scorecard = {
  name: text('Test'),
  version: 1,
  categories: [
    category('solution', { weight: 20 }),
    category('tone', { weight: 10, scale: 'four', critical: true }),
    category('promise', { weight: 10, scale: 'binary', critical: true, allowNa: true }),
    category('spelling', { weight: 5, scale: 'five', allowNa: true }),
  ],
};

const rate = (solution: number | 'na', tone: number | 'na', promise: number | 'na', spelling: number | 'na') =>
  [
    { category: 'solution', value: solution },
    { category: 'tone', value: tone },
    { category: 'promise', value: promise },
    { category: 'spelling', value: spelling },
  ] satisfies CategoryRating[];

describe('scoreReview', () => {
  it('gives 100 when every category is at its top point', () => {
    const result = scoreReview(card, rate(2, 3, 1, 4));
    expect(result.score).toBe(100);
    expect(result.criticalFailed).toBe(false);
  });

  it('takes the weighted mean of the normalised points', () => {
    // solution 1/2 = 0.5 ×20 = 10; tone 2/3 ×10 = 6.667; promise 1 ×10 = 10; spelling 3/4 = 0.75 ×5 = 3.75
    // sum 30.4167 ÷ weights 45 = 0.67593 → 67.593
    const result = scoreReview(card, rate(1, 2, 1, 3));
    expect(result.score).toBeCloseTo(67.593, 3);
    expect(result.byCategory.map((c) => c.score)).toEqual([50, (2 / 3) * 100, 100, 75]);
  });

  it('leaves N/A categories out of the mean instead of counting them as zero', () => {
    // promise and spelling N/A: solution 1.0 ×20 = 20; tone 2/3 ×10 = 6.667 → 26.667 ÷ weights 30 = 88.89
    // (counting the N/As as 0 would give 26.667 ÷ 45 = 59.26)
    const result = scoreReview(card, rate(2, 2, 'na', 'na'));
    expect(result.score).toBeCloseTo(88.889, 3);
    expect(result.byCategory.find((c) => c.category === 'promise')?.score).toBeNull();
  });

  it('zeroes the review when a critical category is below 50% of its scale', () => {
    // tone 1 on a 4-point scale = 33% < 50%; without the rule the score would be (20 + 3.333 + 10 + 5) ÷ 45 = 85.19
    const result = scoreReview(card, rate(2, 1, 1, 4));
    expect(result.score).toBe(0);
    expect(result.criticalFailed).toBe(true);
    expect(result.byCategory.find((c) => c.category === 'tone')).toMatchObject({ criticalFailed: true });
    expect(result.byCategory.find((c) => c.category === 'solution')).toMatchObject({ score: 100 });
  });

  it('zeroes the review when a binary critical category fails', () => {
    expect(scoreReview(card, rate(2, 3, 0, 4))).toMatchObject({ score: 0, criticalFailed: true });
  });

  it('lets a critical category pass at exactly 50%', () => {
    const three = { ...card, categories: [category('a', { critical: true }), category('b')] };
    // a 1/2 = 50% passes; b 2/2 → (5 + 10) ÷ 20 = 75
    const result = scoreReview(three, [
      { category: 'a', value: 1 },
      { category: 'b', value: 2 },
    ]);
    expect(result).toMatchObject({ score: 75, criticalFailed: false });
  });

  it('does not fail a critical category rated N/A', () => {
    expect(scoreReview(card, rate(2, 3, 'na', 4))).toMatchObject({ score: 100, criticalFailed: false });
  });

  it('returns a null score when every category is N/A', () => {
    const allNa = { ...card, categories: [category('x', { allowNa: true }), category('y', { allowNa: true })] };
    const result = scoreReview(allNa, [
      { category: 'x', value: 'na' },
      { category: 'y', value: 'na' },
    ]);
    expect(result).toEqual({
      score: null,
      criticalFailed: false,
      byCategory: [
        { category: 'x', score: null, criticalFailed: false },
        { category: 'y', score: null, criticalFailed: false },
      ],
    });
  });

  it('refuses a point outside the scale, naming the category and the value', () => {
    expect(() => scoreReview(card, rate(3, 3, 1, 4))).toThrow(RangeError);
    expect(() => scoreReview(card, rate(3, 3, 1, 4))).toThrow(/"solution".*3/);
    expect(() => scoreReview(card, rate(2, 3, 2, 4))).toThrow(/"promise".*2.*binary/);
    expect(() => scoreReview(card, rate(2, -1, 1, 4))).toThrow(/"tone"/);
    expect(() => scoreReview(card, rate(2, 1.5, 1, 4))).toThrow(/"tone"/);
  });

  it('refuses N/A on a category that does not allow it', () => {
    expect(() => scoreReview(card, rate('na', 3, 1, 4))).toThrow(/"solution" cannot be N\/A/);
  });

  it('refuses a review that leaves a category unrated, naming it', () => {
    const ratings = rate(2, 3, 1, 4).filter((r) => r.category !== 'spelling');
    expect(() => scoreReview(card, ratings)).toThrow(/"spelling" is not rated/);
  });

  it('refuses ratings for unknown categories and duplicates', () => {
    expect(() => scoreReview(card, [...rate(2, 3, 1, 4), { category: 'speed', value: 1 }])).toThrow(/"speed"/);
    expect(() => scoreReview(card, [...rate(2, 3, 1, 4), { category: 'tone', value: 1 }])).toThrow(/more than once/);
  });
});

describe('sameMeaning and reviseScorecard', () => {
  it('keeps the version and id for a text-only edit', () => {
    const stored = { ...card, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', createdAt: '2025-01-01T00:00:00Z' };
    const renamed = stored.categories.map((c) => (c.key === 'tone' ? { ...c, name: { en: 'Tone', ru: 'Тон' } } : c));
    const { scorecard, newVersion } = reviseScorecard(stored, { name: text('Renamed'), categories: renamed });
    expect(newVersion).toBe(false);
    expect(scorecard).toMatchObject({ id: stored.id, version: 1, name: { en: 'Renamed' } });
  });

  it.each([
    ['a weight', { weight: 11 }],
    ['a scale', { scale: 'five' as const }],
    ['the critical flag', { critical: false }],
    ['the N/A flag', { allowNa: true }],
  ])('makes a new version without id when %s changes', (_what, change) => {
    const stored = { ...card, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' };
    const categories = stored.categories.map((c) => (c.key === 'tone' ? { ...c, ...change } : c));
    const { scorecard, newVersion } = reviseScorecard(stored, { categories });
    expect(newVersion).toBe(true);
    expect(scorecard.version).toBe(2);
    expect(scorecard.id).toBeUndefined();
    expect(sameMeaning(stored, scorecard)).toBe(false);
  });

  it('makes a new version when a category is added or removed', () => {
    expect(reviseScorecard(card, { categories: [...card.categories, category('extra')] }).newVersion).toBe(true);
    expect(reviseScorecard(card, { categories: card.categories.slice(1) }).newVersion).toBe(true);
  });

  it('treats reordered categories as the same meaning', () => {
    expect(sameMeaning(card, { ...card, categories: [...card.categories].reverse() })).toBe(true);
  });

  it('validates the revised scorecard', () => {
    expect(() => reviseScorecard(card, { categories: [category('a'), category('a')] })).toThrow(
      /key .*a.* is used more than once/,
    );
  });

  it('keeps old reviews meaningful: a review scored on v1 still scores the same against v1', () => {
    const v2 = reviseScorecard(card, {
      categories: card.categories.map((c) => (c.key === 'solution' ? { ...c, weight: 50 } : c)),
    }).scorecard;
    const ratings = rate(1, 2, 1, 3);
    expect(scoreReview(card, ratings).score).toBeCloseTo(67.593, 3);
    // v2: solution 0.5 ×50 = 25; + 6.667 + 10 + 3.75 = 45.417 ÷ 75 = 60.56
    expect(scoreReview(v2, ratings).score).toBeCloseTo(60.556, 3);
  });
});

describe('Scorecard schema', () => {
  it('names the field in its messages', () => {
    const result = Scorecard.safeParse({
      ...card,
      version: 0,
      categories: [category('Bad Key', { weight: 0 })],
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message).join('\n') ?? '';
    expect(messages).toMatch(/version must be at least 1/);
    expect(messages).toMatch(/weight must be above 0/);
    expect(messages).toMatch(/key must be/);
  });

  it('refuses a scorecard without categories', () => {
    expect(Scorecard.safeParse({ ...card, categories: [] }).error?.issues[0]?.message).toMatch(/categories/);
  });
});
