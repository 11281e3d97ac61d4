import { NewScorecardRequest, UpdateQualitySettingsRequest, type ScorecardEntry } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../../forms/validate';
import {
  changesMeaning,
  draftOfScorecard,
  draftOfSettings,
  moveRow,
  newCategoryDraft,
  refusedWeights,
  scorecardInputOf,
  settingsInputOf,
  suggestKey,
} from './scorecard-draft';

const entry: ScorecardEntry = {
  id: '00000000-0000-4000-8000-000000000001',
  familyId: '00000000-0000-4000-8000-000000000002',
  current: true,
  isDefault: true,
  createdAt: '2025-03-01T10:00:00.000Z',
  version: 3,
  name: { en: 'Chat review', ru: 'Оценка чатов' },
  categories: [
    {
      key: 'greeting',
      name: { en: 'Greeting', ru: 'Приветствие' },
      description: { en: '0: none. 1: generic. 2: with the name.', ru: '0: нет. 1: общее. 2: по имени.' },
      weight: 5,
      scale: 'three',
      allowNa: false,
      critical: false,
      automatic: 'auto',
    },
    {
      key: 'tone',
      name: { en: 'Tone', ru: 'Тон' },
      description: { en: '0: rude. 1: polite.', ru: '0: грубо. 1: вежливо.' },
      weight: 20,
      scale: 'binary',
      allowNa: true,
      critical: true,
      automatic: 'human_only',
    },
  ],
};

describe('the scorecard draft', () => {
  it('round-trips a stored scorecard into the same request body', () => {
    const { name, categories } = entry;
    expect(scorecardInputOf(draftOfScorecard(entry))).toEqual({ name, categories });
  });

  it('starts a new scorecard with one empty category, which the contract refuses field by field', () => {
    const draft = draftOfScorecard(null);
    expect(draft.categories).toHaveLength(1);
    const check = validate(NewScorecardRequest, scorecardInputOf(draft));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems['name.en']).toEqual({ kind: 'required' });
    expect(check.problems['categories.0.key']).toEqual({ kind: 'required' });
    expect(check.problems['categories.0.description.ru']).toEqual({ kind: 'required' });
  });

  it('calls a cleared weight required, and names a typed weight of 0 as out of range, rather than sending either', () => {
    const draft = draftOfScorecard(entry);
    const cleared = { ...draft, categories: draft.categories.map((c, i) => (i === 0 ? { ...c, weight: ' ' } : c)) };
    const zero = { ...draft, categories: draft.categories.map((c, i) => (i === 1 ? { ...c, weight: '0' } : c)) };
    const first = validate(NewScorecardRequest, scorecardInputOf(cleared));
    const second = validate(NewScorecardRequest, scorecardInputOf(zero));
    expect(first.ok ? null : first.problems['categories.0.weight']).toEqual({ kind: 'required' });
    expect(first.ok ? [] : refusedWeights(first.problems, cleared)).toEqual([]);
    expect(second.ok ? [] : refusedWeights(second.problems, zero)).toEqual(['categories.1.weight']);
  });

  it('marks a human-only category so the automatic scorer leaves it alone', () => {
    const category = { ...newCategoryDraft(), humanOnly: true };
    const [input] = scorecardInputOf({ nameEn: 'x', nameRu: 'x', categories: [category] }).categories;
    expect(input?.automatic).toBe('human_only');
  });

  it('moves categories up and down, and not past either end', () => {
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('suggests a key in the contract’s shape from an English name', () => {
    expect(suggestKey('Promise kept!')).toBe('promise_kept');
    expect(suggestKey('  Résumé & follow-up ')).toBe('resume_follow_up');
    expect(suggestKey('2nd reply speed')).toBe('nd_reply_speed');
    expect(suggestKey('Вежливость')).toBe('');
  });

  it('warns of a new version for a change of weight, scale, N/A, critical or keys — not for texts or order', () => {
    const draft = draftOfScorecard(entry);
    const retext = {
      ...draft,
      nameEn: 'Renamed',
      categories: [...draft.categories].reverse().map((c) => ({ ...c, descriptionEn: `${c.descriptionEn} More.` })),
    };
    expect(changesMeaning(entry, retext)).toBe(false);
    const reweighted = { ...draft, categories: draft.categories.map((c) => ({ ...c, weight: '7' })) };
    expect(changesMeaning(entry, reweighted)).toBe(true);
    const critical = { ...draft, categories: draft.categories.map((c) => ({ ...c, critical: !c.critical })) };
    expect(changesMeaning(entry, critical)).toBe(true);
    expect(changesMeaning(entry, { ...draft, categories: [...draft.categories, newCategoryDraft()] })).toBe(true);
  });
});

describe('the QA settings draft', () => {
  const settings = { defaultScorecardId: entry.id, samplePerAgent: 5, lowScoreBelow: 60 };

  it('sends what was loaded unchanged', () => {
    expect(settingsInputOf(draftOfSettings(settings))).toEqual(settings);
  });

  it('refuses a blank sample and a threshold above 100 at their fields', () => {
    const check = validate(
      UpdateQualitySettingsRequest,
      settingsInputOf({ ...draftOfSettings(settings), samplePerAgent: '', lowScoreBelow: '120' }),
    );
    expect(check.ok ? null : check.problems).toEqual({
      samplePerAgent: { kind: 'required' },
      lowScoreBelow: { kind: 'tooLong', limit: 100 },
    });
  });
});
