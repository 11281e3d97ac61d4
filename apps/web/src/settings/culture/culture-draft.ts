import type { Formality, Honorific, LocaleProfile, LocaleProfileEntry, NameUse, Phrase } from '@sincere/contracts';

/** An honorific as a row of the editor: `key` keeps React's rows apart while rows are added and removed. */
export interface HonorificRow extends Omit<Honorific, 'note'> {
  key: string;
  note: string;
}

export interface PhraseRow extends Phrase {
  key: string;
}

/** A locale profile as the form holds it: lists as the text typed, empty strings where the profile has null. */
export interface LocaleProfileDraft {
  /** The profile's key, part of the address it is saved to: shown, never edited. */
  locale: string;
  name: string;
  countries: string;
  youFormal: string;
  youInformal: string;
  serviceDefault: Formality;
  informalForms: string;
  youNote: string;
  honorifics: HonorificRow[];
  nameUse: NameUse;
  greetings: PhraseRow[];
  closings: PhraseRow[];
  negativeFeedback: LocaleProfile['negativeFeedback'];
  context: LocaleProfile['context'];
  scheduling: LocaleProfile['scheduling'];
  faceSaving: LocaleProfile['faceSaving'];
  assumption: string;
  /** One note a line. */
  notes: string;
}

/** Each band's values, mildest first, for the selects; the test holds them to the contract's. */
export const BANDS = {
  negativeFeedback: ['direct', 'moderate', 'indirect'],
  context: ['low', 'moderate', 'high'],
  scheduling: ['linear', 'flexible', 'very_flexible'],
  faceSaving: ['normal', 'careful', 'strict'],
} as const satisfies { [band in Band]: readonly LocaleProfile[band][] };
export type Band = 'negativeFeedback' | 'context' | 'scheduling' | 'faceSaving';

let rowCount = 0;
const rowKey = () => `row-${++rowCount}`;

// Arabic and Japanese lists are written with their own commas (، and 、): either separates items too.
const LIST_SEPARATOR = /[,،、\n]/;

/** "tú, te,, ti" → ['tú', 'te', 'ti']: trimmed, empty items dropped, each once. */
export function parseList(text: string): string[] {
  const items = text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

export function formatList(items: readonly string[]): string {
  return items.join(', ');
}

/** One note a line; blank lines are spacing, not notes. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const nullIfBlank = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A new row starts with the profile's own name use, the likeliest for another honorific of the language. */
export function newHonorific(name: NameUse): HonorificRow {
  return {
    key: rowKey(),
    text: '',
    gender: 'any',
    age: 'any',
    placement: 'before',
    name,
    formality: 'formal',
    default: false,
    note: '',
  };
}

export function newPhrase(): PhraseRow {
  return { key: rowKey(), text: '', formality: 'formal', gender: 'any' };
}

/** Ticking one honorific as the default unticks the others: a profile has at most one. */
export function withDefaultHonorific(rows: readonly HonorificRow[], key: string, on: boolean): HonorificRow[] {
  return rows.map((row) => (row.key === key ? { ...row, default: on } : on ? { ...row, default: false } : row));
}

export function draftOfProfile(profile: LocaleProfile): LocaleProfileDraft {
  return {
    locale: profile.locale,
    name: profile.name,
    countries: formatList(profile.countries),
    youFormal: profile.you.formal ?? '',
    youInformal: profile.you.informal ?? '',
    serviceDefault: profile.you.serviceDefault,
    informalForms: formatList(profile.you.informalForms),
    youNote: profile.you.note ?? '',
    honorifics: profile.honorifics.map(({ note, ...honorific }) => ({ ...honorific, key: rowKey(), note: note ?? '' })),
    nameUse: profile.nameUse,
    greetings: profile.greetings.map((phrase) => ({ ...phrase, key: rowKey() })),
    closings: profile.closings.map((phrase) => ({ ...phrase, key: rowKey() })),
    negativeFeedback: profile.negativeFeedback,
    context: profile.context,
    scheduling: profile.scheduling,
    faceSaving: profile.faceSaving,
    assumption: profile.assumption ?? '',
    notes: profile.notes.join('\n'),
  };
}

const phraseOfRow = ({ text, formality, gender }: PhraseRow): Phrase => ({ text, formality, gender });

/**
 * The whole profile for PUT, to be checked with the LocaleProfile schema: an empty "you" or assumption is null,
 * an empty note is left out, country codes are upper-cased ("mx" is what people type for MX).
 */
export function profileOfDraft(draft: LocaleProfileDraft): LocaleProfile {
  const youNote = draft.youNote.trim();
  return {
    locale: draft.locale,
    name: draft.name,
    countries: parseList(draft.countries).map((country) => country.toUpperCase()),
    you: {
      formal: nullIfBlank(draft.youFormal),
      informal: nullIfBlank(draft.youInformal),
      serviceDefault: draft.serviceDefault,
      informalForms: parseList(draft.informalForms),
      ...(youNote ? { note: youNote } : {}),
    },
    honorifics: draft.honorifics.map(({ key: _key, note, ...honorific }) =>
      note.trim() ? { ...honorific, note: note.trim() } : honorific,
    ),
    nameUse: draft.nameUse,
    greetings: draft.greetings.map(phraseOfRow),
    closings: draft.closings.map(phraseOfRow),
    negativeFeedback: draft.negativeFeedback,
    context: draft.context,
    scheduling: draft.scheduling,
    faceSaving: draft.faceSaving,
    assumption: nullIfBlank(draft.assumption),
    notes: parseLines(draft.notes),
  };
}

/** Sincere's profile as shipped, the account's version of it, or a locale only the account has. */
export type ProfileVersion = 'shipped' | 'changed' | 'own';

export function versionOf(entry: LocaleProfileEntry): ProfileVersion {
  if (!entry.shipped) return 'own';
  return entry.changed ? 'changed' : 'shipped';
}

/** The honorific used when gender and age are unknown, as the table shows it. */
export function defaultHonorific(profile: LocaleProfile): Honorific | null {
  return profile.honorifics.find((honorific) => honorific.default) ?? null;
}
