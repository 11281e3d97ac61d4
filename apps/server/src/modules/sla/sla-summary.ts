import type { Db, Tx } from '@sincere/db';
import type { ConversationSla, SlaState } from '@sincere/contracts';
import type { ConversationRow } from '../conversations/conversation-writes';
import { businessMillisBetween } from './business-hours';
import type { SlaPolicy as ClockPolicy } from './sla-clock';
import { ownDaysOfPolicies } from './policy-calendar';
import { clockPolicyOf } from './sla-policy.mapper';
import { findSlaPoliciesByIds } from './sla-policies.repository';

export type SlaFields = Pick<
  ConversationRow,
  'status' | 'priority' | 'slaPolicyId' | 'firstReplyAt' | 'firstResponseDueAt' | 'resolutionDueAt'
>;

/**
 * For conversation lists: loads the policies a page of rows uses (one query by primary key) and
 * returns the `sla` of each row, read from its stored due times at `now`.
 */
export async function slaOfRows(
  db: Db | Tx,
  accountId: string,
  rows: readonly SlaFields[],
  now: Date,
): Promise<(row: SlaFields) => ConversationSla | null> {
  const ids = new Set<string>();
  for (const row of rows) if (row.slaPolicyId && row.status !== 'resolved') ids.add(row.slaPolicyId);
  const policies = new Map<string, ClockPolicy | null>();
  const found = await findSlaPoliciesByIds(db, accountId, [...ids]);
  const ownDays = await ownDaysOfPolicies(db, accountId, found);
  for (const policy of found) policies.set(policy.id, clockPolicyOf(policy, ownDays(policy)));
  return (row) => slaSummaryOf(row, row.slaPolicyId ? (policies.get(row.slaPolicyId) ?? null) : null, now);
}

/**
 * The clocks of the current cycle: null without a policy, and once resolved (how the cycle went
 * is in the log's 'sla.breached' events). While pending the resolution clock is paused and has
 * no due time, unless it had already run out.
 */
export function slaSummaryOf(row: SlaFields, policy: ClockPolicy | null, now: Date): ConversationSla | null {
  if (row.status === 'resolved' || !policy) return null;
  const targets = policy.targets[row.priority] ?? {};
  const sla: ConversationSla = {};
  if (row.firstResponseDueAt) {
    const dueAt = row.firstResponseDueAt;
    const state: SlaState = row.firstReplyAt
      ? row.firstReplyAt <= dueAt
        ? 'met'
        : 'met_late'
      : runningState(policy, dueAt, targets.firstResponseMinutes, now);
    sla.firstResponse = { dueAt: dueAt.toISOString(), state };
  }
  if (row.resolutionDueAt) {
    const dueAt = row.resolutionDueAt;
    sla.resolution = { dueAt: dueAt.toISOString(), state: runningState(policy, dueAt, targets.resolutionMinutes, now) };
  }
  return sla.firstResponse || sla.resolution ? sla : null;
}

/** As the SLA clock judges it: no pause lies ahead, so the time left is the basis's time until the due time. */
function runningState(policy: ClockPolicy, dueAt: Date, minutes: number | undefined, now: Date): SlaState {
  if (now > dueAt) return 'breached';
  if (minutes === undefined) return 'ok';
  const left =
    policy.basis.kind === 'calendar'
      ? dueAt.getTime() - now.getTime()
      : businessMillisBetween(policy.basis.hours, now, dueAt);
  return left < (policy.warningFraction ?? 0) * minutes * 60_000 ? 'warning' : 'ok';
}
