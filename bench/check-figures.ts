import type { CheckFigures } from '../apps/server/src/modules/language/labelled-set';
import type { Measurement } from './report';

export const percent = (value: number) => value * 100;

/** Precision and recall of each group with replies in it, as detail rows of a benchmark. */
export function figureRows(name: string, figures: Record<string, CheckFigures>): Measurement[] {
  return Object.entries(figures)
    .filter(([, f]) => f.replies > 0)
    .flatMap(([key, f]): Measurement[] => [
      { label: `${name} precision, ${key}`, unit: '%', kind: 'detail', samples: [percent(f.precision)] },
      { label: `${name} recall, ${key}`, unit: '%', kind: 'detail', samples: [percent(f.recall)] },
    ]);
}

/** The counts behind each group's figures, for the results file. */
export function breakdownOf(
  name: string,
  groups: Record<string, CheckFigures>,
): Record<string, Record<string, number>> {
  const breakdown: Record<string, Record<string, number>> = {};
  for (const [key, f] of Object.entries(groups)) {
    if (f.replies === 0) continue;
    breakdown[`${name} ${key}`] = {
      replies: f.replies,
      labelled: f.labelled,
      truePositives: f.truePositives,
      falsePositives: f.falsePositives,
      precision: percent(f.precision),
      recall: percent(f.recall),
    };
  }
  return breakdown;
}
