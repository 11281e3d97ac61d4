import type { ScorecardEntry } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import {
  categoryNames,
  formatKappa,
  formatScore,
  formatShare,
  progressShare,
  scorecardInUse,
  topPointText,
  weekLabel,
} from './report-format';

const card = (id: string, extra: Partial<ScorecardEntry>, names: [string, string, string][]): ScorecardEntry => ({
  id,
  familyId: id,
  current: true,
  isDefault: false,
  createdAt: '2025-03-01T10:00:00.000Z',
  version: 1,
  name: { en: id, ru: id },
  categories: names.map(([key, en, ru]) => ({
    key,
    name: { en, ru },
    description: { en: `${en}.`, ru: `${ru}.` },
    weight: 10,
    scale: 'three',
    allowNa: false,
    critical: false,
    automatic: 'auto',
  })),
  ...extra,
});

describe('numbers in the reports', () => {
  it('prints a missing score as a dash, never as 0', () => {
    expect(formatScore(null, 'en')).toBe('—');
    expect(formatScore(78.46, 'en')).toBe('78');
    expect(formatScore(78.46, 'ru', 1)).toBe('78,5');
  });

  it('prints κ with two decimals and shares as whole percentages', () => {
    expect(formatKappa(0.6, 'en')).toBe('0.60');
    expect(formatKappa(-0.125, 'ru')).toBe('-0,13');
    expect(formatShare(0.875, 'en')).toBe('88%');
    expect(formatShare(null, 'en')).toBe('—');
  });

  it('labels a week by its Monday as a calendar day, whatever the viewer’s time zone', () => {
    expect(weekLabel('2025-03-03', 'en')).toBe('Mar 3');
    expect(weekLabel('2025-03-03', 'ru')).toMatch(/^3 мар/);
  });

  it('keeps calibration progress between empty and full', () => {
    expect(progressShare(3, 8)).toBe(0.375);
    expect(progressShare(0, 0)).toBe(0);
    expect(progressShare(9, 8)).toBe(1);
  });
});

describe('category names', () => {
  const old = card('old', { current: false }, [
    ['tone', 'Tone (old)', 'Тон (стар.)'],
    ['speed', 'Speed', 'Скорость'],
  ]);
  const other = card('other', {}, [['tone', 'Tone elsewhere', 'Тон где-то']]);
  const inUse = card('in-use', { isDefault: true }, [['tone', 'Tone', 'Тон']]);

  it('takes the names of the scorecard in use, in the UI language', () => {
    const names = categoryNames([inUse, old, other], 'ru');
    expect(names.get('tone')).toBe('Тон');
  });

  it('still names a category only an older version has', () => {
    expect(categoryNames([inUse, old], 'en').get('speed')).toBe('Speed');
  });

  it('finds the scorecard in use, else any current one', () => {
    expect(scorecardInUse([old, other, inUse])?.id).toBe('in-use');
    expect(scorecardInUse([old, other])?.id).toBe('other');
    expect(scorecardInUse([])).toBeNull();
  });
});

describe('topPointText', () => {
  it('takes what the top point means from a "0: … 1: … 2: …" description, without the N/A note', () => {
    const description =
      "0: the customer's feelings are ignored. 1: the feeling is acknowledged. 2: acknowledged, and the reply changes because of it. N/A when the customer shows no feeling to respond to.";
    expect(topPointText(description, 'three')).toBe('acknowledged, and the reply changes because of it.');
  });

  it('gives the whole description when it is not written point by point', () => {
    expect(topPointText('  Be kind and clear.  ', 'five')).toBe('Be kind and clear.');
  });
});
