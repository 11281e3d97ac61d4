import { LocaleProfile } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { SHIPPED_PROFILES, chooseProfile, shippedProfile } from './index';

const REQUIRED = [
  'ru',
  'en',
  'es-MX',
  'es-ES',
  'pt-BR',
  'pt-PT',
  'id',
  'ms',
  'ar',
  'ar-EG',
  'tr',
  'de',
  'fr',
  'hi',
  'ja',
  'ko',
  'th',
  'vi',
];

const choose = (known: Parameters<typeof chooseProfile>[0]) => chooseProfile(known, SHIPPED_PROFILES)?.locale ?? null;

describe('shipped locale profiles', () => {
  it.each(SHIPPED_PROFILES.map((profile) => [profile.locale, profile] as const))(
    '%s fits the contract',
    (_, profile) => {
      expect(() => LocaleProfile.parse(profile)).not.toThrow();
    },
  );

  it('ships every profile of the issue, once each', () => {
    const locales = SHIPPED_PROFILES.map((profile) => profile.locale);
    expect([...locales].sort()).toEqual([...REQUIRED].sort());
  });

  it('has at most one default honorific per profile', () => {
    for (const profile of SHIPPED_PROFILES) {
      expect(profile.honorifics.filter((honorific) => honorific.default).length, profile.locale).toBeLessThanOrEqual(1);
    }
  });

  it('lists no country under two profiles of the same language', () => {
    const seen = new Map<string, string>();
    for (const profile of SHIPPED_PROFILES) {
      for (const country of profile.countries) {
        const key = `${profile.locale.split('-')[0]}:${country}`;
        expect(seen.get(key), `${key} in ${profile.locale}`).toBeUndefined();
        seen.set(key, profile.locale);
      }
    }
  });

  it('puts the address placeholder in every greeting that names the customer, and nothing else in braces', () => {
    for (const profile of SHIPPED_PROFILES) {
      for (const phrase of [...profile.greetings, ...profile.closings]) {
        expect(phrase.text.replaceAll('{address}', ''), `${profile.locale}: ${phrase.text}`).not.toMatch(/[{}]/u);
      }
      expect(
        profile.greetings.some((phrase) => phrase.text.includes('{address}')),
        profile.locale,
      ).toBe(true);
    }
  });

  it('says why the bands are assumed for countries the source does not place', () => {
    for (const locale of ['tr', 'ar-EG', 'ms', 'es-MX', 'ko', 'vi']) {
      expect(shippedProfile(locale)?.assumption, locale).toMatch(/\w/u);
    }
    expect(shippedProfile('de')?.assumption).toBeNull();
  });

  it('knows the informal Russian, Turkish and Indonesian "you" in its inflected forms', () => {
    expect(shippedProfile('ru')?.you.informalForms).toEqual(
      expect.arrayContaining(['ты', 'тебя', 'тебе', 'тобой', 'твой', 'твоё']),
    );
    expect(shippedProfile('tr')?.you.informalForms).toEqual(expect.arrayContaining(['sen', 'seni', 'sana', 'senin']));
    expect(shippedProfile('id')?.you.informalForms).toEqual(expect.arrayContaining(['kamu', 'lu']));
    expect(shippedProfile('id')?.you.informalForms).not.toContain('Anda');
  });

  it('greets Spanish and Portuguese customers with the gendered "Estimado/Estimada" and "Prezado/Prezada"', () => {
    const texts = (locale: string, gender: string) =>
      shippedProfile(locale)
        ?.greetings.filter((phrase) => phrase.gender === gender)
        .map((phrase) => phrase.text);
    expect(texts('es-MX', 'male')).toContain('Estimado {address}:');
    expect(texts('es-MX', 'female')).toContain('Estimada {address}:');
    expect(texts('pt-BR', 'female')).toContain('Prezada {address},');
  });
});

describe('shippedProfile', () => {
  it('finds a profile whatever the case or separator', () => {
    expect(shippedProfile('es_mx')?.locale).toBe('es-MX');
    expect(shippedProfile('AR-eg')?.locale).toBe('ar-EG');
    expect(shippedProfile('zh')).toBeUndefined();
  });
});

describe('chooseProfile', () => {
  it('takes the exact locale first, whatever its spelling', () => {
    expect(choose({ locale: 'es-MX' })).toBe('es-MX');
    expect(choose({ locale: 'pt_PT' })).toBe('pt-PT');
    expect(choose({ locale: 'in-ID' })).toBe('id');
    expect(choose({ locale: 'ar-EG', country: 'SA' })).toBe('ar-EG');
  });

  it('maps a language and a country to the profile that lists the country', () => {
    expect(choose({ locale: 'es-GT' })).toBe('es-MX');
    expect(choose({ locale: 'es', country: 'GT' })).toBe('es-MX');
    expect(choose({ locale: 'ar-AE' })).toBe('ar');
    expect(choose({ locale: 'pt', country: 'AO' })).toBe('pt-PT');
    expect(choose({ locale: 'en-US' })).toBe('en');
  });

  it("falls back to the language's plain profile, else its first", () => {
    expect(choose({ locale: 'ar-FR' })).toBe('ar');
    expect(choose({ locale: 'es-AR' })).toBe('es-MX');
    expect(choose({ locale: 'pt' })).toBe('pt-BR');
  });

  it("uses the country's main language when only the country is known", () => {
    expect(choose({ country: 'ID' })).toBe('id');
    expect(choose({ country: 'MY' })).toBe('ms');
    expect(choose({ country: 'SA' })).toBe('ar');
    expect(choose({ country: 'AE' })).toBe('ar');
    expect(choose({ country: 'EG' })).toBe('ar-EG');
    expect(choose({ country: 'BR' })).toBe('pt-BR');
    expect(choose({ country: 'SG' })).toBe('en');
    expect(choose({ country: 'mx' })).toBe('es-MX');
  });

  it('lets the language the customer writes in outrank a browser locale of another language', () => {
    expect(choose({ locale: 'en-US', language: 'ru' })).toBe('ru');
    expect(choose({ locale: 'en', country: 'MX', language: 'es' })).toBe('es-MX');
    expect(choose({ locale: 'es-ES', language: 'es' })).toBe('es-ES');
  });

  it('returns null for an unsupported language or nothing known, rather than guessing from the country', () => {
    expect(choose({ locale: 'zh-CN', country: 'MY' })).toBeNull();
    expect(choose({ country: 'CN' })).toBeNull();
    expect(choose({})).toBeNull();
    expect(choose({ locale: '', country: null, language: null })).toBeNull();
  });

  it("chooses among the account's profiles, not only Sincere's", () => {
    const only = SHIPPED_PROFILES.filter((profile) => profile.locale !== 'es-MX');
    expect(chooseProfile({ locale: 'es-GT' }, only)?.locale).toBe('es-ES');
    expect(chooseProfile({ country: 'ID' }, [])).toBeNull();
  });
});
