import { describe, expect, it } from 'vitest';
import { BusinessHours } from '@sincere/contracts';
import { withOwnDays } from '../calendars/country-days';
import type { AccountCalendarEntry } from '../calendars/country-calendar';
import { businessMillisBetween, isOpenAt, nextOpening } from './business-hours';

const HOUR = 3_600_000;
const day = [{ start: '09:00', end: '18:00' }];
const weekdays = { monday: day, tuesday: day, wednesday: day, thursday: day, friday: day };

const moscow = BusinessHours.parse({ timeZone: 'Europe/Moscow', weekly: weekdays, holidayCountry: 'RU' });
const jakarta = BusinessHours.parse({ timeZone: 'Asia/Jakarta', weekly: weekdays, holidayCountry: 'ID' });
const noCountry = BusinessHours.parse({ timeZone: 'Europe/Moscow', weekly: weekdays });

describe('business hours that follow a country’s public holidays', () => {
  it('stay closed over the Russian New Year holidays and open on the first working day after', () => {
    // Tuesday 5 January 2027, noon in Moscow: 1–8 January are off by law, then a weekend.
    const holiday = new Date('2027-01-05T09:00:00Z');
    expect(nextOpening(moscow, holiday).toISOString()).toBe('2027-01-11T06:00:00.000Z');
    expect(businessMillisBetween(moscow, holiday, new Date('2027-01-11T08:00:00Z'))).toBe(2 * HOUR);
    // Without the country, 4 January 2027 (a Monday) is a working day.
    expect(isOpenAt(noCountry, new Date('2027-01-04T07:00:00Z'))).toBe(true);
    expect(isOpenAt(moscow, new Date('2027-01-04T07:00:00Z'))).toBe(false);
  });

  it('close on Indonesia’s Independence Day and open the day after', () => {
    // Monday 17 August 2026 is Hari Kemerdekaan.
    expect(isOpenAt(jakarta, new Date('2026-08-17T03:00:00Z'))).toBe(false);
    expect(isOpenAt(jakarta, new Date('2026-08-18T03:00:00Z'))).toBe(true);
  });

  it('follow the account’s own calendar: a day it adds closes, a shipped holiday it hides opens', () => {
    const own = (change: Partial<AccountCalendarEntry>): AccountCalendarEntry => ({
      id: change.id ?? 'own-1',
      key: `account-${change.id ?? 'own-1'}`,
      country: 'ID',
      startsOn: '2026-08-18',
      endsOn: '2026-08-18',
      kind: 'holiday',
      name: 'Company retreat',
      approximate: false,
      source: 'account',
      replaces: null,
      removed: false,
      ...change,
    });
    const independence = 'dh-ID-2026-08-17-independence-day';
    const retreat = withOwnDays(jakarta, [own({})]);
    expect(isOpenAt(retreat, new Date('2026-08-18T03:00:00Z'))).toBe(false);
    expect(isOpenAt(jakarta, new Date('2026-08-18T03:00:00Z'))).toBe(true);
    const hidden = withOwnDays(jakarta, [
      own({ id: 'own-2', startsOn: '2026-08-17', endsOn: '2026-08-17', replaces: independence, removed: true }),
    ]);
    expect(isOpenAt(hidden, new Date('2026-08-17T03:00:00Z'))).toBe(true);
  });

  it('read an SLA policy stored before the field existed as following no country', () => {
    const stored = BusinessHours.parse({ timeZone: 'UTC', weekly: weekdays, holidays: [], alwaysOpen: false });
    expect(stored.holidayCountry).toBeNull();
  });
});
