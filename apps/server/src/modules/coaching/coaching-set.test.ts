import { describe, expect, it } from 'vitest';
import { COACHING_CHECKS } from '@sincere/contracts';
import {
  COACHING_SET_FILE,
  describeCoachingSetReport,
  loadCoachingSet,
  measureCoachingSet,
  type LabelledReply,
} from './coaching-set';

describe('measureCoachingSet', () => {
  it('counts a warning as right only when its check is among the reply’s labels', () => {
    const set: LabelledReply[] = [
      { id: 'a', lang: 'en', text: 'Please restart the app.', checks: ['restart_without_ownership'] },
      // Labelled as defensive, but the checker sees a restart: one false positive and one miss.
      { id: 'b', lang: 'en', text: 'Please clear your cache.', checks: ['defensive_tone'] },
      { id: 'c', lang: 'ru', text: 'Заказ отправлен, трек-номер в письме.', checks: [] },
    ];
    const report = measureCoachingSet(set);
    expect(report.overall).toMatchObject({ replies: 3, labelled: 2, truePositives: 1, falsePositives: 1 });
    expect(report.overall.precision).toBe(0.5);
    expect(report.overall.recall).toBe(0.5);
    expect(report.byCheck.restart_without_ownership).toMatchObject({
      labelled: 1,
      truePositives: 1,
      falsePositives: 1,
    });
    expect(report.byCheck.defensive_tone.recall).toBe(0);
    expect(report.byLanguage.ru).toMatchObject({ replies: 1, labelled: 0, precision: 1, recall: 1 });
    expect(report.falsePositives).toEqual([
      expect.objectContaining({ id: 'b', check: 'restart_without_ownership', matched: 'Please clear your cache.' }),
    ]);
    expect(report.falseNegatives).toEqual([expect.objectContaining({ id: 'b', check: 'defensive_tone' })]);
  });
});

describe('the labelled coaching set', () => {
  const set = loadCoachingSet(COACHING_SET_FILE);

  it('holds at least 180 hand-written replies in each language’s share, about half of them with a check', () => {
    expect(set.length).toBeGreaterThanOrEqual(180);
    const count = (lang: string) => set.filter((reply) => reply.lang === lang).length;
    expect(count('ru')).toBeGreaterThanOrEqual(60);
    expect(count('en')).toBeGreaterThanOrEqual(60);
    expect(count('es')).toBeGreaterThanOrEqual(30);
    expect(count('id')).toBeGreaterThanOrEqual(30);
    const flagged = set.filter((reply) => reply.checks.length > 0).length / set.length;
    expect(flagged).toBeGreaterThan(0.45);
    expect(flagged).toBeLessThan(0.65);
    const ids = set.map((reply) => reply.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('warns with precision ≥ 0.85 overall and for every check with 5 labels or more, and recall ≥ 0.7', () => {
    const report = measureCoachingSet(set);
    const figures = describeCoachingSetReport(report);
    expect(report.overall.precision, figures).toBeGreaterThanOrEqual(0.85);
    expect(report.overall.recall, figures).toBeGreaterThanOrEqual(0.7);
    for (const check of COACHING_CHECKS) {
      const byCheck = report.byCheck[check];
      expect(byCheck.labelled, `${check}\n${figures}`).toBeGreaterThanOrEqual(5);
      expect(byCheck.precision, `${check}\n${figures}`).toBeGreaterThanOrEqual(0.85);
      expect(byCheck.recall, `${check}\n${figures}`).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('warns as well when the conversation’s language is given', () => {
    const report = measureCoachingSet(set, { languageKnown: true });
    const figures = describeCoachingSetReport(report);
    expect(report.overall.precision, figures).toBeGreaterThanOrEqual(0.85);
    expect(report.overall.recall, figures).toBeGreaterThanOrEqual(0.7);
  });
});
