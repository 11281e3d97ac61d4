/** A target as the form holds it: whole hours and minutes, as typed. */
export interface DurationDraft {
  hours: string;
  minutes: string;
}

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** Stored minutes → the two fields; no target leaves both empty. */
export function draftOfMinutes(total: number | undefined): DurationDraft {
  if (total === undefined) return { hours: '', minutes: '' };
  return { hours: String(Math.floor(total / MINUTES_PER_HOUR)), minutes: String(total % MINUTES_PER_HOUR) };
}

/**
 * The two fields → minutes: undefined when both are empty (no target), null when either is not
 * a whole non-negative number. Minutes above 59 are allowed ("90 min" means what it says).
 */
export function minutesOfDraft(draft: DurationDraft): number | undefined | null {
  const hours = draft.hours.trim();
  const minutes = draft.minutes.trim();
  if (hours === '' && minutes === '') return undefined;
  const whole = (text: string) => (text === '' ? 0 : /^\d+$/.test(text) ? Number(text) : Number.NaN);
  const total = whole(hours) * MINUTES_PER_HOUR + whole(minutes);
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * "1 day 2 hr 30 min" in the UI language, with the units the locale uses; days only from 24 hours
 * on, unless `largest` is 'hour' ("53 hr a week" reads better than "2 days 5 hr a week").
 */
export function formatMinutes(total: number, locale: string, largest: 'day' | 'hour' = 'day'): string {
  const days = largest === 'day' ? Math.floor(total / MINUTES_PER_DAY) : 0;
  const hours = Math.floor((total - days * MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const minutes = total % MINUTES_PER_HOUR;
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts = [
    days > 0 ? unit(days, 'day') : null,
    hours > 0 ? unit(hours, 'hour') : null,
    minutes > 0 || total === 0 ? unit(minutes, 'minute') : null,
  ].filter((part): part is string => part !== null);
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}
