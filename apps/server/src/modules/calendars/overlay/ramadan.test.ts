import { describe, expect, it } from 'vitest';
import { islamicOverlayEntries, islamicPeriodsOf, MUSLIM_MAJORITY_COUNTRIES } from './ramadan';

const ramadans = (year: number) =>
  islamicPeriodsOf(year)
    .filter((period) => period.occasion === 'ramadan')
    .map((period) => [period.hijriYear, period.startsOn, period.endsOn]);

describe('the computed Islamic calendar', () => {
  it('finds Ramadan 1447 from 18 February to 19 March 2026', () => {
    expect(ramadans(2026)).toEqual([[1447, '2026-02-18', '2026-03-19']]);
  });

  it('starts Ramadan 1448 on 8 February 2027', () => {
    expect(ramadans(2027)[0]?.slice(0, 2)).toEqual([1448, '2027-02-08']);
  });

  it('finds both Ramadans of a year that has two, and the one crossing into the next year in both', () => {
    const in2030 = ramadans(2030);
    expect(in2030).toHaveLength(2);
    expect(in2030[0]?.slice(0, 2)).toEqual([1451, '2030-01-05']);
    const [, crossing] = in2030;
    expect(crossing?.[1]).toBe('2030-12-26');
    expect(crossing?.[2]).toMatch(/^2031-01-/);
    expect(ramadans(2031)[0]).toEqual(crossing);
  });

  it('puts Eid al-Fitr on 1–3 Shawwal and Eid al-Adha from 10 Dhu al-Hijjah', () => {
    const eids = islamicPeriodsOf(2026).filter((period) => period.occasion !== 'ramadan');
    expect(eids).toEqual([
      { occasion: 'eid-al-fitr', hijriYear: 1447, startsOn: '2026-03-20', endsOn: '2026-03-22' },
      { occasion: 'eid-al-adha', hijriYear: 1447, startsOn: '2026-05-27', endsOn: '2026-05-29' },
    ]);
  });
});

describe('islamicOverlayEntries', () => {
  it('gives a Muslim-majority country Ramadan as a quiet period, approximate', () => {
    expect(islamicOverlayEntries('ID', 2026).find((entry) => entry.kind === 'quiet')).toEqual({
      key: 'ramadan-1447-ID',
      country: 'ID',
      startsOn: '2026-02-18',
      endsOn: '2026-03-19',
      kind: 'quiet',
      name: 'Ramadan',
      approximate: true,
      source: 'computed',
    });
  });

  it('gives the Eids as observances', () => {
    const eids = islamicOverlayEntries('JO', 2027).filter((entry) => entry.kind === 'observance');
    expect(eids.map((entry) => entry.key)).toEqual(['eid-al-fitr-1448-JO', 'eid-al-adha-1448-JO']);
  });

  it('gives other countries nothing', () => {
    expect(islamicOverlayEntries('BR', 2026)).toEqual([]);
    expect(islamicOverlayEntries('RU', 2026)).toEqual([]);
  });

  it('lists each Muslim-majority country once, as a two-letter code', () => {
    expect(new Set(MUSLIM_MAJORITY_COUNTRIES).size).toBe(MUSLIM_MAJORITY_COUNTRIES.length);
    expect(MUSLIM_MAJORITY_COUNTRIES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(MUSLIM_MAJORITY_COUNTRIES).toEqual(
      expect.arrayContaining(['ID', 'MY', 'SA', 'AE', 'EG', 'TR', 'PK', 'BD', 'MA', 'DZ', 'TN', 'IQ', 'SN']),
    );
  });
});
