import { describe, expect, it } from 'vitest';
import { BusinessHours } from '@sincere/contracts';
import { addBusinessMillis, businessMillisBetween, isOpenAt, nextOpening } from './business-hours';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(`${iso}Z`);

// In UTC, so every expected instant below reads as local time. 2026-03-02 is a Monday.
const officeDay = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];
const office = BusinessHours.parse({
  timeZone: 'UTC',
  weekly: { monday: officeDay, tuesday: officeDay, wednesday: officeDay, thursday: officeDay, friday: officeDay },
});

// Nights starting Monday to Friday; Wednesday 2026-03-04 is a holiday.
const night = [{ start: '22:00', end: '06:00' }];
const nightShift = BusinessHours.parse({
  timeZone: 'UTC',
  weekly: { monday: night, tuesday: night, wednesday: night, thursday: night, friday: night },
  holidays: ['2026-03-04'],
});

const always = BusinessHours.parse({ timeZone: 'Europe/Berlin', alwaysOpen: true, holidays: ['2026-03-02'] });

describe('isOpenAt', () => {
  it('opens at the start of a block and closes at its end', () => {
    expect(isOpenAt(office, at('2026-03-02T08:59:59.999'))).toBe(false);
    expect(isOpenAt(office, at('2026-03-02T09:00'))).toBe(true);
    expect(isOpenAt(office, at('2026-03-02T17:59:59.999'))).toBe(true);
    expect(isOpenAt(office, at('2026-03-02T18:00'))).toBe(false);
  });

  it('is closed over the lunch break and at the weekend', () => {
    expect(isOpenAt(office, at('2026-03-02T13:00'))).toBe(false);
    expect(isOpenAt(office, at('2026-03-02T13:59'))).toBe(false);
    expect(isOpenAt(office, at('2026-03-07T10:00'))).toBe(false);
  });

  it('keeps a night block open past midnight, into a holiday, but starts none on the holiday', () => {
    expect(isOpenAt(nightShift, at('2026-03-03T01:00'))).toBe(true);
    expect(isOpenAt(nightShift, at('2026-03-04T03:00'))).toBe(true);
    expect(isOpenAt(nightShift, at('2026-03-04T06:00'))).toBe(false);
    expect(isOpenAt(nightShift, at('2026-03-04T23:00'))).toBe(false);
    expect(isOpenAt(nightShift, at('2026-03-05T03:00'))).toBe(false);
  });

  it('is always open when alwaysOpen is set, holidays included', () => {
    expect(isOpenAt(always, at('2026-03-02T03:00'))).toBe(true);
  });
});

describe('businessMillisBetween', () => {
  it('counts 8 hours for a whole Monday with a lunch hour', () => {
    expect(businessMillisBetween(office, at('2026-03-02T00:00'), at('2026-03-03T00:00'))).toBe(8 * HOUR);
  });

  it('counts only the open parts of a range that starts and ends mid-block', () => {
    // 10:30–13:00 and 14:00–15:15.
    expect(businessMillisBetween(office, at('2026-03-02T10:30'), at('2026-03-02T15:15'))).toBe(3 * HOUR + 45 * MINUTE);
  });

  it('is 0 inside a break and for an empty or reversed range', () => {
    expect(businessMillisBetween(office, at('2026-03-02T13:05'), at('2026-03-02T13:55'))).toBe(0);
    expect(businessMillisBetween(office, at('2026-03-02T10:00'), at('2026-03-02T10:00'))).toBe(0);
    expect(businessMillisBetween(office, at('2026-03-02T12:00'), at('2026-03-02T10:00'))).toBe(0);
  });

  it('skips the weekend', () => {
    expect(businessMillisBetween(office, at('2026-03-06T17:00'), at('2026-03-09T10:00'))).toBe(2 * HOUR);
  });

  it('counts a night block across midnight', () => {
    expect(businessMillisBetween(nightShift, at('2026-03-02T23:00'), at('2026-03-03T01:00'))).toBe(2 * HOUR);
    expect(businessMillisBetween(nightShift, at('2026-03-02T12:00'), at('2026-03-03T12:00'))).toBe(8 * HOUR);
  });

  it('counts the night running into a holiday but not the night that would start on it', () => {
    expect(businessMillisBetween(nightShift, at('2026-03-03T20:00'), at('2026-03-05T12:00'))).toBe(8 * HOUR);
  });

  it('counts every millisecond when always open', () => {
    expect(businessMillisBetween(always, at('2026-03-01T10:00'), at('2026-03-03T10:00'))).toBe(48 * HOUR);
  });

  it('refuses an invalid date', () => {
    expect(() => businessMillisBetween(office, new Date(Number.NaN), at('2026-03-02T10:00'))).toThrow(RangeError);
  });
});

describe('addBusinessMillis', () => {
  it('is due at the end of a block when the time runs out there, not at the next opening', () => {
    expect(addBusinessMillis(office, at('2026-03-02T10:00'), 3 * HOUR)).toEqual(at('2026-03-02T13:00'));
    expect(addBusinessMillis(office, at('2026-03-02T10:00'), 3 * HOUR + 1)).toEqual(at('2026-03-02T14:00:00.001'));
  });

  it('continues after the lunch break', () => {
    expect(addBusinessMillis(office, at('2026-03-02T12:00'), 2 * HOUR)).toEqual(at('2026-03-02T15:00'));
    expect(addBusinessMillis(office, at('2026-03-02T13:30'), 30 * MINUTE)).toEqual(at('2026-03-02T14:30'));
  });

  it('carries a Friday-evening target over the weekend to Monday', () => {
    expect(addBusinessMillis(office, at('2026-03-06T17:00'), 2 * HOUR)).toEqual(at('2026-03-09T10:00'));
    expect(addBusinessMillis(office, at('2026-03-07T10:00'), 1 * HOUR)).toEqual(at('2026-03-09T10:00'));
  });

  it('ends a whole working week exactly at Friday closing', () => {
    expect(addBusinessMillis(office, at('2026-03-02T09:00'), 40 * HOUR)).toEqual(at('2026-03-06T18:00'));
  });

  it('skips a holiday', () => {
    const withHoliday = BusinessHours.parse({ ...office, holidays: ['2026-03-09'] });
    expect(addBusinessMillis(withHoliday, at('2026-03-06T17:00'), 2 * HOUR)).toEqual(at('2026-03-10T10:00'));
  });

  it('adds plain time when always open', () => {
    expect(addBusinessMillis(always, at('2026-03-01T22:00'), 5 * HOUR)).toEqual(at('2026-03-02T03:00'));
  });

  it('returns the start itself for zero, even while closed', () => {
    expect(addBusinessMillis(office, at('2026-03-07T10:00'), 0)).toEqual(at('2026-03-07T10:00'));
  });

  it('refuses negative, fractional and non-finite amounts', () => {
    for (const millis of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addBusinessMillis(office, at('2026-03-02T10:00'), millis)).toThrow(RangeError);
    }
  });

  it('throws a clear error for a schedule that is never open', () => {
    // Validation refuses such a schedule; this one bypasses it.
    const never: BusinessHours = {
      ...office,
      weekly: { ...office.weekly, monday: [], tuesday: [], wednesday: [], thursday: [], friday: [] },
    };
    expect(() => addBusinessMillis(never, at('2026-03-02T10:00'), HOUR)).toThrow(/never open/);
    expect(() => nextOpening(never, at('2026-03-02T10:00'))).toThrow(/never open/);
    expect(isOpenAt(never, at('2026-03-02T10:00'))).toBe(false);
    expect(businessMillisBetween(never, at('2026-03-02T10:00'), at('2026-03-09T10:00'))).toBe(0);
  });
});

describe('nextOpening', () => {
  it('is the instant itself while open', () => {
    expect(nextOpening(office, at('2026-03-02T10:15'))).toEqual(at('2026-03-02T10:15'));
  });

  it('is the end of the break, or Monday morning after a Friday evening', () => {
    expect(nextOpening(office, at('2026-03-02T13:00'))).toEqual(at('2026-03-02T14:00'));
    expect(nextOpening(office, at('2026-03-06T19:00'))).toEqual(at('2026-03-09T09:00'));
  });

  it('skips the night that would have started on a holiday', () => {
    expect(nextOpening(nightShift, at('2026-03-04T06:00'))).toEqual(at('2026-03-05T22:00'));
  });
});
