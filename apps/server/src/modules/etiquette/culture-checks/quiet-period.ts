import type { CalendarEntry, CultureWarning } from '@sincere/contracts';
import { wholeReplyWarning } from './draft';

const DAY_MS = 86_400_000;
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * A message the customer did not ask for (a follow-up, a campaign), scheduled for a local date inside one of
 * the customer's quiet periods (Ramadan): a warning about the whole reply, whose suggestion is the first day
 * after the period, with the period's name and "±1 day" when its dates are computed. A reply sent now, or a
 * scheduled message the customer asked for, is no campaign.
 */
export function quietPeriod(
  scheduledAt: Date | null,
  proactive: boolean,
  periods: readonly CalendarEntry[],
  timeZone: string | null,
): CultureWarning[] {
  if (!proactive || !scheduledAt || Number.isNaN(scheduledAt.getTime())) return [];
  const quiet = periods.filter((entry) => entry.kind === 'quiet');
  const day = localDate(scheduledAt, timeZone);
  let entry = quiet.find((candidate) => candidate.startsOn <= day && day <= candidate.endsOn);
  if (!entry) return [];
  // Back-to-back periods: the first free day is after the last of them.
  let after = nextDay(entry.endsOn);
  for (let hops = 0; hops < quiet.length; hops += 1) {
    const next = quiet.find((candidate) => candidate.startsOn <= after && after <= candidate.endsOn);
    if (!next) break;
    entry = next;
    after = nextDay(next.endsOn);
  }
  const approximately = entry.approximate ? ' ±1 day' : '';
  return [
    wholeReplyWarning('quiet_period', `${after} (after ${entry.name}, which ends ${entry.endsOn}${approximately})`),
  ];
}

/** The date in the customer's time zone, YYYY-MM-DD; in UTC when the zone is unknown or not a zone. */
export function localDate(at: Date, timeZone: string | null): string {
  const format = timeZone ? formatOf(timeZone) : null;
  return format ? format.format(at) : at.toISOString().slice(0, 10);
}

function formatOf(timeZone: string): Intl.DateTimeFormat | null {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    try {
      // en-CA writes dates as YYYY-MM-DD.
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    dateFormats.set(timeZone, format);
  }
  return format;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
