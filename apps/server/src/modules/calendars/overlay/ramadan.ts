import type { CalendarEntry } from '@sincere/contracts';
import { addDays, isoDateOf, overlapsYear } from '../local-date';

/*
 * Countries where more than half the people are Muslim (national censuses, else Pew Research Center estimates):
 * Ramadan is a quiet period there and both Eids are occasions. Left out on purpose: Nigeria and Eritrea (about
 * half, contested), Ethiopia, India, Russia (large Muslim minorities, not majorities); an account adds Ramadan
 * for its own customers there. Albania, Bosnia and Kazakhstan are in by census, though fewer fast there. Kosovo
 * uses 'XK', the code the EU and most software use while ISO has none. Lebanon has had no census since 1932;
 * every estimate puts Muslims above half.
 */
export const MUSLIM_MAJORITY_COUNTRIES: readonly string[] = [
  // Arabian peninsula, the Levant, Iraq and Iran
  'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'IQ', 'IR', 'JO', 'SY', 'PS', 'LB',
  // North Africa and the Sahel
  'EG', 'LY', 'TN', 'DZ', 'MA', 'MR', 'SD', 'ML', 'NE', 'TD', 'BF', 'SN', 'GM', 'GN', 'SL',
  // Horn of Africa and the Indian Ocean
  'SO', 'DJ', 'KM', 'MV',
  // Turkey, the Caucasus and Central Asia
  'TR', 'AZ', 'KZ', 'UZ', 'TJ', 'TM', 'KG', 'AF',
  // South and South-East Asia
  'PK', 'BD', 'ID', 'MY', 'BN',
  // Europe
  'AL', 'BA', 'XK',
]; // prettier-ignore

const MUSLIM_MAJORITY = new Set(MUSLIM_MAJORITY_COUNTRIES);

type IslamicOccasion = 'ramadan' | 'eid-al-fitr' | 'eid-al-adha';

interface IslamicPeriod {
  occasion: IslamicOccasion;
  hijriYear: number;
  startsOn: string;
  endsOn: string;
}

const NAMES: Readonly<Record<IslamicOccasion, string>> = {
  ramadan: 'Ramadan',
  'eid-al-fitr': 'Eid al-Fitr',
  'eid-al-adha': 'Eid al-Adha',
};

/*
 * The Umm al-Qura calendar, named explicitly ('ar-SA' alone formats Gregorian dates). A Hijri day starts at the
 * sunset before the Gregorian day it is given here; official dates follow moon sighting and may differ by a
 * day, hence approximate.
 */
let hijri: Intl.DateTimeFormat | null = null;
const hijriFormat = () =>
  (hijri ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }));

function hijriDateOf(utcMs: number): { year: number; month: number; day: number } {
  const parts = hijriFormat().formatToParts(utcMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const DAY_MS = 86_400_000;
/** Further than Ramadan lasts, so a Ramadan crossing New Year is found whole from either year. */
const MARGIN_DAYS = 35;
const periodsByYear = new Map<number, readonly IslamicPeriod[]>();

/**
 * Ramadan (the days of month 9) and both Eids overlapping a Gregorian year, found day by day. A year can hold two
 * Ramadans (2030: 5 January → 3 February and from 26 December) or one begun the year before.
 */
export function islamicPeriodsOf(year: number): readonly IslamicPeriod[] {
  const known = periodsByYear.get(year);
  if (known) return known;
  // Without ICU's Islamic calendars (a small-icu build) there is nothing to compute, rather than wrong dates.
  if (hijriFormat().resolvedOptions().calendar !== 'islamic-umalqura') return [];
  const periods: IslamicPeriod[] = [];
  let ramadan: IslamicPeriod | null = null;
  const last = Date.UTC(year, 11, 31) + MARGIN_DAYS * DAY_MS;
  for (let day = Date.UTC(year, 0, 1) - MARGIN_DAYS * DAY_MS; day <= last; day += DAY_MS) {
    const date = hijriDateOf(day);
    const iso = isoDateOf(day);
    if (date.month === 9) {
      if (ramadan) ramadan.endsOn = iso;
      else ramadan = { occasion: 'ramadan', hijriYear: date.year, startsOn: iso, endsOn: iso };
      continue;
    }
    if (ramadan) periods.push(ramadan);
    ramadan = null;
    // Eid al-Fitr is 1–3 Shawwal; Eid al-Adha starts on 10 Dhu al-Hijjah, and we count its first three days.
    if (date.month === 10 && date.day === 1)
      periods.push({ occasion: 'eid-al-fitr', hijriYear: date.year, startsOn: iso, endsOn: addDays(iso, 2) });
    if (date.month === 12 && date.day === 10)
      periods.push({ occasion: 'eid-al-adha', hijriYear: date.year, startsOn: iso, endsOn: addDays(iso, 2) });
  }
  if (ramadan) periods.push(ramadan);
  const inYear = periods.filter((period) => overlapsYear(period, year));
  // Bounded: a request may ask for any year.
  if (periodsByYear.size >= 256) periodsByYear.clear();
  periodsByYear.set(year, inYear);
  return inYear;
}

/**
 * Ramadan as a quiet period and both Eids as observances, computed, for a Muslim-majority country; nothing for
 * another. Where date-holidays has an Eid the calendar keeps its holiday instead (see country-calendar).
 */
export function islamicOverlayEntries(country: string, year: number): CalendarEntry[] {
  const code = country.trim().toUpperCase();
  if (!MUSLIM_MAJORITY.has(code)) return [];
  return islamicPeriodsOf(year).map((period) => ({
    key: `${period.occasion}-${period.hijriYear}-${code}`,
    country: code,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    kind: period.occasion === 'ramadan' ? 'quiet' : 'observance',
    name: NAMES[period.occasion],
    approximate: true,
    source: 'computed',
  }));
}
