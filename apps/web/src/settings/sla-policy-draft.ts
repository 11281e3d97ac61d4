import { Priority, type SlaPolicy, type SlaTargets } from '@sincere/contracts';
import type { FieldProblem } from '../forms/validate';
import { draftOfHours, hoursOfDraft, type BusinessHoursDraft } from './business-hours-form';
import { draftOfMinutes, minutesOfDraft, type DurationDraft } from './duration';

/** Most urgent first: the order people set targets in. */
export const PRIORITIES = [...Priority.options].reverse();
export const TARGET_KINDS = ['firstResponseMinutes', 'resolutionMinutes'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export type TargetsDraft = Record<Priority, Record<TargetKind, DurationDraft>>;

export interface SlaPolicyDraft {
  name: string;
  /** calendar: counted around the clock (businessHours null); schedule: in the business hours below. */
  counting: 'calendar' | 'schedule';
  hours: BusinessHoursDraft;
  targets: TargetsDraft;
}

export function draftOfPolicy(policy: SlaPolicy | null, defaultTimeZone: string): SlaPolicyDraft {
  const targets = Object.fromEntries(
    PRIORITIES.map((priority) => [
      priority,
      Object.fromEntries(TARGET_KINDS.map((kind) => [kind, draftOfMinutes(policy?.targets[priority]?.[kind])])),
    ]),
  ) as TargetsDraft;
  return {
    name: policy?.name ?? '',
    counting: policy && !policy.businessHours ? 'calendar' : 'schedule',
    hours: draftOfHours(policy?.businessHours ?? null, defaultTimeZone),
    targets,
  };
}

/** Paths of the contract (`targets.urgent.firstResponseMinutes`), so client and server errors land on one field. */
export const targetPath = (priority: Priority, kind: TargetKind) => `targets.${priority}.${kind}`;

/**
 * The request body, and the targets whose fields are not whole numbers (the schema never sees
 * those: sending them as NaN would only say "invalid" without saying where).
 */
export function requestOfDraft(draft: SlaPolicyDraft): { body: Record<string, unknown>; unreadable: string[] } {
  const unreadable: string[] = [];
  const targets: Record<string, Record<string, number>> = {};
  for (const priority of PRIORITIES) {
    for (const kind of TARGET_KINDS) {
      const minutes = minutesOfDraft(draft.targets[priority][kind]);
      if (minutes === null) unreadable.push(targetPath(priority, kind));
      else if (minutes !== undefined) targets[priority] = { ...targets[priority], [kind]: minutes };
    }
  }
  const businessHours = draft.counting === 'calendar' ? null : hoursOfDraft(draft.hours);
  return { body: { name: draft.name, businessHours, targets: targets satisfies SlaTargets }, unreadable };
}

/** The message keys for what the generic field messages would get wrong in this form. */
export type SlaProblemText =
  | 'targetTooShort'
  | 'targetTooLong'
  | 'targetBeyondHours'
  | 'targetUnreadable'
  | 'blockOverlaps'
  | 'noBlocks'
  | 'timeZoneUnknown';

/**
 * A specific message for problems whose generic text would mislead: "use at most 129600
 * characters" for a target over 90 days, "not valid" for overlapping blocks. Null keeps the generic one.
 */
export function slaProblemText(path: string, problem: FieldProblem): SlaProblemText | null {
  if (path.startsWith('targets.')) {
    if (problem.kind === 'required' || problem.kind === 'tooShort') return 'targetTooShort';
    if (problem.kind === 'tooLong') return 'targetTooLong';
    return 'targetBeyondHours';
  }
  if (path === 'businessHours.weekly') return 'noBlocks';
  if (/^businessHours\.weekly\.\w+\.\d+$/.test(path)) return 'blockOverlaps';
  if (path === 'businessHours.timeZone' && problem.kind === 'invalid') return 'timeZoneUnknown';
  return null;
}
