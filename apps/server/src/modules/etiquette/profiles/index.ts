import type { LocaleProfile } from '@sincere/contracts';
import { arProfile } from './ar';
import { arEgProfile } from './ar-eg';
import { deProfile } from './de';
import { enProfile } from './en';
import { esEsProfile } from './es-es';
import { esMxProfile } from './es-mx';
import { frProfile } from './fr';
import { hiProfile } from './hi';
import { idProfile } from './id';
import { jaProfile } from './ja';
import { koProfile } from './ko';
import { msProfile } from './ms';
import { ptBrProfile } from './pt-br';
import { ptPtProfile } from './pt-pt';
import { ruProfile } from './ru';
import { thProfile } from './th';
import { trProfile } from './tr';
import { viProfile } from './vi';

/**
 * Sincere's locale profiles: starting data an account can override, never rules in code. The order matters
 * where a language has several profiles and the country says nothing: the first is the language's fallback
 * (es-MX for Spanish, pt-BR for Portuguese: most speakers, and the safer "usted"/"você").
 */
export const SHIPPED_PROFILES: readonly LocaleProfile[] = [
  ruProfile,
  enProfile,
  esMxProfile,
  esEsProfile,
  ptBrProfile,
  ptPtProfile,
  idProfile,
  msProfile,
  arProfile,
  arEgProfile,
  trProfile,
  deProfile,
  frProfile,
  hiProfile,
  jaProfile,
  koProfile,
  thProfile,
  viProfile,
];

/**
 * A country's main language, for a customer of whom only the country is known, where several profiles list
 * the country or none does.
 */
const COUNTRY_LANGUAGE: Readonly<Record<string, string>> = {
  AR: 'es',
  UY: 'es',
  BN: 'ms',
  SG: 'en',
  IN: 'hi',
  CH: 'de',
  BE: 'fr',
  LU: 'fr',
  CA: 'en',
};

/** Old or other codes browsers and apps still send for a language. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { in: 'id', zsm: 'ms', ind: 'id', msa: 'ms' };

const languageOf = (profile: LocaleProfile) => profile.locale.split('-')[0] ?? profile.locale;
const countryOf = (profile: LocaleProfile) => profile.locale.split('-')[1] ?? null;

function normalLanguage(value: string | null | undefined): string | null {
  const language = value?.trim().toLowerCase();
  if (!language || !/^[a-z]{2,3}$/u.test(language)) return null;
  return LANGUAGE_ALIASES[language] ?? language;
}

function normalCountry(value: string | null | undefined): string | null {
  const country = value?.trim().toUpperCase();
  return country && /^[A-Z]{2}$/u.test(country) ? country : null;
}

/** "es_mx", "in-ID", "zh-Hans-CN" → language and country; a script subtag or a region number is skipped. */
function parseLocale(value: string | null | undefined): { language: string; country: string | null } | null {
  const [first, ...rest] = (value ?? '').trim().replaceAll('_', '-').split('-');
  const language = normalLanguage(first);
  if (!language) return null;
  const country = rest.map(normalCountry).find((part) => part !== null) ?? null;
  return { language, country };
}

/** The profile of Sincere's own with this key ("es-MX"), matched without regard to case or separator. */
export function shippedProfile(locale: string): LocaleProfile | undefined {
  const key = locale.trim().replaceAll('_', '-').toLowerCase();
  return SHIPPED_PROFILES.find((profile) => profile.locale.toLowerCase() === key);
}

function byLanguage(
  language: string,
  country: string | null,
  profiles: readonly LocaleProfile[],
): LocaleProfile | null {
  const ofLanguage = profiles.filter((profile) => languageOf(profile) === language);
  if (country) {
    const own = ofLanguage.find((profile) => countryOf(profile) === country);
    const listing = ofLanguage.find((profile) => profile.countries.includes(country));
    if (own ?? listing) return own ?? listing ?? null;
  }
  return ofLanguage.find((profile) => profile.locale === language) ?? ofLanguage[0] ?? null;
}

function byCountry(country: string, profiles: readonly LocaleProfile[]): LocaleProfile | null {
  const main = COUNTRY_LANGUAGE[country];
  const ofMain = main ? byLanguage(main, country, profiles) : null;
  return ofMain ?? profiles.find((profile) => profile.countries.includes(country)) ?? null;
}

/**
 * The profile for a customer, from what is known of them: the exact locale first, then its language with the
 * country ('es' in 'GT' is es-MX, which lists GT), then the language alone (its plain profile, else its first),
 * then, when no language is known at all, the country's main language. The language the customer writes in
 * outranks the locale when the two differ: a customer writing Russian from an English browser gets Russian.
 */
export function chooseProfile(
  known: { locale?: string | null; country?: string | null; language?: string | null },
  profiles: readonly LocaleProfile[],
): LocaleProfile | null {
  const locale = parseLocale(known.locale);
  const written = normalLanguage(known.language);
  const country = normalCountry(known.country) ?? locale?.country ?? null;
  // A bare language ('ar') with a known country (EG) is refined by the country below (ar-EG).
  const refinedByCountry = locale !== null && !locale.country && normalCountry(known.country) !== null;
  if (locale && !refinedByCountry && (!written || written === locale.language)) {
    const key = locale.country ? `${locale.language}-${locale.country}` : locale.language;
    const exact = profiles.find((profile) => profile.locale.toLowerCase() === key.toLowerCase());
    if (exact) return exact;
  }
  const language = written ?? locale?.language ?? null;
  if (language) return byLanguage(language, country, profiles);
  return country ? byCountry(country, profiles) : null;
}
