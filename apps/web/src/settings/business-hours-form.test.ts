import { BusinessHours, CreateSlaPolicyRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../forms/validate';
import {
  blockLength,
  copyDay,
  draftOfHours,
  hoursOfDraft,
  newBlock,
  nextBlock,
  runsPastMidnight,
  splitForBreak,
  weeklyOpenMinutes,
  withHoliday,
} from './business-hours-form';

const times = (blocks: { start: string; end: string }[]) => blocks.map(({ start, end }) => `${start}-${end}`);

describe('draftOfHours and hoursOfDraft', () => {
  it('start a calendar-time policy from an office week in the account zone', () => {
    const draft = draftOfHours(null, 'Europe/Moscow');
    expect(draft.timeZone).toBe('Europe/Moscow');
    expect(times(draft.weekly.monday)).toEqual(['09:00-18:00']);
    expect(times(draft.weekly.friday)).toEqual(['09:00-18:00']);
    expect(draft.weekly.saturday).toEqual([]);
    expect(weeklyOpenMinutes(draft)).toBe(5 * 9 * 60);
  });

  it('give back the stored schedule unchanged, every weekday included', () => {
    const stored = BusinessHours.parse({
      timeZone: 'Asia/Jakarta',
      weekly: {
        monday: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      },
      holidays: ['2025-12-25', '2025-01-01'],
    });
    const input = hoursOfDraft(draftOfHours(stored, 'UTC'));
    expect(input).toEqual({ ...stored, holidays: ['2025-01-01', '2025-12-25'] });
    expect(BusinessHours.parse(input)).toEqual({ ...stored, holidays: ['2025-01-01', '2025-12-25'] });
  });

  it('show an end at 24:00 as 00:00, which the contract reads as the same midnight', () => {
    const stored = BusinessHours.parse({ timeZone: 'UTC', weekly: { sunday: [{ start: '20:00', end: '24:00' }] } });
    const draft = draftOfHours(stored, 'UTC');
    expect(times(draft.weekly.sunday)).toEqual(['20:00-00:00']);
    expect(blockLength(draft.weekly.sunday[0]!)).toBe(4 * 60);
    expect(runsPastMidnight(draft.weekly.sunday[0]!)).toBe(false);
  });

  it('build a night shift past midnight that the contract accepts', () => {
    const draft = draftOfHours(null, 'Europe/Berlin');
    draft.weekly.friday = [newBlock('22:00', '06:00')];
    draft.weekly.saturday = [newBlock('10:00', '14:00')];
    const check = validate(CreateSlaPolicyRequest, { name: 'Nights', businessHours: hoursOfDraft(draft), targets: {} });
    expect(check.ok).toBe(true);
    expect(weeklyOpenMinutes(draft)).toBe(4 * 9 * 60 + 8 * 60 + 4 * 60);
  });

  it('let the contract name a morning block that a night block runs into', () => {
    const draft = draftOfHours(null, 'Europe/Berlin');
    draft.weekly.friday = [newBlock('22:00', '06:00')];
    draft.weekly.saturday = [newBlock('05:00', '09:00')];
    const check = validate(CreateSlaPolicyRequest, { name: 'Nights', businessHours: hoursOfDraft(draft), targets: {} });
    expect(check).toEqual({ ok: false, problems: { 'businessHours.weekly.saturday.0': { kind: 'invalid' } } });
  });

  it('count an open-all-week schedule as every hour of the week', () => {
    const draft = { ...draftOfHours(null, 'UTC'), alwaysOpen: true };
    expect(weeklyOpenMinutes(draft)).toBe(7 * 24 * 60);
  });
});

describe('runsPastMidnight', () => {
  it('is true when the end is at or before the start', () => {
    expect(runsPastMidnight({ start: '22:00', end: '06:00' })).toBe(true);
    expect(runsPastMidnight({ start: '09:00', end: '09:00' })).toBe(true);
    expect(runsPastMidnight({ start: '09:00', end: '18:00' })).toBe(false);
  });

  it('is false for a block ending at midnight, or one still being typed', () => {
    expect(runsPastMidnight({ start: '18:00', end: '00:00' })).toBe(false);
    expect(runsPastMidnight({ start: '18:00', end: '24:00' })).toBe(false);
    expect(runsPastMidnight({ start: '18:00', end: '' })).toBe(false);
  });
});

describe('blockLength', () => {
  it('counts a night block across midnight', () => {
    expect(blockLength({ start: '22:00', end: '06:00' })).toBe(8 * 60);
    expect(blockLength({ start: '00:00', end: '00:00' })).toBe(24 * 60);
    expect(blockLength({ start: '9:00', end: '18:00' })).toBeNull();
  });
});

describe('nextBlock', () => {
  it('offers an office day on an empty day, else a block an hour after the last', () => {
    expect(times([nextBlock([])])).toEqual(['09:00-18:00']);
    expect(times([nextBlock([newBlock('09:00', '13:00')])])).toEqual(['14:00-18:00']);
    expect(times([nextBlock([newBlock('16:00', '22:00')])])).toEqual(['23:00-03:00']);
  });
});

describe('splitForBreak', () => {
  it('cuts an hour-long break out of the middle of a block, on the half hour', () => {
    const block = newBlock('09:00', '18:00');
    const split = splitForBreak(block);
    expect(split && times(split)).toEqual(['09:00-13:00', '14:00-18:00']);
    expect(split?.[0].id).toBe(block.id);
  });

  it('splits a night block, and refuses one too short for a break', () => {
    expect(times(splitForBreak(newBlock('22:00', '06:00')) ?? [])).toEqual(['22:00-01:30', '02:30-06:00']);
    expect(splitForBreak(newBlock('09:00', '11:30'))).toBeNull();
  });
});

describe('copyDay', () => {
  it('gives other days their own copies of a day’s blocks', () => {
    const draft = draftOfHours(null, 'UTC');
    draft.weekly.monday = [newBlock('08:00', '12:00'), newBlock('13:00', '17:00')];
    const weekly = copyDay(draft.weekly, 'monday', ['tuesday', 'saturday']);
    expect(times(weekly.saturday)).toEqual(['08:00-12:00', '13:00-17:00']);
    expect(weekly.saturday[0]?.id).not.toBe(weekly.monday[0]?.id);
    expect(weekly.sunday).toEqual([]);
  });
});

describe('withHoliday', () => {
  it('keeps holidays unique and in date order', () => {
    expect(withHoliday(['2025-05-09'], '2025-01-01')).toEqual(['2025-01-01', '2025-05-09']);
    expect(withHoliday(['2025-05-09'], '2025-05-09')).toEqual(['2025-05-09']);
  });
});
