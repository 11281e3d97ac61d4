import type { CalendarEntry, CalendarEntryKind } from '@sincere/contracts';
import { overlapsYear } from '../local-date';

/** Days a decree sets, inclusive; `to` only for a run of several days. */
export interface DecreedDays {
  from: string;
  to?: string;
  name: string;
}

/** One year's decree: days off, and weekend days worked in exchange. */
export interface DecreedYear {
  year: number;
  holidays: readonly DecreedDays[];
  workingDays: readonly DecreedDays[];
}

/** A country's decreed days overlapping a year, as shipped calendar entries (source 'sincere'). */
export function decreedEntries(
  country: string,
  year: number,
  decrees: readonly DecreedYear[],
  keyOf: (kind: CalendarEntryKind, from: string) => string,
): CalendarEntry[] {
  const entryOf =
    (kind: CalendarEntryKind) =>
    (days: DecreedDays): CalendarEntry => ({
      key: keyOf(kind, days.from),
      country,
      startsOn: days.from,
      endsOn: days.to ?? days.from,
      kind,
      name: days.name,
      approximate: false,
      source: 'sincere',
    });
  // A decree's days may fall in the next year (Russia moves a January day off to 31 December of the same year).
  return decrees
    .flatMap((decree) => [
      ...decree.holidays.map(entryOf('holiday')),
      ...decree.workingDays.map(entryOf('working_day')),
    ])
    .filter((entry) => overlapsYear(entry, year));
}
