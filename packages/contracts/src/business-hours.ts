import { z } from 'zod';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

export const MAX_BLOCKS_PER_DAY = 10;
export const MAX_HOLIDAYS = 1000;

const MINUTES_PER_DAY = 24 * 60;

/** 'HH:MM' on the 24-hour clock; only an end may be '24:00' (midnight at the end of the day). */
const StartTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM between 00:00 and 23:59');
const EndTime = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM between 00:00 and 24:00');

export const BusinessHoursBlock = z
  .strictObject({ start: StartTime, end: EndTime })
  .describe('Open from start to end in local time; an end at or before the start runs past midnight into the next day');
export type BusinessHoursBlock = z.infer<typeof BusinessHoursBlock>;

const DayBlocks = z.array(BusinessHoursBlock).max(MAX_BLOCKS_PER_DAY).default([]);

// Strict, so a misspelt weekday is an error instead of a silently closed day.
const WeeklyHours = z
  .strictObject({
    monday: DayBlocks,
    tuesday: DayBlocks,
    wednesday: DayBlocks,
    thursday: DayBlocks,
    friday: DayBlocks,
    saturday: DayBlocks,
    sunday: DayBlocks,
  })
  .prefault({});

// The shape check keeps out offset strings ('+01:00') that newer Intl accepts but are not IANA zones.
const IanaTimeZone = z.string().refine((zone) => {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'Unknown IANA time zone');

export const BusinessHours = z
  .strictObject({
    timeZone: IanaTimeZone.describe('IANA time zone the blocks and holidays are read in, e.g. Europe/Berlin'),
    weekly: WeeklyHours.describe('Open blocks by the weekday they start on'),
    holidays: z
      .array(z.iso.date())
      .max(MAX_HOLIDAYS)
      .default([])
      .describe(
        'Dates (YYYY-MM-DD, local) on which no block starts; a night block begun the evening before still runs',
      ),
    holidayCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Two capital letters (ISO 3166-1)')
      .nullable()
      .default(null)
      .describe(
        'Also closed on this country’s public holidays and Sincere’s overlay (cuti bersama…); a worked weekend day of a transfer opens with Monday’s hours',
      ),
    alwaysOpen: z.boolean().default(false).describe('Open 24/7: weekly blocks and holidays are ignored'),
  })
  .superRefine((hours, ctx) => {
    checkBlocksDoNotOverlap(hours.weekly, ctx);
    const hasBlocks = WEEKDAYS.some((day) => hours.weekly[day].length > 0);
    if (!hours.alwaysOpen && !hasBlocks) {
      ctx.addIssue({ code: 'custom', path: ['weekly'], message: 'Add at least one open block, or set alwaysOpen' });
    }
  })
  .meta({ id: 'BusinessHours' });
export type BusinessHours = z.infer<typeof BusinessHours>;
/** What a client may send: missing weekdays, holidays and alwaysOpen take their defaults. */
export type BusinessHoursInput = z.input<typeof BusinessHours>;

interface Span {
  index: number;
  start: number;
  end: number;
}

/** A block as minutes from the midnight of the day it starts on; the end may pass 1440 (next day). */
function spanOf(block: BusinessHoursBlock, index: number): Span {
  const start = minutesOf(block.start);
  const end = minutesOf(block.end);
  return { index, start, end: end > start ? end : end + MINUTES_PER_DAY };
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function checkBlocksDoNotOverlap(weekly: BusinessHours['weekly'], ctx: z.RefinementCtx): void {
  WEEKDAYS.forEach((day, dayIndex) => {
    const spans = weekly[day].map(spanOf).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) {
      const previous = spans[i - 1];
      const current = spans[i];
      if (previous && current && current.start < previous.end) {
        ctx.addIssue({
          code: 'custom',
          path: ['weekly', day, current.index],
          message: `Overlaps block ${previous.index + 1} of ${day}`,
        });
      }
    }
    // A night block also must not overlap the blocks of the day it runs into.
    const nextDay = WEEKDAYS[(dayIndex + 1) % WEEKDAYS.length] ?? 'monday';
    for (const night of spans.filter((span) => span.end > MINUTES_PER_DAY)) {
      for (const morning of weekly[nextDay].map(spanOf)) {
        if (morning.start < night.end - MINUTES_PER_DAY) {
          ctx.addIssue({
            code: 'custom',
            path: ['weekly', nextDay, morning.index],
            message: `Overlaps the night block ${night.index + 1} of ${day}, which runs past midnight`,
          });
        }
      }
    }
  });
}
