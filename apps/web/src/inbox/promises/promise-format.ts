import type { AgentPromise } from '@sincere/contracts';

/** What a promise's badge says: the server's status, with "due soon" for an open one its owner was reminded of. */
export type PromiseBadge = 'open' | 'due_soon' | 'broken' | 'kept' | 'cancelled';

type Timing = Pick<AgentPromise, 'status' | 'remindAt' | 'remindedAt'>;

/**
 * An open promise is "due soon" once the reminder went out (the server's clock decides that), or once its
 * reminder time passed on this screen's clock while the sweeper has not run yet.
 */
export function promiseBadge(promise: Timing, now: Date): PromiseBadge {
  if (promise.status !== 'open') return promise.status;
  if (promise.remindedAt !== null || Date.parse(promise.remindAt) <= now.getTime()) return 'due_soon';
  return 'open';
}

/** The viewer's own time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options, timeZone]);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    formatters.set(key, format);
  }
  return format;
}

/** Days from `now`'s calendar day to `date`'s, both read in the zone (−1 yesterday, 0 today, 1 tomorrow). */
export function calendarDaysBetween(now: Date, date: Date, timeZone?: string): number {
  const day = (value: Date) => {
    const [year, month, dayOfMonth] = formatter('en-CA', { dateStyle: 'short' }, timeZone)
      .format(value)
      .split('-')
      .map(Number);
    return Date.UTC(year ?? 1970, (month ?? 1) - 1, dayOfMonth ?? 1);
  };
  return Math.round((day(date) - day(now)) / 86_400_000);
}

/**
 * A due time as people say it: "today 15:30", "tomorrow 10:00", "yesterday 18:00", and further away the
 * weekday and date ("Fri, 28 Nov, 10:00"). The words come from the browser's own locale data.
 */
export function formatDue(iso: string, locale: string, now: Date = new Date(), timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const days = calendarDaysBetween(now, date, timeZone);
  const time = formatClock(iso, locale, timeZone);
  if (Math.abs(days) <= 1) {
    const word = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
    return `${word} ${time}`;
  }
  const year = (value: Date) => formatter('en', { year: 'numeric' }, timeZone).format(value);
  const day = formatter(
    locale,
    { weekday: 'short', day: 'numeric', month: 'short', ...(year(now) === year(date) ? {} : { year: 'numeric' }) },
    timeZone,
  ).format(date);
  return `${day}, ${time}`;
}

/** Just the clock time, for "due at 15:30". */
export function formatClock(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(locale, { timeStyle: 'short' }, timeZone).format(date);
}

export interface DueTexts {
  /** In the viewer's time zone. */
  agent: string;
  /** In the customer's, when that reads differently (another zone); otherwise null. */
  customer: string | null;
}

/** The due time for the agent and, when the customer lives in another zone, for the customer too. */
export function formatDueForBoth(
  iso: string,
  locale: string,
  customerTimeZone: string | null,
  now: Date = new Date(),
  agentTimeZone: string = viewerTimeZone(),
): DueTexts {
  const agent = formatDue(iso, locale, now, agentTimeZone);
  if (!customerTimeZone || customerTimeZone === agentTimeZone) return { agent, customer: null };
  let customer: string;
  try {
    customer = formatDue(iso, locale, now, customerTimeZone);
  } catch {
    return { agent, customer: null }; // a zone this browser does not know
  }
  return { agent, customer: customer === agent ? null : customer };
}

/** Broken promises first (they need someone now), then by due time, soonest first. */
export function sortDuePromises<T extends Pick<AgentPromise, 'status' | 'dueAt'>>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.status === 'broken' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A `datetime-local` value (local wall time, no zone) for an instant. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a `datetime-local` value names, or null when it is empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "In N days at 10:00" on the agent's clock: when a follow-up after resolving is due by default. */
export function followUpDueAt(days: number, now: Date = new Date(), hour = 10): string {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  date.setHours(hour, 0, 0, 0);
  return date.toISOString();
}
