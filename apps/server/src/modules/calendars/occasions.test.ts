import type { CalendarEntry } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { calendarEntries } from './country-calendar';
import { greetingFor, occasionNear, occasionOf } from './occasions';

/** The calendar around a day, as the composer reads it: that year's, and the next one's in December. */
const around = (country: string, isoDate: string) => {
  const year = Number(isoDate.slice(0, 4));
  return [
    ...calendarEntries(country, year),
    ...(isoDate.slice(5, 7) === '12' ? calendarEntries(country, year + 1) : []),
  ];
};
const near = (country: string, isoDate: string, language: string) =>
  occasionNear(around(country, isoDate), isoDate, language);

describe('occasionNear', () => {
  it('wishes an Indonesian customer a happy Idul Fitri on Lebaran, asking forgiveness', () => {
    const occasion = near('ID', '2026-03-20', 'id');
    expect(occasion?.entry.name).toBe('End of Ramadan (Eid al-Fitr)');
    expect(occasion?.greeting).toBe('Selamat Hari Raya Idul Fitri, {address}. Mohon maaf lahir dan batin.');
  });

  it('greets in Malay, Arabic and Turkish for the Eid of their country', () => {
    expect(near('MY', '2026-03-21', 'ms')?.greeting).toBe('Selamat Hari Raya Aidilfitri, {address}');
    expect(near('EG', '2026-03-21', 'ar')?.greeting).toBe('عيد مبارك {address}');
    expect(near('TR', '2026-03-20', 'tr')?.greeting).toBe('Ramazan Bayramınız mübarek olsun, {address}');
    expect(near('TR', '2026-05-27', 'tr')?.greeting).toBe('Kurban Bayramınız mübarek olsun, {address}');
  });

  it('greets for a computed Eid where date-holidays has none', () => {
    const occasion = near('JO', '2026-03-20', 'ar');
    expect(occasion?.entry).toMatchObject({ key: 'eid-al-fitr-1447-JO', approximate: true });
    expect(occasion?.greeting).toBe('عيد مبارك {address}');
  });

  it('says Ramadan Kareem while Ramadan is under way', () => {
    const occasion = near('SA', '2026-03-01', 'ar');
    expect(occasion?.entry.kind).toBe('quiet');
    expect(occasion?.greeting).toBe('رمضان كريم {address}');
  });

  it('does not greet for Ramadan before it starts', () => {
    expect(near('SA', '2026-02-16', 'ar')).toBeNull();
  });

  it('wishes a Russian customer a happy coming New Year before it, and a happy New Year on it', () => {
    const before = near('RU', '2026-12-30', 'ru');
    expect(before?.entry.key).toBe('dh-RU-2027-01-01-new-years-day');
    expect(before?.greeting).toBe('С наступающим Новым годом, {address}!');
    expect(near('RU', '2027-01-01', 'ru')?.greeting).toBe('С Новым годом, {address}!');
  });

  it('wishes a merry Christmas in Spanish, Portuguese and English', () => {
    expect(near('MX', '2026-12-25', 'es')?.greeting).toBe('¡Feliz Navidad, {address}!');
    expect(near('BR', '2026-12-24', 'pt-BR')?.greeting).toBe('Feliz Natal, {address}!');
    expect(near('US', '2026-12-23', 'en')?.greeting).toBe('Merry Christmas, {address}!');
  });

  it('looks two days ahead, not three', () => {
    expect(near('BR', '2026-11-18', 'pt')?.entry.name).toBe('Black Awareness Day');
    expect(near('BR', '2026-11-17', 'pt')).toBeNull();
  });

  it('names a holiday without a greeting when none fits', () => {
    const occasion = near('BR', '2026-11-20', 'pt');
    expect(occasion?.entry.name).toBe('Black Awareness Day');
    expect(occasion?.greeting).toBeNull();
  });

  it('sends no Christmas greeting in Indonesian', () => {
    const occasion = near('ID', '2026-12-25', 'id');
    expect(occasion?.entry.name).toBe('Christmas Day');
    expect(occasion?.greeting).toBeNull();
  });

  it('ignores working days and finds nothing on an ordinary day', () => {
    const worked: CalendarEntry = {
      key: 'ru-working-day-2025-11-01',
      country: 'RU',
      startsOn: '2025-11-01',
      endsOn: '2025-11-01',
      kind: 'working_day',
      name: 'Working Saturday',
      approximate: false,
      source: 'sincere',
    };
    expect(occasionNear([worked], '2025-11-01', 'ru')).toBeNull();
    expect(near('RU', '2026-10-14', 'ru')).toBeNull();
  });
});

describe('occasionOf', () => {
  it('knows the Eids by their many names, and other new years from New Year', () => {
    expect(occasionOf({ name: 'End of Ramadan (Eid al-Fitr)' })).toBe('eid-al-fitr');
    expect(occasionOf({ name: 'Korité' })).toBe('eid-al-fitr');
    expect(occasionOf({ name: 'Tabaski' })).toBe('eid-al-adha');
    expect(occasionOf({ name: 'Feast of the Sacrifice (Eid al-Adha)' })).toBe('eid-al-adha');
    expect(occasionOf({ name: 'First day of Ramadan' })).toBe('ramadan');
    expect(occasionOf({ name: "New Year's Day" })).toBe('new-year');
    expect(occasionOf({ name: 'Chinese New Year' })).toBeNull();
    expect(occasionOf({ name: 'Islamic New Year' })).toBeNull();
  });
});

describe('greetingFor', () => {
  it('reads a locale as its language and has nothing for a language without a greeting', () => {
    expect(greetingFor('new-year', 'es-MX')).toBe('¡Feliz Año Nuevo, {address}!');
    expect(greetingFor('eid-al-fitr', 'ru')).toBeNull();
  });
});
