/*
 * What is known about the customer, read as a lean towards a language: the calling code of their phone, their
 * country, their locale. Each is only a prior: a Russian speaker in Indonesia has a +62 number and writes Russian.
 */
import type { DetectableLanguage } from './detect-language';

/** A lean towards one language and where it came from ('phone:+60'): an agent sees it among the reasons. */
export interface HintLean {
  language: DetectableLanguage;
  weight: number;
  reason: string;
}

/** How far each kind of hint leans: English locales less, as many phones and browsers are simply left in English. */
export const HINT_WEIGHT = { phone: 0.8, locale: 0.8, englishLocale: 0.3, country: 0.6 } as const;

/** `{ ru: '7 375' }` → 7 → ru, 375 → ru. */
function byLanguage(groups: Partial<Record<DetectableLanguage, string>>): ReadonlyMap<string, DetectableLanguage> {
  const map = new Map<string, DetectableLanguage>();
  for (const [language, keys] of Object.entries(groups) as Array<[DetectableLanguage, string]>) {
    for (const key of keys.split(/\s+/u).filter(Boolean)) map.set(key, language);
  }
  return map;
}

const CALLING_CODES = byLanguage({
  ru: '7 375',
  id: '62',
  ms: '60 673',
  tr: '90',
  pt: '55 351 244 258',
  es: '34 52 54 56 57 51 58 593 591 595 598 502 503 504 505 506 507 53',
  ar: '966 971 20 962 965 974 973 968 961 964 963 212 213 216 218 249 967 970',
  en: '44 61 64 353',
});

const COUNTRIES = byLanguage({
  ru: 'RU BY KZ KG',
  id: 'ID',
  ms: 'MY BN',
  tr: 'TR',
  pt: 'BR PT AO MZ',
  es: 'ES MX AR CO CL PE VE EC BO PY UY GT SV HN NI CR PA CU DO',
  ar: 'SA AE EG JO KW QA BH OM LB IQ SY MA DZ TN LY SD YE PS',
  en: 'US GB AU NZ IE CA SG',
});

/** Primary locale subtags: 'in' is Java's old code for Indonesian, 'zsm' Standard Malay. */
const LOCALE_LANGUAGES = byLanguage({
  ru: 'ru',
  en: 'en',
  es: 'es',
  pt: 'pt',
  id: 'id in',
  ms: 'ms zsm',
  ar: 'ar',
  tr: 'tr',
});

/** The language a phone number's calling code points to; numbers without "+" or "00" have no known country. */
export function phoneLean(phone: string | null | undefined): HintLean | null {
  const match = /^\s*(?:\+|00)\s*([\d\s().-]+)/u.exec(phone ?? '');
  if (!match?.[1]) return null;
  const digits = match[1].replace(/\D/gu, '');
  for (const length of [3, 2, 1]) {
    const code = digits.slice(0, length);
    const language = CALLING_CODES.get(code);
    if (language) return { language, weight: HINT_WEIGHT.phone, reason: `phone:+${code}` };
  }
  return null;
}

export function countryLean(country: string | null | undefined): HintLean | null {
  const code = (country ?? '').trim().toUpperCase();
  const language = COUNTRIES.get(code);
  return language ? { language, weight: HINT_WEIGHT.country, reason: `country:${code}` } : null;
}

/** 'ms-MY' → Malay, 'in' (Java's old code) → Indonesian. */
export function localeLean(locale: string | null | undefined): HintLean | null {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  const language = LOCALE_LANGUAGES.get(primary);
  if (!language) return null;
  const weight = language === 'en' ? HINT_WEIGHT.englishLocale : HINT_WEIGHT.locale;
  return { language, weight, reason: `locale:${locale?.trim() ?? ''}` };
}

/**
 * The leans summed per language: the strongest, and a little more for each other hint that agrees, so that the
 * hints together still weigh less than clear words in the message.
 */
export function combineLeans(leans: readonly HintLean[], cap: number): Map<DetectableLanguage, number> {
  const weightsOf = new Map<DetectableLanguage, number[]>();
  for (const lean of leans) weightsOf.set(lean.language, [...(weightsOf.get(lean.language) ?? []), lean.weight]);
  const combined = new Map<DetectableLanguage, number>();
  for (const [language, weights] of weightsOf) {
    const strongest = Math.max(...weights);
    combined.set(language, Math.min(cap, strongest + 0.2 * (weights.length - 1)));
  }
  return combined;
}
