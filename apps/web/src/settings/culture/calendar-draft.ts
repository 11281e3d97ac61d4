import type { CalendarDay, CalendarEntry, CalendarEntryKind, CreateCalendarEntryRequest } from '@sincere/contracts';

/** The countries the calendar offers, where customers most often live; a country added here is offered too. */
export const CALENDAR_COUNTRIES = [
  'ID',
  'MY',
  'SG',
  'PH',
  'TH',
  'VN',
  'JP',
  'KR',
  'CN',
  'IN',
  'PK',
  'BD',
  'SA',
  'AE',
  'QA',
  'KW',
  'EG',
  'MA',
  'TR',
  'IL',
  'RU',
  'UA',
  'KZ',
  'UZ',
  'DE',
  'FR',
  'ES',
  'IT',
  'PT',
  'NL',
  'PL',
  'GB',
  'IE',
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CO',
  'CL',
  'NG',
  'ZA',
  'AU',
] as const;

/** The years CalendarQuery accepts. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export interface CountryOption {
  code: string;
  name: string;
}

/** The countries named in the UI language ("Indonesia", "Индонезия"), in that language's alphabetical order. */
export function countryOptions(codes: readonly string[], locale: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

/** The country of the first browser language that names one on the list ('ru-RU' → RU), else Indonesia. */
export function defaultCountry(languages: readonly string[], codes: readonly string[] = CALENDAR_COUNTRIES): string {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && codes.includes(region)) return region;
    } catch {
      // A tag the browser cannot read names no country.
    }
  }
  return codes[0] ?? 'ID';
}

// Dates are calendar days, not instants: read and shown at UTC midnight, so no time zone moves them a day.
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Mon, 8 February" or "Mon, 8 February – Tue, 9 March" in the UI language; the year only when the days span two. */
export function formatDays(startsOn: string, endsOn: string, locale: string): string {
  const crossesYears = startsOn.slice(0, 4) !== endsOn.slice(0, 4);
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    ...(crossesYears ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return startsOn === endsOn ? format.format(dayOf(startsOn)) : format.formatRange(dayOf(startsOn), dayOf(endsOn));
}

export interface CalendarEntryDraft {
  name: string;
  kind: CalendarEntryKind;
  startsOn: string;
  /** Empty for a single day. */
  endsOn: string;
}

export function newCalendarEntryDraft(): CalendarEntryDraft {
  return { name: '', kind: 'holiday', startsOn: '', endsOn: '' };
}

/** The body of POST /calendar/entries for a day of the account's own. */
export function entryRequestOfDraft(draft: CalendarEntryDraft, country: string): CreateCalendarEntryRequest {
  return {
    country,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn === '' ? draft.startsOn : draft.endsOn,
    kind: draft.kind,
    name: draft.name,
    replaces: null,
    removed: false,
  };
}

/** Hiding a shipped day is an account entry that replaces it and is marked removed. */
export function hideRequestOf(entry: CalendarEntry): CreateCalendarEntryRequest {
  const { country, startsOn, endsOn, kind, name, key } = entry;
  return { country, startsOn, endsOn, kind, name, replaces: key, removed: true };
}

/** Whether an admin may remove the day (the account's own) or hide it (a shipped one). */
export function dayAction(day: CalendarDay): { kind: 'remove'; id: string } | { kind: 'hide' } {
  return day.source === 'account' && day.id !== null ? { kind: 'remove', id: day.id } : { kind: 'hide' };
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** The attribution as text and links, so the licence and the data's project can be opened from the page. */
export function linkParts(text: string): TextPart[] {
  return text
    .split(/(https:\/\/[^\s()]+)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('https://') ? { kind: 'link', href: part } : { kind: 'text', text: part }));
}
