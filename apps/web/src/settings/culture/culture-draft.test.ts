import { LocaleProfile } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../../forms/validate';
import {
  BANDS,
  defaultHonorific,
  draftOfProfile,
  newHonorific,
  newPhrase,
  parseList,
  profileOfDraft,
  versionOf,
  withDefaultHonorific,
} from './culture-draft';

const indonesian: LocaleProfile = {
  locale: 'id',
  name: 'Indonesian',
  countries: ['ID'],
  you: {
    formal: 'Anda',
    informal: 'kamu',
    serviceDefault: 'formal',
    informalForms: ['kamu', 'kau', 'lu'],
    note: 'Kakak is also used as “you” in chat.',
  },
  honorifics: [
    {
      text: 'Kak',
      gender: 'any',
      age: 'any',
      placement: 'before',
      name: 'given',
      formality: 'informal',
      default: true,
    },
    {
      text: 'Bapak',
      gender: 'male',
      age: 'adult',
      placement: 'before',
      name: 'given',
      formality: 'formal',
      default: false,
      note: 'Pak in short',
    },
  ],
  nameUse: 'given',
  greetings: [{ text: 'Halo {address}', formality: 'informal', gender: 'any' }],
  closings: [{ text: 'Terima kasih, {address}', formality: 'formal', gender: 'any' }],
  negativeFeedback: 'indirect',
  context: 'high',
  scheduling: 'flexible',
  faceSaving: 'strict',
  assumption: null,
  notes: ['Avoid a bare “tidak” when refusing.'],
};

describe('locale profile drafts', () => {
  it('gives back the profile unchanged when nothing was edited', () => {
    expect(validate(LocaleProfile, profileOfDraft(draftOfProfile(indonesian)))).toEqual({ ok: true, data: indonesian });
  });

  it('reads the informal forms as a comma-separated list, dropping blanks and repeats', () => {
    const draft = { ...draftOfProfile(indonesian), informalForms: ' kamu,, kau , lu, kamu,\nelo ' };
    expect(profileOfDraft(draft).you.informalForms).toEqual(['kamu', 'kau', 'lu', 'elo']);
  });

  it('separates items written with Arabic or Japanese commas too', () => {
    expect(parseList('أنت، انت')).toEqual(['أنت', 'انت']);
    expect(parseList('君、お前')).toEqual(['君', 'お前']);
  });

  it('sends an emptied "you" and assumption as null, and leaves out emptied notes', () => {
    const draft = {
      ...draftOfProfile(indonesian),
      youInformal: '  ',
      youNote: ' ',
      assumption: '',
      honorifics: draftOfProfile(indonesian).honorifics.map((row) => ({ ...row, note: '' })),
    };
    const profile = profileOfDraft(draft);
    expect(profile.you.informal).toBeNull();
    expect(profile.you).not.toHaveProperty('note');
    expect(profile.assumption).toBeNull();
    expect(profile.honorifics[1]).not.toHaveProperty('note');
  });

  it('takes one note a line and upper-cases the countries people type in lower case', () => {
    const draft = { ...draftOfProfile(indonesian), notes: 'First\n\n  Second  \n', countries: 'id, tl' };
    const profile = profileOfDraft(draft);
    expect(profile.notes).toEqual(['First', 'Second']);
    expect(profile.countries).toEqual(['ID', 'TL']);
  });

  it('puts an honorific without text on its own row’s field', () => {
    const draft = draftOfProfile(indonesian);
    const withEmpty = { ...draft, honorifics: [...draft.honorifics, newHonorific(draft.nameUse)] };
    expect(validate(LocaleProfile, profileOfDraft(withEmpty))).toEqual({
      ok: false,
      problems: { 'honorifics.2.text': { kind: 'required' } },
    });
  });

  it('puts an empty greeting and a malformed country under their fields', () => {
    const draft = { ...draftOfProfile(indonesian), countries: 'ID, Indonesia' };
    const result = validate(LocaleProfile, profileOfDraft({ ...draft, greetings: [...draft.greetings, newPhrase()] }));
    expect(result).toEqual({
      ok: false,
      problems: { 'greetings.1.text': { kind: 'required' }, 'countries.1': { kind: 'invalid' } },
    });
  });

  it('keeps at most one default honorific: ticking one unticks the others', () => {
    const rows = draftOfProfile(indonesian).honorifics;
    const bapak = rows[1]?.key ?? '';
    const ticked = withDefaultHonorific(rows, bapak, true);
    expect(ticked.map((row) => [row.text, row.default])).toEqual([
      ['Kak', false],
      ['Bapak', true],
    ]);
    expect(withDefaultHonorific(ticked, bapak, false).some((row) => row.default)).toBe(false);
  });

  it('gives new rows keys of their own, so removing one does not move another’s input', () => {
    const keys = [newPhrase().key, newPhrase().key, newHonorific('given').key];
    expect(new Set(keys).size).toBe(3);
  });

  it('offers every band value the contract allows, and no other', () => {
    for (const band of ['negativeFeedback', 'context', 'scheduling', 'faceSaving'] as const) {
      expect([...BANDS[band]].sort()).toEqual([...LocaleProfile.shape[band].options].sort());
    }
  });

  it('tells Sincere’s profiles, the account’s changes and its own locales apart', () => {
    expect(versionOf({ profile: indonesian, changed: false, shipped: true })).toBe('shipped');
    expect(versionOf({ profile: indonesian, changed: true, shipped: true })).toBe('changed');
    expect(versionOf({ profile: indonesian, changed: true, shipped: false })).toBe('own');
  });

  it('finds the honorific to use when nothing is known of the customer', () => {
    expect(defaultHonorific(indonesian)?.text).toBe('Kak');
    expect(defaultHonorific({ ...indonesian, honorifics: [] })).toBeNull();
  });
});
