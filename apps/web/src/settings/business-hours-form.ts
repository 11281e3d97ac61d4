import { WEEKDAYS, type BusinessHours, type BusinessHoursInput, type Weekday } from '@sincere/contracts';

/** An open block as the editor holds it; `id` keeps React's keys stable while blocks are added and removed. */
export interface BlockDraft {
  id: string;
  start: string;
  end: string;
}

export interface BusinessHoursDraft {
  timeZone: string;
  /** Blocks in the order the person entered them: server errors name blocks by this index. */
  weekly: Record<Weekday, BlockDraft[]>;
  holidays: string[];
  /** Closed on this country's public holidays too (ISO code); '' for none. */
  holidayCountry: string;
  alwaysOpen: boolean;
}

const MINUTES_PER_DAY = 24 * 60;
const OFFICE_DAY = { start: '09:00', end: '18:00' };
const WORKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

let lastId = 0;
const newId = () => `block-${++lastId}`;

export function newBlock(start: string, end: string): BlockDraft {
  return { id: newId(), start, end };
}

/**
 * The editor's state for a policy's hours. A policy counted in calendar time starts from a
 * Monday-to-Friday office day in the account's zone, so switching to business hours has a sensible start.
 */
export function draftOfHours(hours: BusinessHours | null, defaultTimeZone: string): BusinessHoursDraft {
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => {
      const blocks = hours ? hours.weekly[day] : WORKDAYS.includes(day) ? [OFFICE_DAY] : [];
      // A time input cannot show 24:00; 00:00 as an end means the same midnight (the block runs to it).
      return [day, blocks.map((block) => newBlock(block.start, block.end === '24:00' ? '00:00' : block.end))];
    }),
  ) as Record<Weekday, BlockDraft[]>;
  return {
    timeZone: hours?.timeZone ?? defaultTimeZone,
    weekly,
    holidays: hours ? [...hours.holidays].sort() : [],
    holidayCountry: hours?.holidayCountry ?? '',
    alwaysOpen: hours?.alwaysOpen ?? false,
  };
}

/** What the contract takes: every weekday, blocks without their ids, holidays in date order. */
export function hoursOfDraft(draft: BusinessHoursDraft): BusinessHoursInput {
  const weekly = Object.fromEntries(
    WEEKDAYS.map((day) => [day, draft.weekly[day].map(({ start, end }) => ({ start, end }))]),
  ) as Record<Weekday, { start: string; end: string }[]>;
  return {
    timeZone: draft.timeZone.trim(),
    weekly,
    holidays: [...draft.holidays].sort(),
    holidayCountry: draft.holidayCountry === '' ? null : draft.holidayCountry,
    alwaysOpen: draft.alwaysOpen,
  };
}

/** Minutes since midnight of 'HH:MM'; null for anything else (an input being edited). */
export function minutesOfTime(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 24 && minutes < 60 && hours * 60 + minutes <= MINUTES_PER_DAY ? hours * 60 + minutes : null;
}

function timeOfMinutes(total: number): string {
  const wrapped = ((total % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/**
 * As the contract reads a block, an end at or before its start runs into the next day; one that
 * ends at midnight exactly (00:00 or 24:00) closes with its own day, so it does not count here.
 */
export function runsPastMidnight(block: { start: string; end: string }): boolean {
  const start = minutesOfTime(block.start);
  const end = minutesOfTime(block.end);
  return start !== null && end !== null && end % MINUTES_PER_DAY !== 0 && end <= start;
}

/** How long a block is open, in minutes; null while a time is incomplete. */
export function blockLength(block: { start: string; end: string }): number | null {
  const start = minutesOfTime(block.start);
  const end = minutesOfTime(block.end);
  if (start === null || end === null) return null;
  return end > start ? end - start : end + MINUTES_PER_DAY - start;
}

/** The next block of a day: an office day on an empty day, else an hour after the last block, four hours long. */
export function nextBlock(blocks: readonly BlockDraft[]): BlockDraft {
  const last = blocks.at(-1);
  const lastEnd = last ? minutesOfTime(last.end) : null;
  if (lastEnd === null) return newBlock(OFFICE_DAY.start, OFFICE_DAY.end);
  return newBlock(timeOfMinutes(lastEnd + 60), timeOfMinutes(lastEnd + 5 * 60));
}

/**
 * A break is a gap between two blocks: splits a block around an hour-long break in its middle,
 * on the half hour (09:00–18:00 → 09:00–13:00 and 14:00–18:00). Null when the block is under three hours.
 */
export function splitForBreak(block: BlockDraft): [BlockDraft, BlockDraft] | null {
  const start = minutesOfTime(block.start);
  const length = blockLength(block);
  if (start === null || length === null || length < 180) return null;
  const breakStart = start + Math.round((length - 60) / 2 / 30) * 30;
  return [{ ...block, end: timeOfMinutes(breakStart) }, newBlock(timeOfMinutes(breakStart + 60), block.end)];
}

/** Gives the listed days the same blocks as `from` (new ids, so each day edits on its own). */
export function copyDay(
  weekly: Record<Weekday, BlockDraft[]>,
  from: Weekday,
  to: readonly Weekday[],
): Record<Weekday, BlockDraft[]> {
  const copy = { ...weekly };
  for (const day of to) {
    if (day !== from) copy[day] = weekly[from].map((block) => newBlock(block.start, block.end));
  }
  return copy;
}

/** Adds a holiday once, keeping the list in date order. */
export function withHoliday(holidays: readonly string[], date: string): string[] {
  return holidays.includes(date) ? [...holidays] : [...holidays, date].sort();
}

/** Open hours a week, holidays not counted: shown so a schedule can be checked at a glance. */
export function weeklyOpenMinutes(hours: {
  alwaysOpen: boolean;
  weekly: Record<Weekday, readonly { start: string; end: string }[]>;
}): number {
  if (hours.alwaysOpen) return 7 * MINUTES_PER_DAY;
  return WEEKDAYS.reduce(
    (total, day) => total + hours.weekly[day].reduce((sum, block) => sum + (blockLength(block) ?? 0), 0),
    0,
  );
}
