/**
 * Agreement between QA reviewers in calibration sessions (docs: metrics.md, "Quality review (QA) scorecards").
 *
 * Cohen's kappa (1960) for nominal and binary scales; weighted kappa (Cohen 1968) for ordinal scales, with
 * agreement weights 1 − |i−j|/(k−1) (linear, the SAS "Cicchetti–Allison" weights) or 1 − (i−j)²/(k−1)²
 * (quadratic, "Fleiss–Cohen"). Several reviewers: Light's kappa (Light 1971), the mean of the pairwise kappas.
 */

/** A rating on a category: a scale point (0-based index into the scale's points), or 'na' (not applicable). */
export type Rating = number | 'na';

export type KappaWeighting = 'linear' | 'quadratic';

export interface AgreementOptions {
  /** Number of points on the scale: 2 for binary, 3–5 for the ordinal scales a scorecard offers. */
  points: number;
  /** Ordinal scales get partial credit for near misses (weighted kappa); nominal ones do not. */
  ordinal: boolean;
  /**
   * Only read when `ordinal`. Defaults to 'linear': a category score is linear in the scale point
   * ((rating − min) ÷ (max − min)), so a two-step disagreement moves a review score exactly twice as much as a
   * one-step one, and linear weights charge it exactly twice as much.
   */
  weighting?: KappaWeighting;
}

export interface Agreement {
  /** Items given (length of each rating list). */
  items: number;
  /** Items compared: those where neither reviewer said 'na'. */
  compared: number;
  /** Proportion of identical ratings among compared items, 0–1. */
  exact: number;
  /** Observed agreement p_o, 0–1; weighted (partial credit) on ordinal scales. */
  observed: number;
  /** Agreement expected by chance p_e from the two reviewers' marginals, 0–1; weighted like `observed`. */
  expected: number;
  /** (p_o − p_e) ÷ (1 − p_e); null when undefined: nothing compared, or chance agreement is already 1. */
  kappa: number | null;
}

export interface GroupAgreement extends Agreement {
  /** Reviewer pairs whose kappa was defined and went into the mean. */
  pairs: number;
}

// p_e within this of 1 means every compared rating sat in one category for both reviewers: kappa is 0/0.
const EPSILON = 1e-12;

/**
 * Kappa between two reviewers who rated the same items in the same order. An item is dropped when either reviewer
 * said 'na': whether a category applies is a separate question from how well it was done.
 */
export function cohensKappa(a: readonly Rating[], b: readonly Rating[], options: AgreementOptions): Agreement {
  checkOptions(options);
  if (a.length !== b.length) {
    throw new RangeError(`Reviewers rated different numbers of items: ${a.length} and ${b.length}`);
  }
  checkRatings(a, options.points, 'first reviewer');
  checkRatings(b, options.points, 'second reviewer');
  return agreementOf(a, b, options);
}

/**
 * Light's kappa: the mean of Cohen's kappa over every pair of reviewers. `ratings` has one row per reviewer and
 * one column per item. Pairs with undefined kappa are left out of the mean; `observed`, `expected` and `exact`
 * are means over pairs that compared at least one item, `compared` the sum of items compared over all pairs.
 */
export function pairwiseKappa(ratings: readonly (readonly Rating[])[], options: AgreementOptions): GroupAgreement {
  checkOptions(options);
  if (ratings.length < 2) {
    throw new RangeError(`Agreement needs at least 2 reviewers, got ${ratings.length}`);
  }
  const items = ratings[0]?.length ?? 0;
  ratings.forEach((row, reviewer) => {
    if (row.length !== items) {
      throw new RangeError(`Reviewer ${reviewer} rated ${row.length} items, reviewer 0 rated ${items}`);
    }
    checkRatings(row, options.points, `reviewer ${reviewer}`);
  });

  let compared = 0;
  let withItems = 0;
  let exact = 0;
  let observed = 0;
  let expected = 0;
  let pairs = 0;
  let kappaSum = 0;
  for (let r = 0; r < ratings.length; r++) {
    for (let s = r + 1; s < ratings.length; s++) {
      const pair = agreementOf(ratings[r] ?? [], ratings[s] ?? [], options);
      compared += pair.compared;
      if (pair.compared > 0) {
        withItems++;
        exact += pair.exact;
        observed += pair.observed;
        expected += pair.expected;
      }
      if (pair.kappa !== null) {
        pairs++;
        kappaSum += pair.kappa;
      }
    }
  }
  return {
    items,
    compared,
    exact: withItems > 0 ? exact / withItems : 0,
    observed: withItems > 0 ? observed / withItems : 0,
    expected: withItems > 0 ? expected / withItems : 0,
    kappa: pairs > 0 ? kappaSum / pairs : null,
    pairs,
  };
}

function agreementOf(a: readonly Rating[], b: readonly Rating[], options: AgreementOptions): Agreement {
  const k = options.points;
  const weight = weightFunction(options);
  const rowTotals = new Array<number>(k).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  let compared = 0;
  let identical = 0;
  let observedSum = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || x === 'na' || y === 'na') continue;
    compared++;
    if (x === y) identical++;
    observedSum += weight(x, y);
    rowTotals[x] = (rowTotals[x] ?? 0) + 1;
    columnTotals[y] = (columnTotals[y] ?? 0) + 1;
  }
  if (compared === 0) {
    return { items: a.length, compared, exact: 0, observed: 0, expected: 0, kappa: null };
  }

  let expectedSum = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      expectedSum += weight(i, j) * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0);
    }
  }
  const observed = observedSum / compared;
  const expected = expectedSum / (compared * compared);
  const kappa = 1 - expected < EPSILON ? null : (observed - expected) / (1 - expected);
  return { items: a.length, compared, exact: identical / compared, observed, expected, kappa };
}

/** Agreement weight of a (first, second) rating pair: 1 on the diagonal, 0 for the farthest disagreement. */
function weightFunction(options: AgreementOptions): (i: number, j: number) => number {
  const span = options.points - 1;
  if (!options.ordinal) return (i, j) => (i === j ? 1 : 0);
  if ((options.weighting ?? 'linear') === 'linear') return (i, j) => 1 - Math.abs(i - j) / span;
  return (i, j) => 1 - ((i - j) / span) ** 2;
}

function checkOptions(options: AgreementOptions): void {
  if (!Number.isInteger(options.points) || options.points < 2) {
    throw new RangeError(`A scale needs an integer number of points, at least 2; got ${options.points}`);
  }
}

function checkRatings(ratings: readonly Rating[], points: number, who: string): void {
  ratings.forEach((rating, item) => {
    if (rating === 'na') return;
    if (!Number.isInteger(rating) || rating < 0 || rating >= points) {
      throw new RangeError(
        `Rating ${rating} of item ${item} by ${who} is outside the ${points}-point scale (0–${points - 1})`,
      );
    }
  });
}
