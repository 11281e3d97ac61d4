import type { Role } from '@sincere/contracts';
import type { AuthContext } from '../auth/auth-context';
import type { ReviewRow } from './reviews.repository';

/** Who scores conversations. */
export const REVIEWER_ROLES: readonly Role[] = ['reviewer', 'lead', 'admin'];
/** Who settles disputes, runs calibration and changes scorecards. */
export const QUALITY_LEADS: readonly Role[] = ['lead', 'admin'];

export const isReviewer = (caller: AuthContext) => REVIEWER_ROLES.includes(caller.user.role);
export const isQualityLead = (caller: AuthContext) => QUALITY_LEADS.includes(caller.user.role);

/**
 * Whether the caller may see a review. Agents see the reviews about themselves (never calibration ones, which
 * are about the reviewers' agreement, not the agent). A calibration review stays blind to other reviewers
 * until the round closes; leads see them to run the round.
 */
export function canSeeReview(
  caller: AuthContext,
  review: Pick<ReviewRow, 'kind' | 'agentId' | 'reviewerId'>,
  calibrationClosed: boolean,
): boolean {
  if (review.kind === 'calibration') {
    return isQualityLead(caller) || review.reviewerId === caller.user.id || (isReviewer(caller) && calibrationClosed);
  }
  return isReviewer(caller) || review.agentId === caller.user.id;
}
