import type { CalendarEntry } from '@sincere/contracts';

/*
 * Calendar days are local dates written as ISO strings ('2026-03-20'): they compare as strings, and arithmetic
 * goes through UTC midnight so no time zone or daylight saving change can move a day.
 */

const DAY_MS = 86_400_000;

const utcOf = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

export const isoDateOf = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  return isoDateOf(utcOf(isoDate) + days * DAY_MS);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(isoDate: string): number {
  return new Date(utcOf(isoDate)).getUTCDay() || 7;
}

export function covers(entry: Pick<CalendarEntry, 'startsOn' | 'endsOn'>, isoDate: string): boolean {
  return entry.startsOn <= isoDate && isoDate <= entry.endsOn;
}

export function overlaps(entry: Pick<CalendarEntry, 'startsOn' | 'endsOn'>, from: string, to: string): boolean {
  return entry.startsOn <= to && entry.endsOn >= from;
}

export const overlapsYear = (entry: Pick<CalendarEntry, 'startsOn' | 'endsOn'>, year: number): boolean =>
  overlaps(entry, `${year}-01-01`, `${year}-12-31`);
