import { z } from 'zod';
import { BusinessHours, WEEKDAYS } from './business-hours';
import { Id, IsoDateTime } from './common';

/*
 * SLA policies: first-response and resolution targets per priority, counted in a schedule's
 * business hours or (without one) in calendar time. A team uses one policy (teams.sla_policy_id);
 * a conversation takes its team's policy. There is no account-wide default policy: a conversation
 * without a team, or whose team has none, has no SLA clock.
 */

/** A target longer than 90 days is no service level; the cap also bounds every due-time computation. */
export const MAX_SLA_TARGET_MINUTES = 90 * 24 * 60;
/** With business hours a target must also fit into this many weeks of them (see slaTargetsBeyondHours). */
export const MAX_SLA_TARGET_WEEKS = 52;

const TargetMinutes = z.number().int().min(1).max(MAX_SLA_TARGET_MINUTES);

export const SlaTarget = z
  .strictObject({
    firstResponseMinutes: TargetMinutes.optional().describe(
      'From the customer’s first message of a cycle to the first human reply',
    ),
    resolutionMinutes: TargetMinutes.optional().describe(
      'From the customer’s first message of a cycle to its resolution, time spent pending excluded',
    ),
  })
  .meta({ id: 'SlaTarget' });
export type SlaTarget = z.infer<typeof SlaTarget>;

// Strict, so a misspelt priority is an error instead of a silently missing target.
export const SlaTargets = z
  .strictObject({
    low: SlaTarget.optional(),
    normal: SlaTarget.optional(),
    high: SlaTarget.optional(),
    urgent: SlaTarget.optional(),
  })
  .describe('Targets by conversation priority; a priority or a target left out has no clock')
  .meta({ id: 'SlaTargets' });
export type SlaTargets = z.infer<typeof SlaTargets>;

const PolicyName = z.string().trim().min(1).max(120);
const PolicyHours = BusinessHours.nullable().describe('Counted in these business hours; null counts calendar time');

export const SlaPolicy = z
  .object({
    id: Id,
    name: z.string(),
    businessHours: BusinessHours.nullable(),
    targets: SlaTargets,
    /** The teams whose conversations this policy measures. */
    teams: z.array(z.object({ id: Id, name: z.string() })),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'SlaPolicy' });
export type SlaPolicy = z.infer<typeof SlaPolicy>;

export const SlaPolicyList = z.object({ items: z.array(SlaPolicy) });
export type SlaPolicyList = z.infer<typeof SlaPolicyList>;

export const CreateSlaPolicyRequest = z
  .strictObject({ name: PolicyName, businessHours: PolicyHours.default(null), targets: SlaTargets })
  .superRefine((policy, ctx) => {
    for (const [path, message] of Object.entries(slaTargetsBeyondHours(policy.businessHours, policy.targets))) {
      ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    }
  });
export type CreateSlaPolicyRequest = z.infer<typeof CreateSlaPolicyRequest>;

/** Fields left out stay as they are; targets replace the stored targets as a whole. */
export const UpdateSlaPolicyRequest = z.strictObject({
  name: PolicyName.optional(),
  businessHours: PolicyHours.optional(),
  targets: SlaTargets.optional(),
});
export type UpdateSlaPolicyRequest = z.infer<typeof UpdateSlaPolicyRequest>;

const MINUTES_PER_DAY = 24 * 60;

/** Open minutes in a week of the schedule, holidays not counted. */
function weeklyOpenMinutes(hours: BusinessHours): number {
  if (hours.alwaysOpen) return 7 * MINUTES_PER_DAY;
  let total = 0;
  for (const day of WEEKDAYS) {
    for (const block of hours.weekly[day]) {
      const start = Number(block.start.slice(0, 2)) * 60 + Number(block.start.slice(3, 5));
      const end = Number(block.end.slice(0, 2)) * 60 + Number(block.end.slice(3, 5));
      total += end > start ? end - start : end + MINUTES_PER_DAY - start;
    }
  }
  return total;
}

/**
 * Targets that would take more than MAX_SLA_TARGET_WEEKS of the schedule to run out, by field path
 * (`targets.normal.resolutionMinutes`): a 90-day target over one open hour a week would be due
 * decades later, and computing it would walk every day in between.
 */
export function slaTargetsBeyondHours(hours: BusinessHours | null, targets: SlaTargets): Record<string, string> {
  if (!hours) return {};
  const limit = weeklyOpenMinutes(hours) * MAX_SLA_TARGET_WEEKS;
  const beyond: Record<string, string> = {};
  for (const [priority, target] of Object.entries(targets)) {
    for (const [field, minutes] of Object.entries(target ?? {})) {
      if (minutes !== undefined && minutes > limit) {
        beyond[`targets.${priority}.${field}`] =
          `Longer than ${MAX_SLA_TARGET_WEEKS} weeks of these business hours (${limit} minutes)`;
      }
    }
  }
  return beyond;
}

export const SlaTargetKind = z.enum(['firstResponse', 'resolution']);
export type SlaTargetKind = z.infer<typeof SlaTargetKind>;

/** The data of 'sla.warning' and 'sla.breached' events: at most one of each per cycle and target. */
export const SlaEventData = z.object({
  cycle: z.number().int(),
  target: SlaTargetKind,
  policyId: Id,
  dueAt: IsoDateTime,
});
export type SlaEventData = z.infer<typeof SlaEventData>;

/**
 * The job behind a due time: at `at` (the first instant the target is in warning, or breached) it
 * re-evaluates the conversation and logs the event, unless the cycle or the due time moved since.
 */
export const SlaCheckJob = z.object({
  accountId: z.uuid(),
  conversationId: z.uuid(),
  cycle: z.number().int(),
  target: SlaTargetKind,
  kind: z.enum(['warning', 'breach']),
  dueAt: z.iso.datetime({ offset: true }),
  at: z.iso.datetime({ offset: true }),
});
export type SlaCheckJob = z.infer<typeof SlaCheckJob>;

/** Recomputes the due times of a policy's or a team's unresolved conversations after it changed. */
export const SlaRecomputeJob = z
  .object({ accountId: z.uuid(), policyId: z.uuid().optional(), teamId: z.uuid().optional() })
  .refine((job) => job.policyId !== undefined || job.teamId !== undefined, 'Name a policy or a team');
export type SlaRecomputeJob = z.infer<typeof SlaRecomputeJob>;
