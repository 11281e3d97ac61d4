import { DateTime } from 'luxon';
import { calendarEntries, isDayOff, type AccountCalendarEntry } from '../../calendars/country-calendar';

/** A day a reply names: relative to the send day, the next such weekday, or a calendar date. */
export type NamedDay =
  | { kind: 'offset'; days: number }
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  | { kind: 'weekday'; weekday: number }
  | { kind: 'date'; month: number; day: number; year?: number };

/** Parts of a day and the hour each falls due at (our convention, not the customer's habits). */
export const PART_HOURS = { morning: 12, midday: 15, afternoon: 18, evening: 21, endOfDay: 18 } as const;
export type DayPart = keyof typeof PART_HOURS;

/** A recognised time expression, before it is pinned to the reply's clock and calendar. */
export type DueExpression =
  | { kind: 'clock'; hour: number; minute: number; day?: NamedDay }
  | { kind: 'day'; day: NamedDay; part?: DayPart }
  | { kind: 'part'; part: DayPart }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'days'; days: number }
  | { kind: 'businessDays'; days: number }
  | { kind: 'week'; which: 'this' | 'next' };

export interface DueContext {
  sentAt: Date;
  timeZone: string;
  /** ISO 3166 alpha-2: whose public holidays are not business days. */
  country?: string | null;
  /** The account's own days off, ISO dates (`2026-12-31`). */
  holidays?: readonly string[];
  /** The account's own entries in the country's calendar (days off added, shipped ones replaced or removed). */
  calendar?: readonly AccountCalendarEntry[];
}

/** A day without a clock time falls due at its end of business. */
const DAY_DUE_HOUR = 18;

/**
 * Resolves an expression to the instant it falls due, in the customer's zone and offset (ISO, whole
 * minutes). Pure: the same reply, time and zone always give the same instant.
 */
export function resolveDue(expression: DueExpression, context: DueContext): string {
  const sent = DateTime.fromJSDate(context.sentAt, { zone: context.timeZone });
  const sendDay = sent.startOf('day');
  const at = (day: DateTime, hour: number, minute = 0) => day.set({ hour, minute, second: 0, millisecond: 0 });
  let due: DateTime;
  switch (expression.kind) {
    case 'clock': {
      if (expression.day) {
        due = at(dayOf(expression.day, sendDay), expression.hour, expression.minute);
      } else {
        // With no day named, the next time the clock shows it.
        due = at(sendDay, expression.hour, expression.minute);
        if (due <= sent) due = at(sendDay.plus({ days: 1 }), expression.hour, expression.minute);
      }
      break;
    }
    case 'day':
      due = at(dayOf(expression.day, sendDay), expression.part ? PART_HOURS[expression.part] : DAY_DUE_HOUR);
      break;
    case 'part': {
      due = at(sendDay, PART_HOURS[expression.part]);
      // "In the morning" written in the afternoon means tomorrow's; the end of today stays today.
      if (due <= sent && expression.part !== 'endOfDay')
        due = at(sendDay.plus({ days: 1 }), PART_HOURS[expression.part]);
      break;
    }
    case 'minutes':
      due = sent.plus({ minutes: expression.minutes }).startOf('minute');
      break;
    case 'days':
      due = at(sendDay.plus({ days: expression.days }), DAY_DUE_HOUR);
      break;
    case 'businessDays':
      due = at(nthBusinessDayAfter(sendDay, expression.days, context), DAY_DUE_HOUR);
      break;
    case 'week': {
      const friday = sendDay.minus({ days: sendDay.weekday - 1 }).plus({ days: 4 });
      due = at(expression.which === 'this' ? friday : friday.plus({ weeks: 1 }), DAY_DUE_HOUR);
      break;
    }
  }
  return due.toISO({ suppressMilliseconds: true, suppressSeconds: false }) ?? context.sentAt.toISOString();
}

/** The calendar day a named day means, seen from the send day. */
export function dayOf(day: NamedDay, sendDay: DateTime): DateTime {
  switch (day.kind) {
    case 'offset':
      return sendDay.plus({ days: day.days });
    case 'weekday': {
      // Strictly after the send day: "on Monday" said on a Monday is next week's.
      const ahead = (day.weekday - sendDay.weekday + 7) % 7 || 7;
      return sendDay.plus({ days: ahead });
    }
    case 'date': {
      const inYear = (year: number) => sendDay.set({ year, month: day.month, day: day.day });
      if (day.year !== undefined) return inYear(day.year);
      const thisYear = inYear(sendDay.year);
      // The next occurrence on or after the send day.
      return thisYear < sendDay ? inYear(sendDay.year + 1) : thisYear;
    }
  }
}

/** The Nth business day after the send day: not a day off in the country's calendar, nor one of the account's. */
export function nthBusinessDayAfter(
  sendDay: DateTime,
  count: number,
  context: Pick<DueContext, 'country' | 'holidays' | 'calendar'>,
): DateTime {
  let day = sendDay;
  let left = Math.max(count, 0);
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (isBusinessDay(day, context)) left -= 1;
  }
  return day;
}

/**
 * Monday–Friday without a country; with one, its weekend, public holidays and Sincere's overlay (Russia's
 * transferred days off and worked Saturdays, Indonesia's collective leave). The country's calendar, and with it
 * date-holidays, loads only when a reply counts business days.
 */
export function isBusinessDay(day: DateTime, context: Pick<DueContext, 'country' | 'holidays' | 'calendar'>): boolean {
  const iso = day.toISODate() ?? '';
  if (context.holidays?.includes(iso)) return false;
  if (!context.country) return day.weekday <= 5;
  return !isDayOff(context.country, iso, calendarEntries(context.country, day.year, context.calendar));
}
