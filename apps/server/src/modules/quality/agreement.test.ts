import { describe, expect, it } from 'vitest';

import { cohensKappa, pairwiseKappa, type AgreementOptions, type Rating } from './agreement';

/** Expands a contingency table (rows: first reviewer's point, columns: second's) into two rating lists. */
function fromTable(table: readonly (readonly number[])[]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let n = 0; n < count; n++) {
        a.push(i);
        b.push(j);
      }
    }),
  );
  return [a, b];
}

/** Deterministic pseudo-random ratings (MINSTD generator) so property checks are reproducible. */
function ratingsFor(seed: number, length: number, points: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    // 48271 · state stays below 2^53, so the arithmetic is exact.
    state = (state * 48271) % 2147483647;
    return Math.floor((state / 2147483647) * points);
  });
}

const nominal = (points: number): AgreementOptions => ({ points, ordinal: false });

describe('cohensKappa on published examples', () => {
  it('gives 0.40 on the classic 2×2 example (Wikipedia "Cohen\'s kappa": 50 items, yes/yes 20, no/no 15)', () => {
    // Wikipedia, "Cohen's kappa", simple example: p_o = 0.70, p_e = 0.50, κ = 0.40.
    const [a, b] = fromTable([
      [20, 5],
      [10, 15],
    ]);
    const result = cohensKappa(a, b, nominal(2));
    expect(result.compared).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
  });

  // SAS PROC FREQ (AGREE) printout on the 3×3 table in sasTable(), as reproduced in statsmodels'
  // statsmodels/stats/tests/test_inter_rater.py (table10): simple κ 0.4842, weighted κ 0.4701 with SAS's default
  // Cicchetti–Allison weights, which are the linear weights 1 − |i−j|/(k−1).
  it('matches SAS simple kappa 0.4842 on a 3×3 table', () => {
    const [a, b] = fromTable(sasTable());
    expect(cohensKappa(a, b, nominal(3)).kappa).toBeCloseTo(0.4842, 4);
  });

  it('matches SAS weighted kappa 0.4701 on the same table with linear weights', () => {
    const [a, b] = fromTable(sasTable());
    const result = cohensKappa(a, b, { points: 3, ordinal: true, weighting: 'linear' });
    expect(result.kappa).toBeCloseTo(0.4701, 4);
    // Hand check: p_o = (13 + 0.5·5)/19 = 0.8158, p_e = 0.6524.
    expect(result.observed).toBeCloseTo(15.5 / 19, 10);
    expect(result.expected).toBeCloseTo(0.6524, 4);
  });

  it('uses linear weights by default on ordinal scales', () => {
    const [a, b] = fromTable(sasTable());
    expect(cohensKappa(a, b, { points: 3, ordinal: true }).kappa).toBeCloseTo(0.4701, 4);
  });

  it('gives 0.450 with quadratic weights on the same table (hand-computed: p_o 0.8816, p_e 0.7846)', () => {
    const [a, b] = fromTable(sasTable());
    const result = cohensKappa(a, b, { points: 3, ordinal: true, weighting: 'quadratic' });
    expect(result.observed).toBeCloseTo(16.75 / 19, 10);
    expect(result.expected).toBeCloseTo(0.7846, 4);
    expect(result.kappa).toBeCloseTo(0.4502, 4);
  });

  // R package irr, dataset `anxiety`, raters 2 and 3; printed values as recorded in statsmodels'
  // test_inter_rater.py (test_cohens_kappa_irr): kappa2 unweighted −0.006289308, "equal" (linear) 0.1459075,
  // "squared" (quadratic) 0.2520325. irr uses only the levels that occur (1, 2, 3, 4, 6), so they are points 0–4.
  const level: Record<number, number> = { 1: 0, 2: 1, 3: 2, 4: 3, 6: 4 };
  const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4].map((v) => level[v] ?? -1);
  const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2].map((v) => level[v] ?? -1);

  it('matches R irr kappa2 on the anxiety data (5 points): unweighted, linear and quadratic', () => {
    expect(cohensKappa(rater2, rater3, nominal(5)).kappa).toBeCloseTo(-0.006289308, 6);
    expect(cohensKappa(rater2, rater3, { points: 5, ordinal: true, weighting: 'linear' }).kappa).toBeCloseTo(
      0.1459075,
      6,
    );
    expect(cohensKappa(rater2, rater3, { points: 5, ordinal: true, weighting: 'quadratic' }).kappa).toBeCloseTo(
      0.2520325,
      6,
    );
  });
});

describe('cohensKappa edge cases', () => {
  it('gives 1 for perfect agreement', () => {
    const a = [0, 1, 2, 3, 4, 2, 1];
    expect(cohensKappa(a, a, nominal(5)).kappa).toBeCloseTo(1, 10);
    expect(cohensKappa(a, a, { points: 5, ordinal: true, weighting: 'quadratic' }).kappa).toBeCloseTo(1, 10);
  });

  it('gives 0 when reviewers agree exactly as often as chance predicts', () => {
    const result = cohensKappa([0, 0, 1, 1], [0, 1, 0, 1], nominal(2));
    expect(result.observed).toBeCloseTo(0.5, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0, 10);
  });

  it('gives a negative kappa when reviewers systematically disagree', () => {
    expect(cohensKappa([0, 1, 0, 1], [1, 0, 1, 0], nominal(2)).kappa).toBeCloseTo(-1, 10);
  });

  it('returns null, not NaN, when both reviewers put every item in one category', () => {
    const result = cohensKappa([2, 2, 2], [2, 2, 2], { points: 3, ordinal: true });
    expect(result.exact).toBe(1);
    expect(result.expected).toBeCloseTo(1, 10);
    expect(result.kappa).toBeNull();
  });

  it('returns null when nothing is left to compare', () => {
    const result = cohensKappa(['na', 1], [0, 'na'], nominal(2));
    expect(result).toMatchObject({ items: 2, compared: 0, kappa: null });
    expect(cohensKappa([], [], nominal(2)).kappa).toBeNull();
  });

  it("drops items where either reviewer said 'na'", () => {
    const [a, b] = fromTable(sasTable());
    const withNa: Rating[] = [...a, 'na', 2, 'na'];
    const otherWithNa: Rating[] = [...b, 0, 'na', 'na'];
    const result = cohensKappa(withNa, otherWithNa, nominal(3));
    expect(result.items).toBe(22);
    expect(result.compared).toBe(19);
    expect(result.kappa).toBeCloseTo(cohensKappa(a, b, nominal(3)).kappa ?? Number.NaN, 12);
  });

  it('refuses rating lists of different lengths', () => {
    expect(() => cohensKappa([0, 1], [0], nominal(2))).toThrow(RangeError);
    expect(() => cohensKappa([0, 1], [0], nominal(2))).toThrow(/different numbers of items: 2 and 1/);
  });

  it('refuses a rating outside the scale, naming the rating and item', () => {
    expect(() => cohensKappa([0, 3], [0, 1], { points: 3, ordinal: true })).toThrow(
      /Rating 3 of item 1 by first reviewer is outside the 3-point scale/,
    );
    expect(() => cohensKappa([0, 1], [-1, 1], nominal(2))).toThrow(RangeError);
    expect(() => cohensKappa([0, 1], [0.5, 1], nominal(2))).toThrow(RangeError);
  });

  it('refuses a scale with fewer than 2 points', () => {
    expect(() => cohensKappa([0], [0], nominal(1))).toThrow(/at least 2/);
  });
});

describe('cohensKappa properties', () => {
  const seeds = [1, 7, 42, 1234, 99991];

  it('is symmetric in the two reviewers for every weighting', () => {
    const variants: AgreementOptions[] = [
      nominal(4),
      { points: 4, ordinal: true, weighting: 'linear' },
      { points: 4, ordinal: true, weighting: 'quadratic' },
    ];
    for (const seed of seeds) {
      const a = ratingsFor(seed, 30, 4);
      const b = ratingsFor(seed + 1, 30, 4).map((v, i) => (i % 3 === 0 ? (a[i] ?? v) : v));
      for (const options of variants) {
        const ab = cohensKappa(a, b, options);
        const ba = cohensKappa(b, a, options);
        expect(ba.kappa).toBeCloseTo(ab.kappa ?? Number.NaN, 12);
        expect(ba.expected).toBeCloseTo(ab.expected, 12);
      }
    }
  });

  it('equals unweighted kappa on a 2-point scale whatever the weighting', () => {
    for (const seed of seeds) {
      const a = ratingsFor(seed, 25, 2);
      const b = ratingsFor(seed * 3 + 5, 25, 2);
      const unweighted = cohensKappa(a, b, nominal(2)).kappa ?? Number.NaN;
      expect(cohensKappa(a, b, { points: 2, ordinal: true, weighting: 'linear' }).kappa).toBeCloseTo(unweighted, 12);
      expect(cohensKappa(a, b, { points: 2, ordinal: true, weighting: 'quadratic' }).kappa).toBeCloseTo(unweighted, 12);
    }
  });

  it('gives partial credit for near misses on ordinal scales only', () => {
    // Every disagreement is one step: weighted agreement is higher than exact agreement.
    const a = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4];
    const b = [0, 1, 2, 3, 4, 1, 2, 3, 4, 3];
    const plain = cohensKappa(a, b, nominal(5));
    const weighted = cohensKappa(a, b, { points: 5, ordinal: true });
    expect(plain.observed).toBeCloseTo(plain.exact, 12);
    expect(weighted.observed).toBeGreaterThan(weighted.exact);
    expect(weighted.kappa ?? 0).toBeGreaterThan(plain.kappa ?? 0);
  });
});

describe('pairwiseKappa (Light 1971)', () => {
  it('is the mean of the pairwise Cohen kappas', () => {
    const options: AgreementOptions = { points: 5, ordinal: true, weighting: 'quadratic' };
    const r1 = ratingsFor(3, 20, 5);
    const r2 = r1.map((v, i) => (i % 4 === 0 ? (v + 1) % 5 : v));
    const r3 = r1.map((v, i) => (i % 3 === 0 ? Math.max(0, v - 1) : v));
    const pairs = [cohensKappa(r1, r2, options), cohensKappa(r1, r3, options), cohensKappa(r2, r3, options)];
    const mean = pairs.reduce((sum, p) => sum + (p.kappa ?? 0), 0) / 3;

    const result = pairwiseKappa([r1, r2, r3], options);
    expect(result.pairs).toBe(3);
    expect(result.items).toBe(20);
    expect(result.compared).toBe(60);
    expect(result.kappa).toBeCloseTo(mean, 12);
  });

  it('matches a hand-computed value for three reviewers on a binary scale', () => {
    // A–B: identical → 1; A–C and B–C: the chance-level table above → 0; Light's κ = 1/3.
    const result = pairwiseKappa(
      [
        [0, 0, 1, 1],
        [0, 0, 1, 1],
        [0, 1, 0, 1],
      ],
      nominal(2),
    );
    expect(result.kappa).toBeCloseTo(1 / 3, 12);
  });

  it('equals Cohen kappa for two reviewers', () => {
    const [a, b] = fromTable(sasTable());
    expect(pairwiseKappa([a, b], nominal(3)).kappa).toBeCloseTo(0.4842, 4);
  });

  it('leaves pairs with undefined kappa out of the mean', () => {
    const result = pairwiseKappa(
      [
        [1, 1, 1, 'na'],
        [1, 1, 1, 'na'],
        ['na', 'na', 'na', 0],
      ],
      nominal(2),
    );
    expect(result.pairs).toBe(0);
    expect(result.kappa).toBeNull();
  });

  it('refuses fewer than two reviewers and ragged rows', () => {
    expect(() => pairwiseKappa([[0, 1]], nominal(2))).toThrow(/at least 2 reviewers/);
    expect(() =>
      pairwiseKappa(
        [
          [0, 1],
          [0, 1, 1],
        ],
        nominal(2),
      ),
    ).toThrow(/Reviewer 1 rated 3 items, reviewer 0 rated 2/);
    expect(() =>
      pairwiseKappa(
        [
          [0, 1],
          [0, 5],
        ],
        nominal(2),
      ),
    ).toThrow(/item 1 by reviewer 1/);
  });
});

function sasTable(): number[][] {
  return [
    [0, 4, 1],
    [0, 8, 0],
    [0, 1, 5],
  ];
}
