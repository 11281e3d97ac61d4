import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { BusinessHours, WEEKDAYS } from '@sincere/contracts';
import { addBusinessMillis, businessMillisBetween, isOpenAt, nextOpening } from './business-hours';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** mulberry32: a small seeded generator, so a failure replays identically. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const office = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];
const schedules = [
  BusinessHours.parse({
    timeZone: 'Europe/Berlin',
    weekly: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
    holidays: ['2026-03-30', '2026-10-26', '2026-12-24'],
  }),
  // Night shifts across both of Berlin's changes, a skipped-hour end and a break.
  BusinessHours.parse({
    timeZone: 'Europe/Berlin',
    weekly: {
      friday: [{ start: '20:00', end: '23:00' }],
      saturday: [
        { start: '06:00', end: '12:00' },
        { start: '22:00', end: '02:30' },
      ],
      sunday: [{ start: '22:00', end: '06:00' }],
    },
    holidays: ['2026-03-29'],
  }),
  // Lord Howe Island moves its clocks by half an hour.
  BusinessHours.parse({
    timeZone: 'Australia/Lord_Howe',
    weekly: { sunday: [{ start: '01:00', end: '03:00' }], monday: office },
  }),
  BusinessHours.parse({
    timeZone: 'America/Mexico_City',
    weekly: { tuesday: [{ start: '18:00', end: '24:00' }], wednesday: office },
  }),
  BusinessHours.parse({ timeZone: 'Asia/Jakarta', weekly: { thursday: [{ start: '23:00', end: '23:00' }] } }),
];

// Instants around the 2026 changes of Berlin (March, October) and Lord Howe (April, October), and any time.
const hotSpots = ['2026-03-29T01:00Z', '2026-10-25T01:00Z', '2026-04-04T15:00Z', '2026-10-03T15:30Z'].map(Date.parse);
function randomInstant(random: () => number): number {
  if (random() < 0.5) return Math.floor(Date.parse('2026-01-01T00:00Z') + random() * 365 * 24 * HOUR);
  const spot = hotSpots[Math.floor(random() * hotSpots.length)] ?? 0;
  return Math.floor(spot + (random() - 0.5) * 6 * 24 * HOUR);
}

describe('addBusinessMillis and businessMillisBetween together', () => {
  it('round-trip for random instants and durations, due inside or at the end of an open block', () => {
    const random = seededRandom(20260329);
    for (let i = 0; i < 600; i++) {
      const hours = schedules[i % schedules.length]!;
      const from = new Date(randomInstant(random));
      const millis = 1 + Math.floor(random() * 60 * HOUR);
      const due = addBusinessMillis(hours, from, millis);
      const context = `${hours.timeZone} from ${from.toISOString()} + ${millis}`;
      expect(businessMillisBetween(hours, from, due), context).toBe(millis);
      // The earliest such instant: one millisecond before, one millisecond was still missing.
      expect(businessMillisBetween(hours, from, new Date(due.getTime() - 1)), context).toBe(millis - 1);
      expect(isOpenAt(hours, new Date(due.getTime() - 1)), context).toBe(true);
      const middle = new Date(from.getTime() + Math.floor(random() * (due.getTime() - from.getTime())));
      expect(businessMillisBetween(hours, from, middle) + businessMillisBetween(hours, middle, due), context).toBe(
        millis,
      );
    }
  });

  it('finds the next opening as an open instant with no business time before it', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const hours = schedules[i % schedules.length]!;
      const instant = new Date(randomInstant(random));
      const opening = nextOpening(hours, instant);
      expect(isOpenAt(hours, opening)).toBe(true);
      expect(businessMillisBetween(hours, instant, opening)).toBe(0);
    }
  });
});

/** Open by reading the wall clock minute by minute: the definition, without the day-by-day machinery. */
function openByWallClock(hours: BusinessHours, instant: number): boolean {
  const local = DateTime.fromMillis(instant, { zone: hours.timeZone });
  const minuteOfDay = local.hour * 60 + local.minute;
  return [0, 1].some((daysBack) => {
    const day = local.minus({ days: daysBack });
    if (hours.holidays.includes(day.toISODate() ?? '')) return false;
    const weekday = WEEKDAYS[day.weekday - 1];
    return (weekday ? hours.weekly[weekday] : []).some((block) => {
      const start = toMinutes(block.start);
      const end = toMinutes(block.end) > start ? toMinutes(block.end) : toMinutes(block.end) + 1440;
      const sinceDayStart = minuteOfDay + daysBack * 1440;
      return sinceDayStart >= start && sinceDayStart < end;
    });
  });
}
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

describe('businessMillisBetween against the wall clock read every quarter hour', () => {
  // Every block edge below falls on a quarter hour in UTC, so sampling each quarter counts exactly.
  // None lies in a repeated or skipped hour, where "the wall clock reads HH:MM" is ambiguous and the
  // documented choice (first occurrence; the jump) applies instead.
  const nights = BusinessHours.parse({
    timeZone: 'Europe/Berlin',
    weekly: { saturday: [{ start: '21:30', end: '07:00' }], sunday: [{ start: '23:00', end: '24:00' }] },
    holidays: ['2026-03-21'],
  });
  it.each([
    ['office hours in Berlin, spring', schedules[0]!, '2026-03-23T00:00Z'],
    ['office hours in Berlin, autumn', schedules[0]!, '2026-10-19T00:00Z'],
    ['night shifts in Berlin, spring', nights, '2026-03-16T00:00Z'],
    ['night shifts in Berlin, autumn', nights, '2026-10-19T00:00Z'],
    ['Lord Howe in April', schedules[2]!, '2026-03-30T00:00Z'],
    ['Lord Howe in October', schedules[2]!, '2026-09-28T00:00Z'],
    ['a 24-hour block in Jakarta', schedules[4]!, '2026-03-01T00:00Z'],
  ] as const)('agrees for %s', (_name, hours, weekStart) => {
    const QUARTER = 15 * MINUTE;
    const from = Date.parse(weekStart);
    const to = from + 15 * 24 * HOUR;
    let open = 0;
    for (let quarter = from; quarter < to; quarter += QUARTER) {
      if (openByWallClock(hours, quarter)) open += QUARTER;
    }
    expect(open).toBeGreaterThan(0);
    expect(businessMillisBetween(hours, new Date(from), new Date(to))).toBe(open);
  });
});
