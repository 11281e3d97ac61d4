import { calendarEntries } from './country-calendar';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A country's days off and worked weekend days, by local day number (days since 1970-01-01), read a year at a time. */
export interface CountryDays {
  kindOf(localDay: number): 'off' | 'working' | null;
}

const byCountry = new Map<string, CountryDays>();

/**
 * For business hours that follow a country: its public holidays and Sincere's overlay (cuti bersama, Russian
 * transfers) close a day; a transfer's working_day opens a weekend day. Quiet periods and observances do not
 * close anything. Years are computed on first use and kept: a few dozen dates each.
 */
export function countryDays(country: string): CountryDays {
  let days = byCountry.get(country);
  if (!days) {
    const years = new Map<number, Map<number, 'off' | 'working'>>();
    const yearOf = (year: number) => {
      let kinds = years.get(year);
      if (!kinds) {
        kinds = new Map();
        for (const entry of calendarEntries(country, year)) {
          if (entry.kind !== 'holiday' && entry.kind !== 'working_day') continue;
          const kind = entry.kind === 'holiday' ? 'off' : 'working';
          for (let day = dayOf(entry.startsOn); day <= dayOf(entry.endsOn); day++) kinds.set(day, kind);
        }
        years.set(year, kinds);
      }
      return kinds;
    };
    days = {
      kindOf: (localDay) => yearOf(new Date(localDay * DAY_MS).getUTCFullYear()).get(localDay) ?? null,
    };
    byCountry.set(country, days);
  }
  return days;
}

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}
