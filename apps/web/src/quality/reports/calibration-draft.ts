import type { NewCalibrationRequest, Role, User } from '@sincere/contracts';

/** A new calibration round as the dialog holds it: ids in the order they were ticked. */
export interface CalibrationDraft {
  name: string;
  conversationIds: string[];
  reviewerIds: string[];
}

export const emptyCalibrationDraft = (): CalibrationDraft => ({ name: '', conversationIds: [], reviewerIds: [] });

/** The contract's limits, so the dialog can stop people before the server does. */
export const MAX_CONVERSATIONS = 50;
export const MAX_REVIEWERS = 20;
export const MIN_REVIEWERS = 2;

/** Ticks an id, or unticks it; a list at its limit takes no more. */
export function toggle(ids: readonly string[], id: string, limit: number): string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length >= limit ? [...ids] : [...ids, id];
}

export const calibrationRequestOf = (draft: CalibrationDraft): NewCalibrationRequest => ({
  name: draft.name.trim(),
  conversationIds: draft.conversationIds,
  reviewerIds: draft.reviewerIds,
});

const SCORING_ROLES: readonly Role[] = ['reviewer', 'lead', 'admin'];

/** Who may score a round: active reviewers, leads and admins, reviewers first (they do most of the scoring). */
export function eligibleReviewers(users: readonly User[], locale: string): User[] {
  return users
    .filter((user) => user.status === 'active' && SCORING_ROLES.includes(user.role))
    .sort(
      (a, b) => SCORING_ROLES.indexOf(a.role) - SCORING_ROLES.indexOf(b.role) || a.name.localeCompare(b.name, locale),
    );
}
