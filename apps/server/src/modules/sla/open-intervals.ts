import { WEEKDAYS, type BusinessHours } from '@sincere/contracts';
import { countryDays, ownDaysOf, type CountryDays } from '../calendars/country-days';
import { timelineOf, type ZoneTimeline } from './zone-timeline';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const MINUTES_PER_DAY = 24 * 60;

/** Open from `start` (inclusive) to `end` (exclusive), both epoch milliseconds. */
export interface OpenInterval {
  start: number;
  end: number;
}

/** A block as minutes from the midnight of the day it starts on; `end` may reach 2880 (next day). */
interface DayBlock {
  start: number;
  end: number;
}

interface CompiledHours {
  alwaysOpen: boolean;
  timeZone: string;
  /** Index 0 is Monday. */
  weekly: readonly (readonly DayBlock[])[];
  /** Holidays as local days since 1970-01-01. */
  holidays: ReadonlySet<number>;
  /** The public holidays and worked weekend days of the country the hours follow, if any. */
  country: CountryDays | null;
  hasOpenTime: boolean;
}

// Schedules are read-only values: compiling once per object lets an inbox page reuse the work.
const compiled = new WeakMap<BusinessHours, CompiledHours>();

function compile(hours: BusinessHours): CompiledHours {
  let result = compiled.get(hours);
  if (!result) {
    const weekly = WEEKDAYS.map((day) =>
      hours.weekly[day].map(({ start, end }) => {
        const from = minutesOf(start);
        const to = minutesOf(end);
        return { start: from, end: to > from ? to : to + MINUTES_PER_DAY };
      }),
    );
    result = {
      alwaysOpen: hours.alwaysOpen,
      timeZone: hours.timeZone,
      weekly,
      holidays: new Set(hours.holidays.map(localDayOfDate)),
      country: hours.holidayCountry ? countryDays(hours.holidayCountry, ownDaysOf(hours)) : null,
      hasOpenTime: hours.alwaysOpen || weekly.some((blocks) => blocks.length > 0),
    };
    compiled.set(hours, result);
  }
  return result;
}

function minutesOf(time: string): number {
  const match = /^(\d\d):(\d\d)$/.exec(time);
  if (!match) throw new RangeError(`Invalid time "${time}": use HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function localDayOfDate(date: string): number {
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
  if (!Number.isInteger(day)) throw new RangeError(`Invalid holiday "${date}": use YYYY-MM-DD`);
  return day;
}

/** 1970-01-01 was a Thursday; Monday is 0. */
function weekdayOf(localDay: number): number {
  return (((localDay + 3) % 7) + 7) % 7;
}

/**
 * The schedule's open intervals that end after `at`, in order, merged where they touch or overlap
 * (a block ending at 24:00 and the next day's block from 00:00 are one interval). The first one
 * may have begun before `at`. Endless unless the schedule has no open time.
 */
export function* openIntervalsFrom(hours: BusinessHours, at: number): Generator<OpenInterval, void, undefined> {
  const schedule = compile(hours);
  if (!schedule.hasOpenTime) return;
  if (schedule.alwaysOpen) {
    yield { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };
    return;
  }
  const timeline = timelineOf(schedule.timeZone);
  // A night block of the day before may still be running at `at`.
  let day = Math.floor(timeline.wallTimeOf(at) / DAY_MS) - 1;
  let waiting: OpenInterval[] = [];
  for (;;) {
    waiting = mergeSorted([...waiting, ...intervalsStartingOn(schedule, timeline, day)]);
    // Later days' blocks start at or after the next local midnight, so anything ending before it is final.
    const nextMidnight = timeline.instantOf((day + 1) * DAY_MS);
    while (waiting[0] && waiting[0].end < nextMidnight) {
      const interval = waiting.shift();
      if (interval && interval.end > at) yield interval;
    }
    day++;
  }
}

function intervalsStartingOn(schedule: CompiledHours, timeline: ZoneTimeline, day: number): OpenInterval[] {
  if (schedule.holidays.has(day)) return [];
  const kind = schedule.country?.kindOf(day) ?? null;
  if (kind === 'off') return [];
  const midnight = day * DAY_MS;
  const intervals: OpenInterval[] = [];
  // A weekend day worked for a transfer (a Russian Saturday) opens with Monday's hours.
  const weekday = kind === 'working' ? 0 : weekdayOf(day);
  for (const block of schedule.weekly[weekday] ?? []) {
    const start = timeline.instantOf(midnight + block.start * MINUTE_MS);
    const end = timeline.instantOf(midnight + block.end * MINUTE_MS);
    // A block lying wholly inside a skipped hour has no instants at all.
    if (end > start) intervals.push({ start, end });
  }
  return intervals;
}

function mergeSorted(intervals: OpenInterval[]): OpenInterval[] {
  intervals.sort((a, b) => a.start - b.start);
  const merged: OpenInterval[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}
