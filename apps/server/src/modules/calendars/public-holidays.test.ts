import { describe, expect, it } from 'vitest';
import { HOLIDAY_ATTRIBUTION, publicHolidayEntries, slugOf } from './public-holidays';

const named = (country: string, year: number, name: string) =>
  publicHolidayEntries(country, year).filter((entry) => entry.name === name);

describe('publicHolidayEntries', () => {
  it('lists a Brazilian public holiday in English as a holiday, with a stable key', () => {
    expect(named('BR', 2026, 'Black Awareness Day')).toEqual([
      {
        key: 'dh-BR-2026-11-20-black-awareness-day',
        country: 'BR',
        startsOn: '2026-11-20',
        endsOn: '2026-11-20',
        kind: 'holiday',
        name: 'Black Awareness Day',
        approximate: false,
        source: 'date-holidays',
      },
    ]);
  });

  it('keeps bank holidays and observances as observances, not days off', () => {
    const carnival = publicHolidayEntries('BR', 2026).filter((entry) => entry.name === 'Carnival');
    expect(carnival.length).toBeGreaterThan(0);
    expect(carnival.every((entry) => entry.kind === 'observance')).toBe(true);
    expect(named('US', 2026, 'Halloween').map((entry) => entry.kind)).toEqual(['observance']);
  });

  it('spans a multi-day holiday over its days: the Russian New Year holiday runs 2–6 January', () => {
    expect(named('RU', 2027, 'New Year Holiday').map((entry) => [entry.startsOn, entry.endsOn])).toEqual([
      ['2027-01-02', '2027-01-06'],
      ['2027-01-08', '2027-01-08'],
    ]);
  });

  it('counts Turkey’s Eid al-Fitr as its three days, not the half day before it', () => {
    const [eid] = named('TR', 2026, 'End of Ramadan (Eid al-Fitr)');
    expect(eid).toMatchObject({ startsOn: '2026-03-20', endsOn: '2026-03-22', kind: 'holiday', approximate: true });
  });

  it('has Eid al-Fitr and Eid al-Adha where date-holidays has them, marked approximate', () => {
    const saudi = publicHolidayEntries('SA', 2026);
    expect(saudi.find((entry) => entry.name === 'End of Ramadan (Eid al-Fitr)')).toMatchObject({
      startsOn: '2026-03-19',
      endsOn: '2026-03-22',
      approximate: true,
    });
    expect(saudi.find((entry) => entry.name === 'National Day')).toMatchObject({
      startsOn: '2026-09-23',
      approximate: false,
    });
  });

  it('gives an unknown or malformed country no holidays rather than failing', () => {
    expect(publicHolidayEntries('XX', 2026)).toEqual([]);
    expect(publicHolidayEntries('brazil', 2026)).toEqual([]);
  });

  it('reads a lower-case country code', () => {
    expect(publicHolidayEntries(' br ', 2026)).toEqual(publicHolidayEntries('BR', 2026));
  });

  it('makes keys of plain letters and digits', () => {
    expect(slugOf('End of Ramadan (Eid al-Fitr)')).toBe('end-of-ramadan-eid-al-fitr');
    expect(slugOf('Korité')).toBe('korite');
    expect(slugOf("New Year's Day")).toBe('new-years-day');
  });

  it('credits the date-holidays project and its licence', () => {
    expect(HOLIDAY_ATTRIBUTION).toContain('date-holidays');
    expect(HOLIDAY_ATTRIBUTION).toContain('CC BY 3.0');
  });
});
