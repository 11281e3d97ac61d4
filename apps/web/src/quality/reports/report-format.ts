import { SCALE_POINTS, type ScaleKind, type ScorecardEntry } from '@sincere/contracts';
import { parsePointDescriptions } from '../point-descriptions';

/** A 0–100 score as people read it: whole points in charts, one decimal for the big numbers. */
export function formatScore(value: number | null, locale: string, digits: 0 | 1 = 0): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** κ runs from −1 to 1; two decimals is how agreement studies report it. */
export function formatKappa(value: number | null, locale: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A share 0–1 as a whole percentage. */
export function formatShare(value: number | null, locale: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A week by its Monday, "3 Mar"; the date is a calendar day, so it is read in UTC, not shifted by the viewer's zone. */
export function weekLabel(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The scorecard whose names the reports use: the one in use, else any current one. */
export function scorecardInUse(scorecards: readonly ScorecardEntry[]): ScorecardEntry | null {
  return (
    scorecards.find((card) => card.isDefault && card.current) ??
    scorecards.find((card) => card.current) ??
    scorecards[0] ??
    null
  );
}

type Locale = 'en' | 'ru';
export const uiLocale = (language: string): Locale => (language.startsWith('ru') ? 'ru' : 'en');

/**
 * Category key → name in the UI language. Figures can name categories a later version dropped, so every
 * scorecard is read, the one in use last so its names win; a key no scorecard knows is shown as it is.
 */
export function categoryNames(scorecards: readonly ScorecardEntry[], language: string): Map<string, string> {
  const locale = uiLocale(language);
  const inUse = scorecardInUse(scorecards);
  const names = new Map<string, string>();
  for (const card of [...scorecards.filter((card) => card !== inUse), ...(inUse ? [inUse] : [])]) {
    for (const category of card.categories) names.set(category.key, category.name[locale]);
  }
  return names;
}

export const nameOf = (names: ReadonlyMap<string, string>, key: string) => names.get(key) ?? key;

/**
 * What the top point of a scale means, from a description written "0: … 1: … 2: …" (as the default scorecard's
 * are; the scoring screen reads them the same way). A description not written that way is returned whole:
 * it still says what good looks like.
 */
export function topPointText(description: string, scale: ScaleKind): string {
  const points = SCALE_POINTS[scale];
  return parsePointDescriptions(description, points).points[points - 1] ?? description.trim();
}

/** Calibration progress as a share for a progress bar: reviews in over reviews expected. */
export function progressShare(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(1, Math.max(0, done / total));
}
