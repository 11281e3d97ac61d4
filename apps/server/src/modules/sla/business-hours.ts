import type { BusinessHours } from '@sincere/contracts';
import { openIntervalsFrom } from './open-intervals';

/*
 * Business time of a schedule (see BusinessHours in contracts). All instants are Dates, read as
 * UTC instants; all durations are milliseconds. A block is open from its start (inclusive) to its
 * end (exclusive), in the schedule's zone, so business time is real elapsed time: a 09:00–17:00
 * block is 8 hours on a DST day too, and 00:00–24:00 is 23 hours on a spring-forward day.
 * A schedule with no open time at all (only possible if it skipped validation) makes
 * addBusinessMillis and nextOpening throw a RangeError; the other functions report it as closed.
 */

export function isOpenAt(hours: BusinessHours, at: Date): boolean {
  const instant = timeOf(at);
  for (const interval of openIntervalsFrom(hours, instant)) return interval.start <= instant;
  return false;
}

/** Business time in [from, to); 0 when `to` is not after `from`. */
export function businessMillisBetween(hours: BusinessHours, from: Date, to: Date): number {
  const start = timeOf(from);
  const end = timeOf(to);
  if (end <= start) return 0;
  let total = 0;
  for (const interval of openIntervalsFrom(hours, start)) {
    if (interval.start >= end) break;
    total += Math.min(interval.end, end) - Math.max(interval.start, start);
  }
  return total;
}

/**
 * The first instant by which `millis` of business time have passed since `from`: the due time of a
 * target. It lies inside an open block or exactly at its end (a 4-hour target that runs out at the
 * 13:00 lunch break is due at 13:00, not at 14:00), and businessMillisBetween(from, result) === millis.
 * Zero millis gives `from` itself, open or not.
 */
export function addBusinessMillis(hours: BusinessHours, from: Date, millis: number): Date {
  if (!Number.isSafeInteger(millis) || millis < 0) {
    throw new RangeError(`Business time to add must be a whole, non-negative number of milliseconds, not ${millis}`);
  }
  const start = timeOf(from);
  if (millis === 0) return new Date(start);
  let remaining = millis;
  for (const interval of openIntervalsFrom(hours, start)) {
    const opensAt = Math.max(interval.start, start);
    if (interval.end - opensAt >= remaining) return new Date(opensAt + remaining);
    remaining -= interval.end - opensAt;
  }
  throw neverOpen(hours);
}

/** `at` itself when the schedule is open then, otherwise the next instant it opens. */
export function nextOpening(hours: BusinessHours, at: Date): Date {
  const instant = timeOf(at);
  for (const interval of openIntervalsFrom(hours, instant)) return new Date(Math.max(interval.start, instant));
  throw neverOpen(hours);
}

function timeOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  return time;
}

function neverOpen(hours: BusinessHours): RangeError {
  return new RangeError(`The business hours in ${hours.timeZone} are never open: add a block or set alwaysOpen`);
}
