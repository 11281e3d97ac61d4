import { describe, expect, it } from 'vitest';
import { ADDRESS_SET_FILE, loadAddressSet, measureAddressSet, type LabelledCustomer } from './address-set';
import { SHIPPED_PROFILES } from './profiles';

const customer = (
  id: string,
  name: string | null,
  locale: string | null,
  expected: LabelledCustomer['expected'],
): LabelledCustomer => ({ id, customer: { name, locale, country: null, gender: null }, expected });

describe('measureAddressSet', () => {
  it('counts a proposal right only when it is exactly the labelled one, and a missing alternative as a miss', () => {
    const set = [
      customer('a', 'Dimas', 'id-ID', { locale: 'id', proposed: 'Kak Dimas', alternatives: ['Pak Dimas'] }),
      customer('b', 'Dimas', 'id-ID', { locale: 'id', proposed: 'Pak Dimas', alternatives: ['Bapak/Ibu Dimas'] }),
      customer('c', 'Wang Fang', 'zh-CN', { locale: null, proposed: null, alternatives: [] }),
      customer('d', 'Lars', 'da', { locale: 'de', proposed: 'Lars', alternatives: [] }),
    ];
    const figures = measureAddressSet(set);
    expect(figures).toMatchObject({ customers: 4, profileRight: 3, proposalRight: 2, alternativesExpected: 2 });
    expect(figures.alternativesFound).toBe(1);
    expect(figures.byLocale.id).toEqual({ customers: 2, proposalRight: 1 });
    expect(figures.misses).toEqual(
      expect.arrayContaining([
        { id: 'b', what: 'proposal', expected: 'Pak Dimas', got: 'Kak Dimas' },
        { id: 'b', what: 'alternative', expected: 'Bapak/Ibu Dimas', got: null },
        { id: 'd', what: 'profile', expected: 'de', got: null },
      ]),
    );
  });
});

describe('the labelled address set', () => {
  const set = loadAddressSet(ADDRESS_SET_FILE);
  const ofLocale = (locale: string | null) => set.filter((entry) => entry.expected.locale === locale).length;

  it('holds at least 120 hand-labelled customers across every shipped profile, with the required shares', () => {
    expect(set.length).toBeGreaterThanOrEqual(120);
    expect(new Set(set.map((entry) => entry.id)).size).toBe(set.length);
    for (const profile of SHIPPED_PROFILES) expect(ofLocale(profile.locale), profile.locale).toBeGreaterThan(0);
    expect(ofLocale('id')).toBeGreaterThanOrEqual(15);
    for (const locale of ['ms', 'ru', 'tr']) expect(ofLocale(locale), locale).toBeGreaterThanOrEqual(10);
    expect(ofLocale('es-MX') + ofLocale('es-ES')).toBeGreaterThanOrEqual(10);
    expect(ofLocale(null)).toBeGreaterThan(0);
  });

  it('chooses the right profile for at least 97 % of the customers', () => {
    expect(measureAddressSet(set).profileAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('proposes exactly the labelled address for at least 95 % of the customers', () => {
    const figures = measureAddressSet(set);
    expect(figures.proposalAccuracy, JSON.stringify(figures.misses)).toBeGreaterThanOrEqual(0.95);
  });

  it('offers at least 95 % of the labelled alternatives', () => {
    expect(measureAddressSet(set).alternativesRecall).toBeGreaterThanOrEqual(0.95);
  });
});
