import { describe, expect, it } from 'vitest';
import { BusinessHours, type BusinessHoursInput } from '@sincere/contracts';

/** The paths of the issues, dotted: 'weekly.monday.0.start'. */
function errorPaths(input: unknown): string[] {
  const result = BusinessHours.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const valid: BusinessHoursInput = {
  timeZone: 'Europe/Berlin',
  weekly: {
    monday: [
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:00' },
    ],
  },
};

describe('BusinessHours schema', () => {
  it('accepts a day with a lunch break and fills in the other days, holidays and alwaysOpen', () => {
    const hours = BusinessHours.parse(valid);
    expect(hours.weekly.monday).toHaveLength(2);
    expect(hours.weekly.sunday).toEqual([]);
    expect(hours.holidays).toEqual([]);
    expect(hours.alwaysOpen).toBe(false);
  });

  it('accepts touching blocks, a 24:00 end, a night block and a 24/7 schedule without blocks', () => {
    expect(
      errorPaths({
        timeZone: 'UTC',
        weekly: {
          monday: [
            { start: '00:00', end: '12:00' },
            { start: '12:00', end: '24:00' },
          ],
          tuesday: [{ start: '22:00', end: '06:00' }],
          wednesday: [{ start: '06:00', end: '10:00' }],
        },
      }),
    ).toEqual([]);
    expect(errorPaths({ timeZone: 'Asia/Jakarta', alwaysOpen: true })).toEqual([]);
  });

  it('names the field of a malformed time', () => {
    for (const time of ['9:00', '12:60', '25:00', '24:30', '09:00:00']) {
      expect(errorPaths({ ...valid, weekly: { friday: [{ start: '09:00', end: time }] } })).toEqual([
        'weekly.friday.0.end',
      ]);
    }
    expect(errorPaths({ ...valid, weekly: { friday: [{ start: '24:00', end: '06:00' }] } })).toEqual([
      'weekly.friday.0.start',
    ]);
  });

  it('refuses overlapping blocks of one day, naming the later block', () => {
    const weekly = {
      tuesday: [
        { start: '12:00', end: '18:00' },
        { start: '09:00', end: '12:30' },
      ],
    };
    expect(errorPaths({ ...valid, weekly })).toEqual(['weekly.tuesday.0']);
  });

  it("refuses a night block that runs into the next day's first block", () => {
    const weekly = { sunday: [{ start: '22:00', end: '06:00' }], monday: [{ start: '05:30', end: '12:00' }] };
    expect(errorPaths({ ...valid, weekly })).toEqual(['weekly.monday.0']);
  });

  it('refuses more than 10 blocks a day', () => {
    const blocks = Array.from({ length: 11 }, (_, hour) => ({
      start: `${String(hour).padStart(2, '0')}:00`,
      end: `${String(hour).padStart(2, '0')}:30`,
    }));
    expect(errorPaths({ ...valid, weekly: { monday: blocks } })).toEqual(['weekly.monday']);
  });

  it('refuses an unknown time zone, an offset instead of a zone, and a misspelt weekday', () => {
    expect(errorPaths({ ...valid, timeZone: 'Europe/Atlantis' })).toEqual(['timeZone']);
    expect(errorPaths({ ...valid, timeZone: '+02:00' })).toEqual(['timeZone']);
    const monday = [{ start: '09:00', end: '17:00' }];
    expect(errorPaths({ ...valid, weekly: { monday, tusday: monday } })).toEqual(['weekly']);
  });

  it('refuses a holiday that is not a calendar date', () => {
    expect(errorPaths({ ...valid, holidays: ['2026-12-25', '2026-02-30', '25.12.2026'] })).toEqual([
      'holidays.1',
      'holidays.2',
    ]);
  });

  it('refuses a schedule that is never open', () => {
    expect(errorPaths({ timeZone: 'UTC', weekly: {} })).toEqual(['weekly']);
    expect(errorPaths({ timeZone: 'UTC' })).toEqual(['weekly']);
  });
});
