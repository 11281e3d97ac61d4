import { SCALE_POINTS, type CategoryRating, type ScorecardCategory, type UiLocale } from '@sincere/contracts';
import { isUiLocale } from '../i18n/locale';
import { parsePointDescriptions } from './point-descriptions';

/** Scorecard texts come in the UI languages; anything else reads English. */
export function textLocale(language: string): UiLocale {
  return isUiLocale(language) ? language : 'en';
}

/** Category keys are stable; a key missing from the scorecard version (renamed later) reads as itself. */
export function categoryName(categories: readonly ScorecardCategory[], key: string, locale: UiLocale): string {
  return categories.find((category) => category.key === key)?.name[locale] ?? key;
}

/** "2 — a greeting with the name…" when the description says what the point means, else just "2". */
export function ratingText(
  category: ScorecardCategory | undefined,
  value: CategoryRating['value'],
  locale: UiLocale,
  naLabel: string,
): string {
  if (value === 'na') return naLabel;
  if (!category) return String(value);
  const meaning = parsePointDescriptions(category.description[locale], SCALE_POINTS[category.scale]).points[value];
  return meaning ? `${value} — ${meaning}` : String(value);
}

/** "2 / 3": the point against the top of its scale, for a quick read. */
export function outOf(
  category: ScorecardCategory | undefined,
  value: CategoryRating['value'],
  naLabel: string,
): string {
  if (value === 'na') return naLabel;
  return category ? `${value} / ${SCALE_POINTS[category.scale] - 1}` : String(value);
}
