import type { Priority } from '@sincere/contracts';
import type { BusinessHours } from '@sincere/contracts';
import { addBusinessMillis, businessMillisBetween } from './business-hours';

/*
 * SLA clocks of one conversation cycle (a conversation, or a reopening of it: a reopened
 * conversation starts a new cycle and never inherits the original creation time).
 *
 * - First response: from the cycle's first inbound customer message to the first reply of a
 *   human agent; bots, automations and campaigns do not stop it. Pending time is NOT excluded:
 *   the customer is still waiting for a first human answer. A cycle resolved without any human
 *   reply stops the clock at the resolution, judged like a reply at that instant.
 * - Resolution: from the cycle's first inbound customer message to its resolution, minus the
 *   periods the conversation was pending (waiting on the customer).
 *
 * Targets count calendar time or the business time of a schedule. Remaining and overdue amounts
 * are in that same time: a business-hours target that ran out at closing time shows 0 overdue
 * until the next opening, though it is breached from the due instant on.
 */

export type SlaState = 'ok' | 'warning' | 'breached' | 'met' | 'met_late';

export interface SlaTargets {
  firstResponseMinutes?: number;
  resolutionMinutes?: number;
}

export type SlaBasis = { kind: 'calendar' } | { kind: 'business'; hours: BusinessHours };

export interface SlaPolicy {
  /** A priority without targets, or a target left out, has no SLA clock. */
  targets: Partial<Record<Priority, SlaTargets>>;
  basis: SlaBasis;
  /** Warn when less than this share of the target is left; 0.2 unless set, 0 turns it off. */
  warningFraction?: number;
  /** Also warn when fewer than this many minutes (of the basis) are left. */
  warningMinutes?: number;
}

/** Pending from `from` (inclusive) to `to` (exclusive); `to` is null while still pending. */
export interface PendingPeriod {
  from: Date;
  to: Date | null;
}

export interface SlaCycle {
  /** The first inbound customer message of the cycle. */
  startedAt: Date;
  firstHumanReplyAt: Date | null;
  resolvedAt: Date | null;
  pendingPeriods: readonly PendingPeriod[];
}

export interface SlaTargetStatus {
  targetMillis: number;
  /** While paused, the due time if the clock resumed now. */
  dueAt: Date;
  state: SlaState;
  /** Time of the basis left before dueAt (at the stop for a met target); 0 once past it. */
  remainingMillis: number;
  /** Time of the basis elapsed beyond the target, at `now` or at the stop; 0 before it. */
  overdueMillis: number;
  /** The clock is running but stopped for now: the conversation is pending. */
  paused: boolean;
}

export interface SlaStatus {
  firstResponse: SlaTargetStatus | null;
  resolution: SlaTargetStatus | null;
}

const DEFAULT_WARNING_FRACTION = 0.2;

export function evaluateSla(policy: SlaPolicy, priority: Priority, cycle: SlaCycle, now: Date): SlaStatus {
  const targets = policy.targets[priority] ?? {};
  const start = cycle.startedAt.getTime();
  const at = now.getTime();
  const resolvedAt = cycle.resolvedAt?.getTime() ?? null;
  const firstReplyAt = cycle.firstHumanReplyAt?.getTime() ?? null;
  const replyOrResolve =
    firstReplyAt === null ? resolvedAt : resolvedAt === null ? firstReplyAt : Math.min(firstReplyAt, resolvedAt);
  return {
    firstResponse:
      targets.firstResponseMinutes === undefined
        ? null
        : evaluateTarget(policy, targets.firstResponseMinutes, { start, stop: replyOrResolve, pending: [], now: at }),
    resolution:
      targets.resolutionMinutes === undefined
        ? null
        : evaluateTarget(policy, targets.resolutionMinutes, {
            start,
            stop: resolvedAt,
            pending: cycle.pendingPeriods,
            now: at,
          }),
  };
}

interface Span {
  from: number;
  to: number;
}

interface TargetClock {
  start: number;
  stop: number | null;
  pending: readonly PendingPeriod[];
  now: number;
}

function evaluateTarget(policy: SlaPolicy, minutes: number, clock: TargetClock): SlaTargetStatus {
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new RangeError(`An SLA target must be positive minutes, not ${minutes}`);
  const targetMillis = Math.round(minutes * 60_000);
  const stopped = clock.stop !== null && clock.stop <= clock.now;
  const end = stopped && clock.stop !== null ? clock.stop : clock.now;
  const pauses = mergePauses(clock.pending, clock.start, end);
  const consumed = pauses.reduce(
    (total, pause) => total - measure(policy.basis, pause.from, pause.to),
    measure(policy.basis, clock.start, end),
  );
  const dueAt = dueInstant(policy.basis, clock.start, pauses, targetMillis);
  const remainingMillis = Math.max(0, targetMillis - consumed);
  const overdueMillis = Math.max(0, consumed - targetMillis);
  const paused =
    !stopped &&
    clock.pending.some(({ from, to }) => from.getTime() <= clock.now && (to === null || clock.now < to.getTime()));
  const warnBelow = Math.max(
    (policy.warningFraction ?? DEFAULT_WARNING_FRACTION) * targetMillis,
    (policy.warningMinutes ?? 0) * 60_000,
  );
  let state: SlaState;
  if (stopped) state = end <= dueAt ? 'met' : 'met_late';
  else if (clock.now > dueAt) state = 'breached';
  else state = remainingMillis < warnBelow ? 'warning' : 'ok';
  return { targetMillis, dueAt: new Date(dueAt), state, remainingMillis, overdueMillis, paused };
}

/** Pending periods clipped to [start, end] (an open one ends at `end`), sorted and merged. */
function mergePauses(pending: readonly PendingPeriod[], start: number, end: number): Span[] {
  const spans = pending
    .map(({ from, to }) => ({ from: Math.max(from.getTime(), start), to: Math.min(to?.getTime() ?? end, end) }))
    .filter((span) => span.to > span.from)
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push(span);
  }
  return merged;
}

/** The instant the target runs out, skipping the pauses (a pause still open ends now). */
function dueInstant(basis: SlaBasis, start: number, pauses: readonly Span[], targetMillis: number): number {
  let remaining = targetMillis;
  let cursor = start;
  for (const pause of pauses) {
    const available = measure(basis, cursor, pause.from);
    if (available >= remaining) return advance(basis, cursor, remaining);
    remaining -= available;
    cursor = pause.to;
  }
  return advance(basis, cursor, remaining);
}

function measure(basis: SlaBasis, from: number, to: number): number {
  if (basis.kind === 'calendar') return Math.max(0, to - from);
  return businessMillisBetween(basis.hours, new Date(from), new Date(to));
}

function advance(basis: SlaBasis, from: number, millis: number): number {
  if (basis.kind === 'calendar') return from + millis;
  return addBusinessMillis(basis.hours, new Date(from), millis).getTime();
}
