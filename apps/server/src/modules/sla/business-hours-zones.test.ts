import { describe, expect, it } from 'vitest';
import { BusinessHours, type BusinessHoursInput } from '@sincere/contracts';
import { addBusinessMillis, businessMillisBetween, isOpenAt } from './business-hours';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

const everyDay = (blocks: { start: string; end: string }[]): BusinessHoursInput['weekly'] => ({
  monday: blocks,
  tuesday: blocks,
  wednesday: blocks,
  thursday: blocks,
  friday: blocks,
  saturday: blocks,
  sunday: blocks,
});
const weekdays = (blocks: { start: string; end: string }[]): BusinessHoursInput['weekly'] => ({
  monday: blocks,
  tuesday: blocks,
  wednesday: blocks,
  thursday: blocks,
  friday: blocks,
});

// Berlin goes from +01:00 to +02:00 at 2026-03-29 02:00 local, and back at 2026-10-25 03:00 local.
describe('Europe/Berlin across daylight saving changes', () => {
  const daily = BusinessHours.parse({
    timeZone: 'Europe/Berlin',
    weekly: everyDay([{ start: '09:00', end: '17:00' }]),
  });

  it('keeps a 09:00–17:00 day at 8 business hours on the spring-forward Sunday', () => {
    // Saturday 09:00 is 08:00Z (winter time), Sunday 09:00 is 07:00Z (summer time).
    expect(isOpenAt(daily, at('2026-03-28T08:00Z'))).toBe(true);
    expect(isOpenAt(daily, at('2026-03-29T06:59Z'))).toBe(false);
    expect(isOpenAt(daily, at('2026-03-29T07:00Z'))).toBe(true);
    expect(businessMillisBetween(daily, at('2026-03-29T00:00Z'), at('2026-03-30T00:00Z'))).toBe(8 * HOUR);
    // From Saturday 00:00 to Monday 00:00 local.
    expect(businessMillisBetween(daily, at('2026-03-27T23:00Z'), at('2026-03-29T22:00Z'))).toBe(16 * HOUR);
  });

  it('keeps it at 8 hours on the fall-back Sunday too', () => {
    expect(isOpenAt(daily, at('2026-10-25T08:00Z'))).toBe(true);
    expect(isOpenAt(daily, at('2026-10-25T07:59Z'))).toBe(false);
    expect(businessMillisBetween(daily, at('2026-10-24T22:00Z'), at('2026-10-25T23:00Z'))).toBe(8 * HOUR);
  });

  it('carries a due time over the change at local wall-clock times', () => {
    // Saturday 16:00 local (15:00Z) + 2 h: one hour on Saturday, then Sunday 09:00–10:00 summer time.
    expect(addBusinessMillis(daily, at('2026-03-28T15:00Z'), 2 * HOUR)).toEqual(at('2026-03-29T08:00Z'));
  });

  it('makes a whole-day block 23 hours long in spring and 25 hours in autumn', () => {
    const sundays = BusinessHours.parse({
      timeZone: 'Europe/Berlin',
      weekly: { sunday: [{ start: '00:00', end: '24:00' }] },
    });
    expect(businessMillisBetween(sundays, at('2026-03-28T00:00Z'), at('2026-03-31T00:00Z'))).toBe(23 * HOUR);
    expect(businessMillisBetween(sundays, at('2026-10-24T00:00Z'), at('2026-10-27T00:00Z'))).toBe(25 * HOUR);
  });

  it('ends a night block at the jump when its end time is skipped, and at the first 02:30 when repeated', () => {
    const saturdayNights = BusinessHours.parse({
      timeZone: 'Europe/Berlin',
      weekly: { saturday: [{ start: '22:00', end: '02:30' }] },
    });
    // Saturday noon to Sunday noon local covers exactly that Saturday's night.
    const night = (saturdayNoon: string) =>
      businessMillisBetween(saturdayNights, at(saturdayNoon), new Date(at(saturdayNoon).getTime() + 24 * HOUR));
    expect(night('2026-03-21T11:00Z')).toBe(4.5 * HOUR);
    // 22:00 +01:00 until the clock jumps from 02:00 to 03:00 +02:00.
    expect(night('2026-03-28T11:00Z')).toBe(4 * HOUR);
    // 22:00 +02:00 until the first 02:30 +02:00.
    expect(night('2026-10-24T10:00Z')).toBe(4.5 * HOUR);
  });

  it('has no open time on the day a block lies wholly inside the skipped hour', () => {
    const skipped = BusinessHours.parse({
      timeZone: 'Europe/Berlin',
      weekly: { sunday: [{ start: '02:15', end: '02:45' }] },
    });
    expect(businessMillisBetween(skipped, at('2026-03-28T12:00Z'), at('2026-03-29T12:00Z'))).toBe(0);
    expect(businessMillisBetween(skipped, at('2026-04-04T12:00Z'), at('2026-04-05T12:00Z'))).toBe(30 * MINUTE);
  });

  it('counts a calendar year of office days, lunch and holidays, to the hour', () => {
    const office = BusinessHours.parse({
      timeZone: 'Europe/Berlin',
      weekly: weekdays([
        { start: '09:00', end: '13:00' },
        { start: '14:00', end: '18:00' },
      ]),
      holidays: ['2026-01-01', '2026-12-25', '2026-12-26'],
    });
    // 261 weekdays in 2026, less New Year's Day (Thursday) and Christmas Day (Friday); the 26th is a Saturday.
    expect(businessMillisBetween(office, at('2025-12-31T23:00Z'), at('2026-12-31T23:00Z'))).toBe(259 * 8 * HOUR);
  });
});

describe('zones without daylight saving time', () => {
  it('reads America/Mexico_City as UTC−6 all year since Mexico abolished summer time in 2022', () => {
    const mexico = BusinessHours.parse({
      timeZone: 'America/Mexico_City',
      weekly: weekdays([{ start: '09:00', end: '17:00' }]),
    });
    // Monday after the first Sunday of April: summer time would have begun, but 09:00 is still 15:00Z.
    expect(isOpenAt(mexico, at('2026-04-06T14:59Z'))).toBe(false);
    expect(isOpenAt(mexico, at('2026-04-06T15:00Z'))).toBe(true);
    expect(businessMillisBetween(mexico, at('2026-04-05T12:00Z'), at('2026-04-12T12:00Z'))).toBe(40 * HOUR);
    // In April 2022 summer time still applied: 09:00 was 14:00Z.
    expect(isOpenAt(mexico, at('2022-04-04T14:00Z'))).toBe(true);
  });

  it('counts a month in Asia/Jakarta (UTC+7) with holidays', () => {
    const jakarta = BusinessHours.parse({
      timeZone: 'Asia/Jakarta',
      weekly: weekdays([{ start: '08:00', end: '16:00' }]),
      holidays: ['2026-03-19', '2026-03-20'],
    });
    // March 2026 has 22 weekdays; two are holidays. Local midnights are 17:00Z the day before.
    expect(businessMillisBetween(jakarta, at('2026-02-28T17:00Z'), at('2026-03-31T17:00Z'))).toBe(20 * 8 * HOUR);
    expect(isOpenAt(jakarta, at('2026-03-02T01:00Z'))).toBe(true);
    expect(isOpenAt(jakarta, at('2026-03-02T00:59Z'))).toBe(false);
  });
});
