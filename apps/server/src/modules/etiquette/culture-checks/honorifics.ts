import type { CultureWarning, Honorific, LocaleProfile } from '@sincere/contracts';
import { languageOfLocale } from '../../language/reading';
import { indexOfWord, warningAt, wordsPattern, type Draft } from './draft';

/*
 * Honorifics in address. `missing_honorific` is for the profiles whose honorifics are part of every address
 * (Indonesian and Malay: "Kak Sari", "Encik Ahmad"; Malay reads as Indonesian, see languageOfLocale);
 * `wrong_honorific` for any profile with honorifics, once the agent has chosen one.
 */

/**
 * Ways of addressing an Indonesian or Malay customer the profile need not list: long forms and
 * abbreviations agents write ("Kakak", "Bpk", "Sdr"). With one of them, an address is not missing its honorific.
 */
const MORE_ADDRESS_WORDS = [
  'Kakak',
  'Kk',
  'Bpk',
  'Bp',
  'Sdr',
  'Sdri',
  'Saudara',
  'Saudari',
  'Dato',
  "Dato'",
  'Datuk',
  'Datin',
  'Haji',
  'Hajah',
  'Dr',
  'Prof',
];

/** Greetings and thanks after which a name is the customer addressed ("Halo Sari", "Terima kasih, Sari"). */
const BEFORE_A_NAME =
  /(?:^|[^a-z])(?:halo|hallo|hai|hi|hello|hey|selamat\s+(?:pagi|siang|sore|malam|petang)|salam|assalamualaikum|assalamu['’]alaikum|terima\s+kasih|makasih|trims|thanks|thank\s+you|maaf|mohon\s+maaf|baik|oke|ok)[ \t]*,?[ \t]*$/iu;

/** A greeting that opens the reply and is followed by punctuation: if its line names nobody, it greets nobody. */
const OPENING_GREETING =
  /^(?:halo|hallo|hai|hi|hello|hey|selamat\s+(?:pagi|siang|sore|malam|petang)|salam|assalamualaikum|assalamu['’]alaikum)(?=[ \t]*(?:[,.!…]|\n|$))/iu;

interface HonorificReading {
  /** The profile's honorifics (and, for address languages, the extra address words) as whole words (`g`). */
  any: RegExp | null;
  /** The same, anywhere in a text (no `g`: no state between calls). */
  inText: RegExp | null;
  /** The same, as the last word of a text. */
  atEnd: RegExp | null;
  byText: Map<string, Honorific>;
}

const readings = new WeakMap<LocaleProfile, HonorificReading>();

function readingOf(profile: LocaleProfile): HonorificReading {
  let reading = readings.get(profile);
  if (!reading) {
    const texts = profile.honorifics.map((honorific) => honorific.text);
    const byText = new Map<string, Honorific>();
    for (const honorific of profile.honorifics) {
      const key = honorific.text.toLocaleLowerCase();
      if (!byText.has(key)) byText.set(key, honorific);
    }
    const any = wordsPattern(usesHonorificsInAddress(profile) ? [...texts, ...MORE_ADDRESS_WORDS] : texts);
    reading = {
      any,
      inText: any && new RegExp(any.source, 'iu'),
      atEnd: any && new RegExp(`(?:${any.source})$`, 'iu'),
      byText,
    };
    readings.set(profile, reading);
  }
  return reading;
}

export function usesHonorificsInAddress(profile: LocaleProfile): boolean {
  return profile.honorifics.length > 0 && languageOfLocale(profile.locale, ['id'] as const) === 'id';
}

/** The words of the customer's name in an address: "Ibu Sari Dewi" → Sari, Dewi; "Sr. Rui" → Rui. */
export function nameWords(address: string | null, profile: LocaleProfile): string[] {
  if (!address) return [];
  const honorifics = new Set(profile.honorifics.map((honorific) => honorific.text.toLocaleLowerCase()));
  return address
    .split(/[\s,]+/u)
    .filter((word) => word && !word.endsWith('.') && !honorifics.has(word.toLocaleLowerCase()))
    .filter((word) => /^\p{L}/u.test(word));
}

/**
 * A missing honorific, at most one per reply, in one of two shapes (formal address only: a casual brand's
 * "Hai Budi!" is its voice):
 * - the customer's name addressed bare: after a greeting or thanks ("Halo Sari", "Terima kasih, Sari!"), opening
 *   a line before a comma ("Sari, mohon ditunggu"), or closing a clause (", Sari."), with no honorific before it;
 *   the name as data ("atas nama Sari Dewi") or as a word ("Sari rasa apel") is no address;
 * - the reply opens with a greeting followed by punctuation, and that line names nobody, nor does the start
 *   of the next one: "Halo, pesanan Anda…", "Selamat pagi!\nPesanan…". "Halo, … ada yang bisa kami bantu, Kak?"
 *   and "Halo!\nKak Sari, …" address her and are fine.
 */
export function missingHonorific(
  draft: Draft,
  profile: LocaleProfile,
  address: string | null,
  formality: 'formal' | 'informal',
): CultureWarning[] {
  if (formality !== 'formal' || !usesHonorificsInAddress(profile)) return [];
  const suggestion = address ?? profile.honorifics.find((honorific) => honorific.default)?.text ?? null;
  const reading = readingOf(profile);
  const [name] = nameWords(address, profile);
  if (name) {
    const bare = bareName(draft.scanned, name, reading);
    if (bare !== null) return [warningAt(draft, 'missing_honorific', bare, bare + name.length, suggestion)];
  }
  const opening = /\S/u.exec(draft.scanned);
  if (!opening) return [];
  const start = opening.index;
  const greeting = OPENING_GREETING.exec(draft.scanned.slice(start));
  if (!greeting) return [];
  const addressed = (line: string) =>
    Boolean(reading.inText?.test(line)) ||
    (name !== undefined && indexOfWord(line.toLocaleLowerCase(), name.toLocaleLowerCase()) !== -1);
  const lineEnd = draft.scanned.indexOf('\n', start);
  if (addressed(draft.scanned.slice(start, lineEnd === -1 ? undefined : lineEnd))) return [];
  // "Selamat pagi,\nPuan Siti, …": the address opens the next line.
  const next = lineEnd === -1 ? null : /^\s*([^\n]*)/u.exec(draft.scanned.slice(lineEnd + 1))?.[1];
  if (next && addressed(next.split(/[,.!?]/u)[0] ?? '')) return [];
  return [warningAt(draft, 'missing_honorific', start, start + greeting[0].length, suggestion)];
}

/** Where the name is addressed without an honorific, or null. The name keeps its capital: "sari" is juice. */
function bareName(text: string, name: string, reading: HonorificReading): number | null {
  for (let start = indexOfWord(text, name); start !== -1; start = indexOfWord(text, name, start + 1)) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    if (reading.atEnd && /\s$/u.test(before) && reading.atEnd.test(before.trimEnd())) continue;
    const lineEnd = text.indexOf('\n', start);
    const after = text.slice(start + name.length, lineEnd === -1 ? text.length : lineEnd);
    const vocative =
      BEFORE_A_NAME.test(before) ||
      (!before.trim() && /^[ \t]*[,!]/u.test(after)) ||
      (/,[ \t]*$/u.test(before) && /^[ \t]*(?:[,.!?…]|$)/u.test(after));
    if (vocative) return start;
  }
  return null;
}

/**
 * An honorific of the profile used with the customer that contradicts the one the agent chose: another
 * gender, another age band or another register ("Pak Sari", "Dik Budi", "Mbak" for "Ibu"). A neutral one is
 * no contradiction ("Kak Sari" for "Ibu", "Sayın Ayşe Hanım"). With the customer means beside their name
 * ("Pak Sari", "Mehmet Hanım") or alone in address (", Bu.", "Beyefendi, …"); "Pak Joko dari tim teknisi"
 * is someone else. Nothing when the chosen honorific is not one of the profile's.
 */
export function wrongHonorific(
  draft: Draft,
  profile: LocaleProfile,
  address: string | null,
  chosenHonorific: string | null,
): CultureWarning[] {
  if (!chosenHonorific || profile.honorifics.length === 0) return [];
  const reading = readingOf(profile);
  const chosen = reading.byText.get(chosenHonorific.trim().toLocaleLowerCase());
  if (!chosen || !reading.any) return [];
  const names = new Set(nameWords(address, profile).map((word) => word.toLocaleLowerCase()));
  const { scanned } = draft;
  const warnings: CultureWarning[] = [];
  reading.any.lastIndex = 0;
  for (const match of scanned.matchAll(reading.any)) {
    const honorific = reading.byText.get(match[0].toLocaleLowerCase());
    if (!honorific || compatible(honorific, chosen)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const span = withTheCustomer(scanned, start, end, honorific, names);
    if (span) warnings.push(warningAt(draft, 'wrong_honorific', span[0], span[1], address));
  }
  return warnings;
}

function compatible(used: Honorific, chosen: Honorific): boolean {
  if (used.text.toLocaleLowerCase() === chosen.text.toLocaleLowerCase()) return true;
  return (
    (used.gender === 'any' || used.gender === chosen.gender) &&
    (used.age === 'any' || used.age === chosen.age) &&
    used.formality === chosen.formality
  );
}

const NEXT_WORD = /^[ \t]+([\p{L}\p{M}'’-]+)/u;
const PREVIOUS_WORD = /([\p{L}\p{M}'’-]+)[ \t]+$/u;

/** The span of the honorific with the name beside it, or of the honorific alone in address; null otherwise. */
function withTheCustomer(
  text: string,
  start: number,
  end: number,
  honorific: Honorific,
  names: ReadonlySet<string>,
): [number, number] | null {
  if (honorific.placement === 'before') {
    const next = NEXT_WORD.exec(text.slice(end, end + 60));
    if (next?.[1] && names.has(next[1].toLocaleLowerCase())) return [start, end + next[0].length];
  } else {
    const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 60), start));
    if (previous?.[1] && names.has(previous[1].toLocaleLowerCase())) return [start - previous[0].length, end];
  }
  if (honorific.placement !== 'before') return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 3);
  const opensAddress = !before.trim() || /[,،][ \t]*$/u.test(before) || BEFORE_A_NAME.test(before);
  const closesAddress = /^[ \t]*(?:[,.!?…؟،]|\n|$)/u.test(after);
  return opensAddress && closesAddress ? [start, end] : null;
}
