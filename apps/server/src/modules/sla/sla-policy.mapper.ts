import { BusinessHours, SlaTargets, type Priority, type SlaPolicy } from '@sincere/contracts';
import type { slaPolicies } from '@sincere/db';
import type { AccountCalendarEntry } from '../calendars/country-calendar';
import { withOwnDays } from '../calendars/country-days';
import type { SlaPolicy as ClockPolicy, SlaTargets as ClockTargets } from './sla-clock';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;

/** Warn when less than this share of a target is left: the warning job, the log and the lists agree on it. */
export const WARNING_FRACTION = 0.2;

export function toSlaPolicy(row: SlaPolicyRow, teams: { id: string; name: string }[]): SlaPolicy {
  const rules = rulesOf(row);
  return {
    id: row.id,
    name: row.name,
    businessHours: rules?.hours ?? null,
    targets: rules?.targets ?? {},
    teams,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The policy as the SLA clock reads it; null when the stored JSON no longer fits the schema (a
 * policy that cannot be read measures nothing rather than measuring wrongly).
 */
export function clockPolicyOf(
  row: Pick<SlaPolicyRow, 'businessHours' | 'targets'>,
  /** The account's own calendar days for the country the hours follow (policy-calendar.ts). */
  own: readonly AccountCalendarEntry[] = [],
): ClockPolicy | null {
  const rules = rulesOf(row);
  if (!rules) return null;
  const targets: Partial<Record<Priority, ClockTargets>> = {};
  for (const [priority, target] of Object.entries(rules.targets) as [Priority, SlaTargets[Priority]][]) {
    if (!target) continue;
    targets[priority] = {
      ...(target.firstResponseMinutes === undefined ? {} : { firstResponseMinutes: target.firstResponseMinutes }),
      ...(target.resolutionMinutes === undefined ? {} : { resolutionMinutes: target.resolutionMinutes }),
    };
  }
  return {
    targets,
    basis: rules.hours ? { kind: 'business', hours: withOwnDays(rules.hours, own) } : { kind: 'calendar' },
    warningFraction: WARNING_FRACTION,
  };
}

interface Rules {
  hours: BusinessHours | null;
  targets: SlaTargets;
}

// Parsing checks every time zone with Intl; lists read the same few policies over and over.
const parsed = new Map<string, Rules | null>();
const MAX_PARSED = 1000;

function rulesOf(row: Pick<SlaPolicyRow, 'businessHours' | 'targets'>): Rules | null {
  const key = JSON.stringify([row.businessHours, row.targets]);
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const hours = row.businessHours === null ? null : BusinessHours.safeParse(row.businessHours);
  const targets = SlaTargets.safeParse(row.targets);
  const rules =
    targets.success && hours?.success !== false ? { hours: hours?.data ?? null, targets: targets.data } : null;
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(key, rules);
  return rules;
}
