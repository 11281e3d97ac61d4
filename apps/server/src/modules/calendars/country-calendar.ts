import type { CalendarEntry, CalendarEntryKind } from '@sincere/contracts';
import { addDays, covers, isoWeekday, overlaps, overlapsYear } from './local-date';
import { occasionOf } from './occasions';
import { indonesiaOverlayEntries } from './overlay/indonesia';
import { islamicOverlayEntries } from './overlay/ramadan';
import { russiaOverlayEntries } from './overlay/russia';
import { publicHolidayEntries } from './public-holidays';

/** An account's own entry: with `replaces` it stands in for the shipped entry of that key, with `removed` hides it. */
export interface AccountCalendarEntry extends CalendarEntry {
  id: string;
  replaces: string | null;
  removed: boolean;
}

/** Sincere's own data for a country, beside date-holidays and the computed Islamic calendar. */
const OVERLAYS: Readonly<Record<string, (year: number) => CalendarEntry[]>> = {
  ID: indonesiaOverlayEntries,
  RU: russiaOverlayEntries,
};

const KIND_ORDER: Readonly<Record<CalendarEntryKind, number>> = { holiday: 0, working_day: 1, observance: 2, quiet: 3 };

const byDate = (left: CalendarEntry, right: CalendarEntry): number =>
  left.startsOn.localeCompare(right.startsOn) ||
  left.endsOn.localeCompare(right.endsOn) ||
  KIND_ORDER[left.kind] - KIND_ORDER[right.kind] ||
  left.key.localeCompare(right.key);

const codeOf = (country: string): string => country.trim().toUpperCase();

/**
 * A computed Eid is left out where date-holidays (or our overlay) already has that Eid within a day of it: the
 * country's own date wins, and greets the same (occasions.ts knows it by name).
 */
function alreadyListed(computed: CalendarEntry, listed: readonly CalendarEntry[]): boolean {
  const occasion = occasionOf(computed);
  const from = addDays(computed.startsOn, -1);
  const to = addDays(computed.endsOn, 1);
  return listed.some((entry) => occasionOf(entry) === occasion && overlaps(entry, from, to));
}

const shipped = new Map<string, readonly CalendarEntry[]>();
/** Bounded: a request may ask for any country and year. */
const MAX_SHIPPED_YEARS = 512;

/** What Sincere ships for a country and year: public holidays, the overlay and the computed Islamic calendar. */
function shippedCalendar(code: string, year: number): readonly CalendarEntry[] {
  const cacheKey = `${code}:${year}`;
  const known = shipped.get(cacheKey);
  if (known) return known;
  // A holiday of last year's may run into this one.
  const holidays = [...publicHolidayEntries(code, year - 1), ...publicHolidayEntries(code, year)].filter((entry) =>
    overlapsYear(entry, year),
  );
  const listed = [...holidays, ...(OVERLAYS[code]?.(year) ?? [])];
  const computed = islamicOverlayEntries(code, year).filter(
    (entry) => entry.kind === 'quiet' || !alreadyListed(entry, listed),
  );
  const entries = Object.freeze([...listed, ...computed].map((entry) => Object.freeze(entry)).sort(byDate));
  if (shipped.size >= MAX_SHIPPED_YEARS) shipped.clear();
  shipped.set(cacheKey, entries);
  return entries;
}

/** An account entry as the calendar shows it: the contract's fields only. */
const asEntry = (own: AccountCalendarEntry): CalendarEntry => ({
  key: own.key,
  country: own.country,
  startsOn: own.startsOn,
  endsOn: own.endsOn,
  kind: own.kind,
  name: own.name,
  approximate: own.approximate,
  source: 'account',
});

/**
 * A country's calendar for a year, sorted by date: every entry overlapping the year (a Ramadan begun in December
 * is in both years). The account's entries for that country are applied: one with `replaces` stands in for the
 * shipped entry of that key (shown where its own dates fall), one also `removed` just hides it, one without
 * `replaces` adds a day.
 */
export function calendarEntries(
  country: string,
  year: number,
  accountEntries: readonly AccountCalendarEntry[] = [],
): CalendarEntry[] {
  const code = codeOf(country);
  const own = accountEntries.filter((entry) => codeOf(entry.country) === code);
  const replaced = new Set(own.flatMap((entry) => (entry.replaces === null ? [] : [entry.replaces])));
  const kept = shippedCalendar(code, year).filter((entry) => !replaced.has(entry.key));
  const added = own.filter((entry) => !entry.removed && overlapsYear(entry, year)).map(asEntry);
  return [...kept, ...added].sort(byDate);
}

/*
 * Weekly days off, ISO weekdays (Monday 1 … Sunday 7); Saturday and Sunday where not listed. Friday–Saturday in
 * most of the Arab world and Bangladesh; Friday alone in Iran and Afghanistan (Thursday is a half day or off for
 * some); Friday and Sunday in Brunei; Saturday alone in Nepal. The UAE moved to Saturday–Sunday on 1 January
 * 2022; Saudi Arabia (2013), Oman (2013) and others moved from Thursday–Friday earlier, which is not kept. Some
 * Malaysian states (Kelantan, Terengganu, Kedah) rest Friday–Saturday: the country's default is Saturday–Sunday.
 */
const FRIDAY_SATURDAY = [5, 6] as const;
const WEEKENDS: Readonly<Record<string, readonly number[]>> = {
  SA: FRIDAY_SATURDAY,
  EG: FRIDAY_SATURDAY,
  KW: FRIDAY_SATURDAY,
  QA: FRIDAY_SATURDAY,
  BH: FRIDAY_SATURDAY,
  OM: FRIDAY_SATURDAY,
  JO: FRIDAY_SATURDAY,
  IQ: FRIDAY_SATURDAY,
  YE: FRIDAY_SATURDAY,
  DZ: FRIDAY_SATURDAY,
  LY: FRIDAY_SATURDAY,
  SD: FRIDAY_SATURDAY,
  SY: FRIDAY_SATURDAY,
  BD: FRIDAY_SATURDAY,
  MV: FRIDAY_SATURDAY,
  IL: FRIDAY_SATURDAY,
  IR: [5],
  AF: [5],
  BN: [5, 7],
  NP: [6],
};
const SATURDAY_SUNDAY = [6, 7] as const;
const UAE_SATURDAY_SUNDAY_SINCE = '2022-01-01';

/** The weekly days off (ISO weekdays) of a country on a day. */
export function weekendOf(country: string, isoDate: string): readonly number[] {
  const code = codeOf(country);
  if (code === 'AE') return isoDate < UAE_SATURDAY_SUNDAY_SINCE ? FRIDAY_SATURDAY : SATURDAY_SUNDAY;
  return WEEKENDS[code] ?? SATURDAY_SUNDAY;
}

/**
 * Whether a day is off in a country: a working day entry (a Saturday worked by decree) makes it a working day
 * whatever else; else a holiday entry or the weekend makes it a day off. Entries of other countries are ignored.
 */
export function isDayOff(country: string, isoDate: string, entries: readonly CalendarEntry[]): boolean {
  const code = codeOf(country);
  let holiday = false;
  for (const entry of entries) {
    if (!covers(entry, isoDate) || codeOf(entry.country) !== code) continue;
    if (entry.kind === 'working_day') return false;
    if (entry.kind === 'holiday') holiday = true;
  }
  return holiday || weekendOf(code, isoDate).includes(isoWeekday(isoDate));
}

/** The quiet period (Ramadan…) a day falls in, the earliest begun when several do; null for none. */
export function quietPeriodOn(entries: readonly CalendarEntry[], isoDate: string): CalendarEntry | null {
  return (
    entries
      .filter((entry) => entry.kind === 'quiet' && covers(entry, isoDate))
      .sort(byDate)
      .at(0) ?? null
  );
}

/** The first day after an entry: when a proactive message held for a quiet period may go. */
export function firstDayAfter(entry: Pick<CalendarEntry, 'endsOn'>): string {
  return addDays(entry.endsOn, 1);
}
