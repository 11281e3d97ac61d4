import { describe, expect, it } from 'vitest';
import { DETECTABLE_LANGUAGES } from './detect-language';
import { describeLanguageSetReport, loadLanguageSet, measureLanguageSet, type LabelledMessage } from './language-set';

describe('measureLanguageSet', () => {
  it('counts a message as right only when the detected language is its label, and lists the misses', () => {
    const set: LabelledMessage[] = [
      { id: 'a', text: 'где мой заказ??', lang: 'ru' },
      // Shared by Indonesian and Malay: only the phone tells, so without hints it reads as Indonesian.
      { id: 'b', text: 'terima kasih', lang: 'ms', hints: { phone: '+60 12-903 3321' } },
      { id: 'c', text: 'ok', lang: 'en' },
    ];
    const report = measureLanguageSet(set);
    expect(report.overall).toEqual({ messages: 3, correct: 2, accuracy: 2 / 3 });
    expect(report.idMs).toEqual({ messages: 1, correct: 1, accuracy: 1 });
    expect(report.byLanguage.en).toEqual({ messages: 1, correct: 0, accuracy: 0 });
    expect(report.confusion).toEqual({ 'en→none': 1 });
    expect(report.misses.map((miss) => miss.id)).toEqual(['c']);

    const textOnly = measureLanguageSet(set, { useHints: false });
    expect(textOnly.idMs.correct).toBe(0);
    expect(textOnly.confusion).toEqual({ 'ms→id': 1, 'en→none': 1 });
  });
});

describe('the labelled language set', () => {
  const set = loadLanguageSet();

  it('holds at least 320 hand-written messages, 40 per language and 60 each of Indonesian and Malay', () => {
    expect(set.length).toBeGreaterThanOrEqual(320);
    const count = (lang: string) => set.filter((message) => message.lang === lang).length;
    for (const language of DETECTABLE_LANGUAGES) expect(count(language), language).toBeGreaterThanOrEqual(40);
    expect(count('id')).toBeGreaterThanOrEqual(60);
    expect(count('ms')).toBeGreaterThanOrEqual(60);
    // Most Indonesian and Malay messages come without hints, so that the words alone are measured.
    const bare = (lang: string) => set.filter((message) => message.lang === lang && !message.hints).length;
    expect(bare('id')).toBeGreaterThanOrEqual(50);
    expect(bare('ms')).toBeGreaterThanOrEqual(50);
    const ids = set.map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds the language of ≥ 95 % of the messages, and tells Indonesian from Malay in ≥ 90 %', () => {
    const report = measureLanguageSet(set);
    const figures = describeLanguageSetReport(report);
    expect(report.overall.accuracy, figures).toBeGreaterThanOrEqual(0.95);
    expect(report.idMs.accuracy, figures).toBeGreaterThanOrEqual(0.9);
  });

  it('is right about ≥ 98 % of the messages it is highly confident about', () => {
    const report = measureLanguageSet(set);
    expect(report.byConfidence.high.messages).toBeGreaterThan(set.length / 2);
    expect(report.byConfidence.high.accuracy, describeLanguageSetReport(report)).toBeGreaterThanOrEqual(0.98);
  });

  it('still finds ≥ 93 % of the languages, Indonesian and Malay included, from the text alone', () => {
    const report = measureLanguageSet(set, { useHints: false });
    const figures = describeLanguageSetReport(report);
    expect(report.overall.accuracy, figures).toBeGreaterThanOrEqual(0.93);
    expect(report.idMs.accuracy, figures).toBeGreaterThanOrEqual(0.9);
  });
});
