import { describe, expect, it } from 'vitest';
import { CULTURE_CHECKS, type LocaleProfile } from '@sincere/contracts';
import {
  CULTURE_SET_FILE,
  FRESH_CULTURE_SET_FILE,
  contextOf,
  describeCultureSetReport,
  loadCultureSet,
  measureCultureSet,
  type LabelledCultureReply,
} from './culture-set';
import { shippedProfile } from './profiles';

const russian: LocaleProfile = {
  locale: 'ru',
  name: 'Russian',
  countries: ['RU'],
  you: { formal: 'вы', informal: 'ты', serviceDefault: 'formal', informalForms: ['ты', 'тебе'] },
  honorifics: [],
  nameUse: 'given',
  greetings: [],
  closings: [],
  negativeFeedback: 'direct',
  context: 'high',
  scheduling: 'flexible',
  faceSaving: 'normal',
  assumption: null,
  notes: [],
};

const reply = (id: string, text: string, checks: LabelledCultureReply['checks']): LabelledCultureReply => ({
  id,
  locale: 'ru',
  text,
  context: { address: 'Анна', chosenHonorific: null, formality: 'formal', public: false, secondLanguage: false },
  checks,
});

describe('measureCultureSet', () => {
  it('counts a warning as right only when its check is among the reply’s labels', () => {
    const set = [
      reply('a', 'Ты можешь проверить заказ.', ['informal_you']),
      // Labelled as a long sentence, but the checker sees an informal "you": one false positive and one miss.
      reply('b', 'Тебе придёт СМС.', ['long_sentences']),
      reply('c', 'Заказ отправлен, трек-номер в письме.', []),
    ];
    const report = measureCultureSet(set, () => russian);
    expect(report.overall).toMatchObject({ replies: 3, labelled: 2, truePositives: 1, falsePositives: 1 });
    expect(report.overall.precision).toBe(0.5);
    expect(report.overall.recall).toBe(0.5);
    expect(report.byCheck.informal_you).toMatchObject({ labelled: 1, truePositives: 1, falsePositives: 1 });
    expect(report.byCheck.long_sentences.recall).toBe(0);
    expect(report.byLocale['ru']).toMatchObject({ replies: 3, labelled: 2 });
    expect(report.falsePositives).toEqual([
      expect.objectContaining({ id: 'b', check: 'informal_you', matched: 'Тебе' }),
    ]);
    expect(report.falseNegatives).toEqual([expect.objectContaining({ id: 'b', check: 'long_sentences' })]);
  });

  it('refuses a reply whose profile Sincere does not ship', () => {
    expect(() => contextOf({ ...reply('x', 'Привет', []), locale: 'xx' })).toThrow(/no shipped profile for xx/u);
  });
});

describe('the labelled culture set', () => {
  const set = loadCultureSet(CULTURE_SET_FILE);

  it('holds at least 220 hand-written replies across the profiles, at least half of them fine', () => {
    expect(set.length).toBeGreaterThanOrEqual(220);
    const locales = new Set(set.map((item) => item.locale));
    for (const locale of ['id', 'ms', 'ru', 'es-MX', 'es-ES', 'pt-BR', 'tr', 'de', 'fr', 'ar', 'en']) {
      expect(locales, locale).toContain(locale);
    }
    expect(set.filter((item) => item.checks.length === 0).length / set.length).toBeGreaterThanOrEqual(0.5);
    const ids = set.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of set) expect(shippedProfile(item.locale), item.id).toBeDefined();
  });

  it('warns with precision ≥ 0.9 and recall ≥ 0.8 overall, every check labelled at least 5 times', () => {
    const report = measureCultureSet(set);
    const figures = describeCultureSetReport(report);
    expect(report.overall.precision, figures).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall, figures).toBeGreaterThanOrEqual(0.8);
    for (const check of CULTURE_CHECKS)
      expect(report.byCheck[check].labelled, `${check}\n${figures}`).toBeGreaterThanOrEqual(5);
  });

  it('keeps the fresh set apart: no reply of it is in the tuned set', () => {
    const fresh = loadCultureSet(FRESH_CULTURE_SET_FILE);
    expect(fresh.length).toBeGreaterThanOrEqual(55);
    const tuned = new Set(set.map((item) => item.text));
    expect(fresh.filter((item) => tuned.has(item.text)).map((item) => item.id)).toEqual([]);
  });
});
