import type { CalendarEntry } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import {
  calendarEntries,
  firstDayAfter,
  isDayOff,
  quietPeriodOn,
  weekendOf,
  type AccountCalendarEntry,
} from './country-calendar';

const dayOff = (country: string, isoDate: string) =>
  isDayOff(country, isoDate, calendarEntries(country, Number(isoDate.slice(0, 4))));

const own = (entry: Partial<AccountCalendarEntry> & Pick<AccountCalendarEntry, 'id'>): AccountCalendarEntry => ({
  key: `account-${entry.id}`,
  country: 'ID',
  startsOn: '2026-07-01',
  endsOn: '2026-07-01',
  kind: 'holiday',
  name: 'Company anniversary',
  approximate: false,
  source: 'account',
  replaces: null,
  removed: false,
  ...entry,
});

describe('calendarEntries', () => {
  it('lists Indonesia’s public holidays, collective leave and Ramadan, sorted by date', () => {
    const entries = calendarEntries('ID', 2026);
    const keys = entries.map((entry) => entry.key);
    expect(keys).toContain('dh-ID-2026-08-17-independence-day');
    expect(keys).toContain('id-cuti-bersama-2026-03-23');
    expect(keys).toContain('ramadan-1447-ID');
    const starts = entries.map((entry) => entry.startsOn);
    expect(starts).toEqual([...starts].sort());
  });

  it('keeps date-holidays’ Eid and leaves out the computed one where the country has it', () => {
    const malaysia = calendarEntries('MY', 2026);
    expect(malaysia.filter((entry) => entry.source === 'computed').map((entry) => entry.key)).toEqual([
      'ramadan-1447-MY',
    ]);
    expect(malaysia.find((entry) => entry.name === 'End of Ramadan (Eid al-Fitr)')?.startsOn).toBe('2026-03-21');
  });

  it('computes the Eids where date-holidays has nothing for the country', () => {
    expect(calendarEntries('JO', 2026).map((entry) => [entry.key, entry.kind, entry.startsOn])).toEqual([
      ['ramadan-1447-JO', 'quiet', '2026-02-18'],
      ['eid-al-fitr-1447-JO', 'observance', '2026-03-20'],
      ['eid-al-adha-1447-JO', 'observance', '2026-05-27'],
    ]);
  });

  it('shows a Ramadan crossing New Year in both years, with the same key', () => {
    const ramadans = (year: number) => calendarEntries('ID', year).filter((entry) => entry.kind === 'quiet');
    expect(ramadans(2030).map((entry) => entry.key)).toEqual(['ramadan-1451-ID', 'ramadan-1452-ID']);
    expect(ramadans(2031)[0]).toEqual(ramadans(2030)[1]);
  });

  it('lets an account entry stand in for a shipped one', () => {
    const moved = own({
      id: 'a1',
      replaces: 'dh-ID-2026-03-20-end-of-ramadan-eid-al-fitr',
      startsOn: '2026-03-21',
      endsOn: '2026-03-22',
      kind: 'holiday',
      name: 'Idul Fitri',
    });
    const entries = calendarEntries('ID', 2026, [moved]);
    expect(entries.map((entry) => entry.key)).not.toContain('dh-ID-2026-03-20-end-of-ramadan-eid-al-fitr');
    expect(entries.find((entry) => entry.key === 'account-a1')).toEqual({
      key: 'account-a1',
      country: 'ID',
      startsOn: '2026-03-21',
      endsOn: '2026-03-22',
      kind: 'holiday',
      name: 'Idul Fitri',
      approximate: false,
      source: 'account',
    });
  });

  it('hides a removed shipped entry and shows nothing in its place', () => {
    const removed = own({ id: 'a2', replaces: 'id-cuti-bersama-2026-12-24', removed: true });
    const entries = calendarEntries('ID', 2026, [removed]);
    expect(entries.map((entry) => entry.key)).not.toContain('id-cuti-bersama-2026-12-24');
    expect(entries.map((entry) => entry.key)).not.toContain('account-a2');
    expect(isDayOff('ID', '2026-12-24', entries)).toBe(false);
  });

  it('adds an account’s own day, in its year only, and ignores another country’s', () => {
    const mine = own({ id: 'a3' });
    const brazilian = own({ id: 'a4', country: 'BR' });
    expect(calendarEntries('ID', 2026, [mine, brazilian]).filter((entry) => entry.source === 'account')).toHaveLength(
      1,
    );
    expect(calendarEntries('ID', 2027, [mine]).filter((entry) => entry.source === 'account')).toEqual([]);
  });

  it('does not let one account’s changes leak into the next call', () => {
    calendarEntries('ID', 2026, [own({ id: 'a5', replaces: 'id-cuti-bersama-2026-12-24', removed: true })]);
    expect(calendarEntries('ID', 2026).map((entry) => entry.key)).toContain('id-cuti-bersama-2026-12-24');
  });
});

describe('isDayOff', () => {
  it('takes Indonesian collective leave off, and the working days around it not', () => {
    expect(dayOff('ID', '2026-03-23')).toBe(true);
    expect(dayOff('ID', '2026-03-25')).toBe(false);
  });

  it('rests Friday and Saturday in Saudi Arabia and Egypt, and works Sunday', () => {
    for (const country of ['SA', 'EG']) {
      expect(dayOff(country, '2026-11-27')).toBe(true);
      expect(dayOff(country, '2026-11-28')).toBe(true);
      expect(dayOff(country, '2026-11-29')).toBe(false);
    }
  });

  it('moved the UAE weekend to Saturday and Sunday in 2022', () => {
    expect(weekendOf('AE', '2021-12-31')).toEqual([5, 6]);
    expect(weekendOf('AE', '2022-01-01')).toEqual([6, 7]);
    expect(dayOff('AE', '2026-11-27')).toBe(false);
    expect(dayOff('AE', '2026-11-29')).toBe(true);
  });

  it('takes the Eid holidays off in Saudi Arabia, Egypt and Turkey, and the day after Turkey’s back', () => {
    expect(dayOff('SA', '2026-03-22')).toBe(true);
    expect(dayOff('EG', '2026-05-28')).toBe(true);
    expect(dayOff('TR', '2026-03-20')).toBe(true);
    expect(dayOff('TR', '2026-03-23')).toBe(false);
  });

  it('does not take a computed Eid or Ramadan off: they are observances and quiet periods', () => {
    expect(dayOff('JO', '2026-03-22')).toBe(false);
    expect(dayOff('ID', '2026-03-02')).toBe(false);
  });

  it('works Russia’s transferred Saturday and rests the Monday it moved to', () => {
    expect(dayOff('RU', '2025-11-01')).toBe(false);
    expect(dayOff('RU', '2025-11-03')).toBe(true);
    expect(dayOff('RU', '2026-01-09')).toBe(true);
    expect(dayOff('RU', '2026-12-31')).toBe(true);
    expect(dayOff('RU', '2026-12-30')).toBe(false);
  });

  it('rests all of 1–8 January in Russia, whatever the weekday', () => {
    for (const year of [2025, 2026, 2027]) {
      for (let day = 1; day <= 8; day += 1) expect(dayOff('RU', `${year}-01-0${day}`)).toBe(true);
    }
  });

  it('takes a Brazilian public holiday off but not Carnival, an observance', () => {
    expect(dayOff('BR', '2026-11-20')).toBe(true);
    expect(dayOff('BR', '2026-02-17')).toBe(false);
  });

  it('rests Malaysia’s Saturday and Sunday and its Eid', () => {
    expect(dayOff('MY', '2026-11-28')).toBe(true);
    expect(dayOff('MY', '2026-11-27')).toBe(false);
    expect(dayOff('MY', '2026-03-21')).toBe(true);
  });

  it('lets an account work a weekend day and ignores entries of another country', () => {
    const saturday: CalendarEntry = {
      key: 'account-w',
      country: 'ID',
      startsOn: '2026-11-28',
      endsOn: '2026-11-28',
      kind: 'working_day',
      name: 'Stocktaking',
      approximate: false,
      source: 'account',
    };
    expect(isDayOff('ID', '2026-11-28', [saturday])).toBe(false);
    expect(isDayOff('MY', '2026-11-28', [{ ...saturday, country: 'ID' }])).toBe(true);
  });

  it('treats an unknown country as resting on Saturday and Sunday only', () => {
    expect(dayOff('XX', '2026-12-25')).toBe(false);
    expect(dayOff('XX', '2026-12-26')).toBe(true);
  });
});

describe('quiet periods', () => {
  it('finds Ramadan on a day inside it, and the day it is over', () => {
    const entries = calendarEntries('ID', 2026);
    const ramadan = quietPeriodOn(entries, '2026-03-01');
    expect(ramadan?.key).toBe('ramadan-1447-ID');
    expect(quietPeriodOn(entries, '2026-03-20')).toBeNull();
    expect(ramadan && firstDayAfter(ramadan)).toBe('2026-03-20');
  });

  it('finds no quiet period in a country without one', () => {
    expect(quietPeriodOn(calendarEntries('BR', 2026), '2026-03-01')).toBeNull();
  });

  it('gives the first day after an entry across a year boundary', () => {
    expect(firstDayAfter({ endsOn: '2030-12-31' })).toBe('2031-01-01');
  });
});
