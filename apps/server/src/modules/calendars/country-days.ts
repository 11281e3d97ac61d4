import type { BusinessHours } from '@sincere/contracts';
import { calendarEntries, type AccountCalendarEntry } from './country-calendar';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_CACHED = 256;

/** A country's days off and worked weekend days, by local day number (days since 1970-01-01), read a year at a time. */
export interface CountryDays {
  kindOf(localDay: number): 'off' | 'working' | null;
}

const cached = new Map<string, CountryDays>();

/**
 * For business hours that follow a country: its public holidays and Sincere's overlay (cuti bersama, Russian
 * transfers), with the account's own changes, close a day; a transfer's working_day opens a weekend day. Quiet
 * periods and observances close nothing. Years are computed on first use and kept: a few dozen dates each.
 */
export function countryDays(country: string, own: readonly AccountCalendarEntry[] = []): CountryDays {
  const key = `${country}|${fingerprintOf(own)}`;
  let days = cached.get(key);
  if (!days) {
    const years = new Map<number, Map<number, 'off' | 'working'>>();
    const yearOf = (year: number) => {
      let kinds = years.get(year);
      if (!kinds) {
        kinds = new Map();
        for (const entry of calendarEntries(country, year, own)) {
          if (entry.kind !== 'holiday' && entry.kind !== 'working_day') continue;
          const kind = entry.kind === 'holiday' ? 'off' : 'working';
          for (let day = dayOf(entry.startsOn); day <= dayOf(entry.endsOn); day++) kinds.set(day, kind);
        }
        years.set(year, kinds);
      }
      return kinds;
    };
    days = { kindOf: (localDay) => yearOf(new Date(localDay * DAY_MS).getUTCFullYear()).get(localDay) ?? null };
    if (cached.size >= MAX_CACHED) cached.clear();
    cached.set(key, days);
  }
  return days;
}

/**
 * Business hours carry no account, so the account's own calendar days travel beside them: `withOwnDays` makes
 * a copy of the hours that the SLA clock reads them from (one copy per hours and days, so compiled schedules
 * are reused).
 */
const ownDays = new WeakMap<BusinessHours, readonly AccountCalendarEntry[]>();
const copies = new Map<string, BusinessHours>();

export function withOwnDays(hours: BusinessHours, own: readonly AccountCalendarEntry[]): BusinessHours {
  if (own.length === 0 || !hours.holidayCountry) return hours;
  const key = `${JSON.stringify(hours)}|${fingerprintOf(own)}`;
  let copy = copies.get(key);
  if (!copy) {
    copy = { ...hours };
    ownDays.set(copy, own);
    if (copies.size >= MAX_CACHED) copies.clear();
    copies.set(key, copy);
  }
  return copy;
}

export const ownDaysOf = (hours: BusinessHours): readonly AccountCalendarEntry[] => ownDays.get(hours) ?? [];

function fingerprintOf(own: readonly AccountCalendarEntry[]): string {
  return own
    .map(
      (entry) => `${entry.id}:${entry.startsOn}:${entry.endsOn}:${entry.kind}:${entry.replaces ?? ''}:${entry.removed}`,
    )
    .join(',');
}

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}
