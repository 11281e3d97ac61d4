import type { CalendarEntry } from '@sincere/contracts';
import { addDays, covers, overlaps } from './local-date';

/** Occasions Sincere has greetings for. */
export type OccasionId = 'ramadan' | 'eid-al-fitr' | 'eid-al-adha' | 'new-year' | 'christmas';

/*
 * Which occasion an entry is, by its name: date-holidays names them in English, but not alike ("End of Ramadan
 * (Eid al-Fitr)", "Korité", "Tabaski"), and an account names its own in its language. Eids first: "End of
 * Ramadan" is Eid al-Fitr. Other new years (Chinese, Islamic, Nyepi) do not start with "New Year".
 */
const PATTERNS: readonly (readonly [OccasionId, RegExp])[] = [
  ['eid-al-fitr', /fitr|fetr|korit[ée]|lebaran|aidilfitri|ramazan bayram|عيد الفطر/iu],
  ['eid-al-adha', /adha|sacrifice|tabaski|kurban|qurban|aidiladha|عيد الأضحى/iu],
  ['ramadan', /ramadh?an|ramazan|رمضان/iu],
  ['new-year', /^new year|^año nuevo|^ano novo|^tahun baru (\d{4} )?masehi|^новый год|^новогодн/iu],
  ['christmas', /christmas|navidad|\bnatal\b|рождеств/iu],
];

export function occasionOf(entry: Pick<CalendarEntry, 'name'>): OccasionId | null {
  return PATTERNS.find(([, pattern]) => pattern.test(entry.name))?.[0] ?? null;
}

/*
 * Greetings by occasion and language, `{address}` for the customer's form of address. Only where the greeting is
 * what people say: no Christmas greeting in Indonesian, Malay, Arabic or Turkish, where most customers do not
 * celebrate it; no Ramadan or Eid greeting in Spanish, Portuguese or Russian.
 */
const GREETINGS: Readonly<Record<OccasionId, Readonly<Record<string, string>>>> = {
  ramadan: {
    ar: 'رمضان كريم {address}',
    id: 'Selamat menunaikan ibadah puasa, {address}',
    ms: 'Selamat berpuasa, {address}',
    tr: 'Hayırlı Ramazanlar, {address}',
    en: 'Ramadan Kareem, {address}',
  },
  'eid-al-fitr': {
    id: 'Selamat Hari Raya Idul Fitri, {address}. Mohon maaf lahir dan batin.',
    ms: 'Selamat Hari Raya Aidilfitri, {address}',
    ar: 'عيد مبارك {address}',
    tr: 'Ramazan Bayramınız mübarek olsun, {address}',
    en: 'Eid Mubarak, {address}',
  },
  'eid-al-adha': {
    id: 'Selamat Hari Raya Idul Adha, {address}',
    ms: 'Selamat Hari Raya Aidiladha, {address}',
    ar: 'عيد مبارك {address}',
    tr: 'Kurban Bayramınız mübarek olsun, {address}',
    en: 'Eid Mubarak, {address}',
  },
  'new-year': {
    ru: 'С Новым годом, {address}!',
    en: 'Happy New Year, {address}!',
    es: '¡Feliz Año Nuevo, {address}!',
    pt: 'Feliz Ano Novo, {address}!',
    id: 'Selamat Tahun Baru, {address}!',
    ms: 'Selamat Tahun Baru, {address}!',
    tr: 'Yeni yılınız kutlu olsun, {address}!',
  },
  christmas: {
    en: 'Merry Christmas, {address}!',
    es: '¡Feliz Navidad, {address}!',
    pt: 'Feliz Natal, {address}!',
    ru: 'С Рождеством, {address}!',
  },
};

/** Russians wish a happy New Year before it comes with another phrase: "with the coming one". */
const AHEAD: Readonly<Partial<Record<OccasionId, Readonly<Record<string, string>>>>> = {
  'new-year': { ru: 'С наступающим Новым годом, {address}!' },
};

/** How far ahead an occasion is near. */
const DAYS_AHEAD = 2;

/** The greeting template for an occasion in a language ('pt-BR' reads as 'pt'), or null. */
export function greetingFor(occasion: OccasionId, language: string, ahead = false): string | null {
  const code = language.toLowerCase().split(/[-_]/u)[0] ?? '';
  return (ahead ? AHEAD[occasion]?.[code] : undefined) ?? GREETINGS[occasion][code] ?? null;
}

interface Candidate {
  entry: CalendarEntry;
  greeting: string | null;
  started: boolean;
}

/** Greeting first, then a day (holiday, observance) before Ramadan's month, then today before soon, holidays first. */
function rank(candidate: Candidate): readonly (number | string)[] {
  const { entry } = candidate;
  return [
    candidate.greeting === null ? 1 : 0,
    entry.kind === 'quiet' ? 1 : 0,
    candidate.started ? 0 : 1,
    entry.kind === 'holiday' ? 0 : 1,
    entry.startsOn,
    entry.key,
  ];
}

function compareRanks(left: readonly (number | string)[], right: readonly (number | string)[]): number {
  for (let index = 0; index < left.length; index += 1) {
    const a = left[index] ?? 0;
    const b = right[index] ?? 0;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/**
 * The occasion near a day in the customer's calendar: a holiday or observance under way or starting within two
 * days, or Ramadan under way; with a greeting in the customer's language when one fits, else null. An Eid that
 * date-holidays lists as a holiday greets like the computed one.
 */
export function occasionNear(
  entries: readonly CalendarEntry[],
  isoDate: string,
  language: string,
): { entry: CalendarEntry; greeting: string | null } | null {
  const until = addDays(isoDate, DAYS_AHEAD);
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const occasion = occasionOf(entry);
    const started = covers(entry, isoDate);
    const near =
      entry.kind === 'quiet'
        ? occasion === 'ramadan' && started
        : (entry.kind === 'holiday' || entry.kind === 'observance') && overlaps(entry, isoDate, until);
    if (!near) continue;
    // New Year's Eve is still before the New Year.
    const ahead = !started || /\beve\b|nochevieja|réveillon/iu.test(entry.name);
    candidates.push({ entry, started, greeting: occasion ? greetingFor(occasion, language, ahead) : null });
  }
  const [best] = candidates.sort((left, right) => compareRanks(rank(left), rank(right)));
  return best ? { entry: best.entry, greeting: best.greeting } : null;
}
