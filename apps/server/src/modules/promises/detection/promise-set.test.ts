import { describe, expect, it } from 'vitest';
import {
  DONE_SET_FILE,
  PROMISE_SET_FILE,
  describeDoneSetReport,
  describePromiseSetReport,
  loadDoneSet,
  loadPromiseSet,
  measureDoneSet,
  measurePromiseSet,
  type LabelledReply,
} from './promise-set';

const set = loadPromiseSet(PROMISE_SET_FILE);
const doneSet = loadDoneSet(DONE_SET_FILE);

describe('the labelled promise set', () => {
  it('has at least 60 agent replies in each language, about 55–60 % of them promises', () => {
    for (const language of ['ru', 'en', 'es', 'id', 'pt'] as const) {
      expect(set.filter((reply) => reply.lang === language).length).toBeGreaterThanOrEqual(60);
    }
    const share = set.filter((reply) => reply.promise).length / set.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.65);
    expect(new Set(set.map((reply) => reply.id)).size).toBe(set.length);
  });

  it('meets the targets: precision ≥ 0.9, recall ≥ 0.85, due time exact ≥ 0.9', () => {
    const report = measurePromiseSet(set);
    const { precision, recall, dueExactShare } = report.overall;
    const summary = describePromiseSetReport(report);
    expect(precision, summary).toBeGreaterThanOrEqual(0.9);
    expect(recall, summary).toBeGreaterThanOrEqual(0.85);
    expect(dueExactShare, summary).toBeGreaterThanOrEqual(0.9);
  });

  it('does as well when told each reply’s language', () => {
    const { precision, recall, dueExactShare } = measurePromiseSet(set, { languageKnown: true }).overall;
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(dueExactShare).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a suggestion on a negative as a false positive and a wrong due time as inexact', () => {
    const reply = (over: Partial<LabelledReply>): LabelledReply => ({
      id: 'x',
      lang: 'en',
      text: "I'll call you tomorrow at 10.",
      sentAt: '2026-11-24T09:00:00-05:00',
      timeZone: 'America/New_York',
      country: 'US',
      promise: true,
      dueAt: '2026-11-25T10:00:00-05:00',
      ...over,
    });
    const report = measurePromiseSet([
      reply({ id: 'right' }),
      reply({ id: 'late', dueAt: '2026-11-25T11:00:00-05:00' }),
      reply({ id: 'negative', promise: false, dueAt: null }),
      reply({ id: 'missed', text: 'Thanks, bye.' }),
    ]);
    expect(report.overall).toMatchObject({ truePositives: 2, falsePositives: 1, dueExact: 1, labelled: 3 });
    expect(report.wrongDue.map((miss) => miss.id)).toEqual(['late']);
    expect(report.falsePositives.map((miss) => miss.id)).toEqual(['negative']);
    expect(report.falseNegatives.map((miss) => miss.id)).toEqual(['missed']);
  });
});

describe('the labelled done set', () => {
  it('has at least 80 messages over the five languages, half of them not done', () => {
    expect(doneSet.length).toBeGreaterThanOrEqual(80);
    expect(doneSet.filter((message) => !message.done).length * 2).toBeGreaterThanOrEqual(doneSet.length);
  });

  it('is read with precision ≥ 0.9', () => {
    const report = measureDoneSet(doneSet);
    expect(report.overall.precision, describeDoneSetReport(report)).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall, describeDoneSetReport(report)).toBeGreaterThanOrEqual(0.7);
  });
});
