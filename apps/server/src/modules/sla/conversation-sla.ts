import type { Db, Tx } from '@sincere/db';
import type { Priority, SlaTargetKind } from '@sincere/contracts';
import { AppError } from '../../http/app-error';
import { lockConversation, type ConversationRow } from '../conversations/conversation-writes';
import { evaluateSla, type SlaCycle, type SlaPolicy as ClockPolicy, type SlaStatus } from './sla-clock';
import { slaCycleOf } from './sla-cycle';
import { ownDaysOfPolicies } from './policy-calendar';
import { clockPolicyOf } from './sla-policy.mapper';
import { findPolicyIdOfTeam, findSlaPolicyById, listClockEventsOfConversation } from './sla-policies.repository';

/** The SLA columns of a conversation, as the log and its team's policy make them now. */
export interface SlaColumns {
  slaPolicyId: string | null;
  cycleStartedAt: Date | null;
  firstReplyAt: Date | null;
  firstResponseDueAt: Date | null;
  /** Null while pending (the clock is paused, so there is no due time) unless already breached before. */
  resolutionDueAt: Date | null;
}

export interface SlaEvaluation {
  policyId: string | null;
  policy: ClockPolicy | null;
  cycle: SlaCycle | null;
  status: SlaStatus | null;
  columns: SlaColumns;
}

export const DUE_COLUMN = {
  firstResponse: 'firstResponseDueAt',
  resolution: 'resolutionDueAt',
} as const satisfies Record<SlaTargetKind, keyof SlaColumns>;

/**
 * Reads the current cycle from the log and the policy of the conversation's team, and evaluates
 * both clocks at `now`. A conversation without a team, or whose team has no policy, has none:
 * there is no account-wide default policy.
 */
export async function evaluateConversationSla(
  db: Db | Tx,
  conversation: ConversationRow,
  now: Date,
): Promise<SlaEvaluation> {
  const { accountId } = conversation;
  const teamPolicyId = conversation.teamId ? await findPolicyIdOfTeam(db, accountId, conversation.teamId) : null;
  const row = teamPolicyId ? await findSlaPolicyById(db, accountId, teamPolicyId) : null;
  const policy = row ? clockPolicyOf(row, (await ownDaysOfPolicies(db, accountId, [row]))(row)) : null;
  const policyId = row && policy ? row.id : null;
  const cycle = slaCycleOf(await listClockEventsOfConversation(db, accountId, conversation.id));
  const status = policy && cycle ? evaluateSla(policy, conversation.priority, cycle, now) : null;
  const resolution = status?.resolution;
  return {
    policyId,
    policy,
    cycle,
    status,
    columns: {
      slaPolicyId: policyId,
      cycleStartedAt: cycle?.startedAt ?? null,
      firstReplyAt: cycle?.firstHumanReplyAt ?? null,
      firstResponseDueAt: status?.firstResponse?.dueAt ?? null,
      resolutionDueAt: resolution && (!resolution.paused || resolution.state === 'breached') ? resolution.dueAt : null,
    },
  };
}

/**
 * The instant a running target turns to warning: when the warning share of it is left. Computed
 * as the due time of the rest of the target, so pauses and business hours count alike.
 */
export function warningDueAt(
  policy: ClockPolicy,
  priority: Priority,
  cycle: SlaCycle,
  target: SlaTargetKind,
  now: Date,
): Date | null {
  const minutes =
    target === 'firstResponse'
      ? policy.targets[priority]?.firstResponseMinutes
      : policy.targets[priority]?.resolutionMinutes;
  const share = 1 - (policy.warningFraction ?? 0);
  if (minutes === undefined || share <= 0 || share >= 1) return null;
  const early: ClockPolicy = {
    ...policy,
    targets: {
      [priority]:
        target === 'firstResponse' ? { firstResponseMinutes: minutes * share } : { resolutionMinutes: minutes * share },
    },
  };
  return evaluateSla(early, priority, cycle, now)[target]?.dueAt ?? null;
}

export function sameInstant(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/** The conversation, locked until the transaction ends; null when there is none (a job may outlive it). */
export async function lockConversationIfAny(tx: Tx, accountId: string, id: string): Promise<ConversationRow | null> {
  try {
    return await lockConversation(tx, accountId, id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}
