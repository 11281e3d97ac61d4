import { createRequire } from 'node:module';
import type { CalendarEntry, CalendarEntryKind } from '@sincere/contracts';
import type Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { addDays } from './local-date';

/*
 * Public holidays come from the date-holidays project, whose data is licensed CC-BY-3.0: wherever they are shown,
 * HOLIDAY_ATTRIBUTION must be shown with them.
 */
export const HOLIDAY_ATTRIBUTION =
  'Public holidays: date-holidays project (https://github.com/commenthol/date-holidays), ' +
  'data licensed under CC BY 3.0 (https://creativecommons.org/licenses/by/3.0/).';

/*
 * What date-holidays calls its types, and what they are to us: 'public' is a day off by law (a holiday that
 * closes business hours); 'bank' (banks close: Brazil's Carnival), 'optional' (many take it off: Christmas Eve)
 * and 'observance' (Mother's Day, New Year's Eve) are worth knowing but open for business. School holidays are
 * not ours to show.
 */
const KIND_OF_TYPE: Readonly<Record<HolidaysTypes.HolidayType, CalendarEntryKind | null>> = {
  public: 'holiday',
  bank: 'observance',
  optional: 'observance',
  observance: 'observance',
  school: null,
};

/** Rules in the Islamic calendar: date-holidays computes them, the official date can differ by a day. */
const ISLAMIC_RULE = /\b(Muharram|Safar|Rabi|Jumada|Rajab|Shaban|Ramadan|Shawwal|Dhu al-)/u;

/*
 * date-holidays holds every country's rules: ~23 MiB and a quarter of a second, loaded the first time a
 * calendar is asked for (few requests do). Required, not imported, so asking stays synchronous.
 */
const require = createRequire(import.meta.url);
let HolidaysClass: typeof Holidays | null = null;
const holidaysClass = (): typeof Holidays => (HolidaysClass ??= require('date-holidays') as typeof Holidays);
let knownCountries: Readonly<Record<string, string>> | null = null;

/** One Holidays instance per country; null for a code date-holidays does not know. */
const calendars = new Map<string, Holidays | null>();

function calendarOf(code: string): Holidays | null {
  let calendar = calendars.get(code);
  if (calendar === undefined) {
    const Calendar = holidaysClass();
    knownCountries ??= new Calendar().getCountries('en');
    // An unknown country has no holidays rather than failing whoever asked.
    calendar = /^[A-Z]{2}$/u.test(code) && code in knownCountries ? new Calendar(code) : null;
    calendars.set(code, calendar);
  }
  return calendar;
}

/** "End of Ramadan (Eid al-Fitr)" → "end-of-ramadan-eid-al-fitr", "New Year's Day" → "new-years-day". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

const HOUR_MS = 3_600_000;

/**
 * The entry for one holiday. A holiday's `date` is its local day; how many days it lasts comes from its span in
 * whole days, rounded down: Turkey's Eid al-Fitr starts the afternoon before (arife) and lasts 90 hours, which
 * is three days off, not four.
 */
function entryOf(code: string, holiday: HolidaysTypes.Holiday, kind: CalendarEntryKind): CalendarEntry {
  const startsOn = holiday.date.slice(0, 10);
  const hours = (holiday.end.getTime() - holiday.start.getTime()) / HOUR_MS;
  // An hour and a half of slack for a daylight saving change inside a long holiday.
  const days = Math.max(1, Math.floor((hours + 1.5) / 24));
  const key = `dh-${code}-${startsOn}-${slugOf(holiday.name)}`.slice(0, 100).replace(/-$/u, '');
  return {
    key,
    country: code,
    startsOn,
    endsOn: addDays(startsOn, days - 1),
    kind,
    name: holiday.name.slice(0, 120),
    approximate: ISLAMIC_RULE.test(holiday.rule),
    source: 'date-holidays',
  };
}

/**
 * A country's public holidays (and bank holidays and observances, as observances) in a year, named in English,
 * as date-holidays has them. Computed once per country and year by the caller's cache.
 */
export function publicHolidayEntries(country: string, year: number): CalendarEntry[] {
  const code = country.trim().toUpperCase();
  const calendar = calendarOf(code);
  if (!calendar) return [];
  const entries = new Map<string, CalendarEntry>();
  for (const holiday of calendar.getHolidays(year, 'en')) {
    const kind = KIND_OF_TYPE[holiday.type];
    if (!kind) continue;
    const entry = entryOf(code, holiday, kind);
    if (!entries.has(entry.key)) entries.set(entry.key, entry);
  }
  return [...entries.values()];
}
