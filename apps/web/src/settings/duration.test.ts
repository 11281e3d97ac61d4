import { describe, expect, it } from 'vitest';
import { draftOfMinutes, formatMinutes, minutesOfDraft } from './duration';

describe('draftOfMinutes', () => {
  it('splits stored minutes into hours and minutes', () => {
    expect(draftOfMinutes(150)).toEqual({ hours: '2', minutes: '30' });
    expect(draftOfMinutes(45)).toEqual({ hours: '0', minutes: '45' });
    expect(draftOfMinutes(2 * 24 * 60)).toEqual({ hours: '48', minutes: '0' });
  });

  it('leaves both fields empty when there is no target', () => {
    expect(draftOfMinutes(undefined)).toEqual({ hours: '', minutes: '' });
  });
});

describe('minutesOfDraft', () => {
  it('adds hours and minutes, either of which may be left empty', () => {
    expect(minutesOfDraft({ hours: '2', minutes: '30' })).toBe(150);
    expect(minutesOfDraft({ hours: '4', minutes: '' })).toBe(240);
    expect(minutesOfDraft({ hours: '', minutes: '90' })).toBe(90);
    expect(minutesOfDraft({ hours: ' 1 ', minutes: '0' })).toBe(60);
  });

  it('means no target when both fields are empty', () => {
    expect(minutesOfDraft({ hours: '', minutes: ' ' })).toBeUndefined();
  });

  it('refuses what is not a whole non-negative number', () => {
    expect(minutesOfDraft({ hours: '1.5', minutes: '' })).toBeNull();
    expect(minutesOfDraft({ hours: '-1', minutes: '' })).toBeNull();
    expect(minutesOfDraft({ hours: '', minutes: 'ten' })).toBeNull();
  });

  it('gives back what draftOfMinutes split', () => {
    for (const total of [1, 59, 60, 61, 1439, 1440, 129_600]) {
      expect(minutesOfDraft(draftOfMinutes(total))).toBe(total);
    }
  });
});

describe('formatMinutes', () => {
  it('reads as hours and minutes in the UI language', () => {
    expect(formatMinutes(150, 'en')).toBe('2 hr 30 min');
    expect(formatMinutes(150, 'ru')).toBe('2 ч 30 мин');
  });

  it('counts whole days from 24 hours on and leaves out zero parts', () => {
    expect(formatMinutes(24 * 60, 'en')).toBe('1 day');
    expect(formatMinutes(26 * 60 + 5, 'en')).toBe('1 day 2 hr 5 min');
    expect(formatMinutes(60, 'ru')).toBe('1 ч');
    expect(formatMinutes(30, 'en')).toBe('30 min');
  });

  it('can stop at hours, for a week’s total', () => {
    expect(formatMinutes(53 * 60 + 30, 'en', 'hour')).toBe('53 hr 30 min');
  });
});
