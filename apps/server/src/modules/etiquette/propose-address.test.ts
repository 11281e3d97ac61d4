import { AddressProposal, type LocaleProfile } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { shippedProfile } from './profiles';
import { proposeAddress, type AddressedCustomer } from './propose-address';

function profile(locale: string): LocaleProfile {
  const found = shippedProfile(locale);
  if (!found) throw new Error(`no profile ${locale}`);
  return found;
}

function propose(name: string | null, locale: string, more: Omit<AddressedCustomer, 'name'> = {}) {
  const proposal = proposeAddress({ name, ...more }, profile(locale));
  if (proposal) AddressProposal.parse(proposal);
  return proposal;
}

const proposed = (...args: Parameters<typeof propose>) => propose(...args)?.proposed.address ?? null;
const alternatives = (...args: Parameters<typeof propose>) =>
  propose(...args)?.alternatives.map((a) => a.address) ?? [];

describe('proposeAddress', () => {
  it('proposes the neutral "Kak" to an Indonesian customer of unknown gender, with the gendered forms beside it', () => {
    expect(proposed('Dimas', 'id')).toBe('Kak Dimas');
    expect(alternatives('Dimas', 'id')).toEqual(
      expect.arrayContaining(['Pak Dimas', 'Ibu Dimas', 'Mas Dimas', 'Mbak Dimas', 'Dik Dimas']),
    );
    expect(alternatives('Dimas', 'id')).not.toContain('Kak Dimas');
  });

  it('proposes "Ibu" to an Indonesian woman and "Pak" to a man, by the given name', () => {
    expect(proposed('Sari Wulandari', 'id', { gender: 'female' })).toBe('Ibu Sari');
    expect(proposed('Budi Santoso', 'id', { gender: 'male' })).toBe('Pak Budi');
    expect(alternatives('Sari Wulandari', 'id', { gender: 'female' })).not.toContain('Pak Sari');
  });

  it('keeps "Kak" for a younger Indonesian customer: "Dik" is too familiar for a service voice', () => {
    expect(proposed('Rina', 'id', { age: 'younger' })).toBe('Kak Rina');
    expect(alternatives('Rina', 'id', { age: 'younger' })).toContain('Dik Rina');
  });

  it('proposes "Mehmet Bey" to a Turkish man and only the first name when the gender is unknown', () => {
    expect(proposed('Mehmet Yılmaz', 'tr', { gender: 'male' })).toBe('Mehmet Bey');
    expect(proposed('Mehmet Yılmaz', 'tr')).toBe('Mehmet');
    expect(alternatives('Mehmet Yılmaz', 'tr')).toEqual(expect.arrayContaining(['Mehmet Bey', 'Mehmet Hanım']));
  });

  it('offers the name and patronymic as the Russian formal form, and proposes it for an older customer', () => {
    expect(proposed('Екатерина Сергеевна Иванова', 'ru')).toBe('Екатерина');
    expect(alternatives('Екатерина Сергеевна Иванова', 'ru')).toContain('Екатерина Сергеевна');
    expect(proposed('Иванова Екатерина Сергеевна', 'ru')).toBe('Екатерина');
    expect(proposed('Иванова Екатерина Сергеевна', 'ru', { age: 'older' })).toBe('Екатерина Сергеевна');
    expect(alternatives('Екатерина Иванова', 'ru')).toEqual([]);
  });

  it('finds the given name of a Russian name written surname first', () => {
    expect(proposed('Иванова Екатерина', 'ru')).toBe('Екатерина');
    expect(proposed('Пушкин Александр', 'ru')).toBe('Александр');
    expect(proposed('Марина Пушкина', 'ru')).toBe('Марина');
  });

  it('addresses a Mexican man by his first surname: "señor García"', () => {
    expect(proposed('Juan García López', 'es-MX', { gender: 'male' })).toBe('señor García');
    expect(proposed('María Fernanda Ruiz Ortega', 'es-MX', { gender: 'female' })).toBe('señora Ruiz');
    expect(proposed('Juan García López', 'es-MX')).toBe('Juan');
    expect(proposed('José de la Cruz Ramírez', 'es-MX', { gender: 'male' })).toBe('señor de la Cruz');
  });

  it('keeps the first name for a customer in Spain, where brands use tú', () => {
    expect(proposed('Lucía Martín', 'es-ES', { gender: 'female' })).toBe('Lucía');
    expect(proposed('Lucía Martín', 'es-ES', { gender: 'female', age: 'older' })).toBe('señora Martín');
  });

  it('puts 様 after a Japanese surname and 님 after a Korean full name', () => {
    expect(proposed('田中 太郎', 'ja')).toBe('田中様');
    expect(proposed('田中太郎', 'ja')).toBe('田中太郎様');
    expect(proposed('김민수', 'ko')).toBe('김민수 님');
    expect(proposed('김 민수', 'ko')).toBe('김민수 님');
  });

  it('uses the given name of Vietnamese, Arabic and Thai customers', () => {
    expect(proposed('Nguyễn Văn Khai', 'vi', { gender: 'male' })).toBe('anh Khai');
    expect(proposed('Khai Nguyen', 'vi', { gender: 'male' })).toBe('anh Khai');
    expect(proposed('محمد العلي', 'ar', { gender: 'male' })).toBe('أستاذ محمد');
    expect(proposed('عبد الله القحطاني', 'ar', { gender: 'male' })).toBe('أستاذ عبد الله');
    expect(proposed('สมชาย ใจดี', 'th')).toBe('คุณสมชาย');
  });

  it('reads names typed in capitals or small letters, Turkish dotted İ included', () => {
    expect(proposed('SARI WULANDARI', 'id')).toBe('Kak Sari');
    expect(proposed('budi santoso', 'id', { gender: 'male' })).toBe('Pak Budi');
    expect(proposed('İBRAHİM ÖZTÜRK', 'tr', { gender: 'male' })).toBe('İbrahim Bey');
    expect(proposed('JOSÉ DE LA CRUZ', 'es-MX', { gender: 'male' })).toBe('señor de la Cruz');
  });

  it('takes no email, phone number, handle or placeholder for a name', () => {
    expect(proposed('sari.wulandari@gmail.com', 'id')).toBe('Kak');
    expect(proposed('+62 812-3456-7890', 'id')).toBe('Kak');
    expect(proposed('Visitor 123', 'tr')).toBe('Değerli müşterimiz');
    expect(proposed('Guest', 'ko')).toBe('고객님');
    expect(proposed('@dimas_ganteng', 'id')).toBe('Kak');
    expect(proposed('Dimas 🔥🔥 (dimas@mail.com)', 'id')).toBe('Kak Dimas');
  });

  it('returns null without a name where the profile has no neutral form without one', () => {
    expect(propose(null, 'ru')).toBeNull();
    expect(propose('customer@example.com', 'en')).toBeNull();
    expect(propose(null, 'hi')).toBeNull();
    expect(proposed(null, 'hi', { gender: 'female' })).toBe("Ma'am");
  });

  it('reads a title typed into the name field as the gender: "Ibu Sari", "Mr John Smith"', () => {
    expect(proposed('Ibu Sari', 'id')).toBe('Ibu Sari');
    expect(proposed('Mr John Smith', 'de')).toBe('Herr Smith');
    expect(propose('Ibu Sari', 'id')?.reasons).toContain('title-in-name:Ibu');
    expect(proposed('田中様', 'ja')).toBe('田中様');
    expect(proposed('Raji Kumar', 'hi')).toBe('Raji ji');
  });

  it('turns "Surname, Given" around', () => {
    expect(proposed('Smith, Sarah', 'en')).toBe('Sarah');
    expect(proposed('García López, Juan', 'es-MX', { gender: 'male' })).toBe('señor García');
  });

  it('says which profile and which part of the name it used', () => {
    expect(propose('Dimas', 'id')?.reasons.slice(0, 2)).toEqual(['profile:id', 'name:given']);
    expect(propose('Dimas', 'id')?.locale).toBe('id');
  });
});
