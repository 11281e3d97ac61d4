import type { Review } from '@sincere/contracts';

export type ReviewState = 'new' | 'acknowledged' | 'disputeOpen' | 'disputeSettled';

/**
 * Where a human review stands for the agent: an open dispute comes first (a lead must act), then a settled
 * one, then whether the agent has acknowledged it. Automatic reviews are neither acknowledged nor disputed.
 */
export function reviewState(review: Pick<Review, 'kind' | 'acknowledgedAt' | 'disputes'>): ReviewState | null {
  if (review.kind !== 'manual') return null;
  if (review.disputes.some((dispute) => dispute.status === 'open')) return 'disputeOpen';
  if (review.disputes.length > 0) return 'disputeSettled';
  return review.acknowledgedAt ? 'acknowledged' : 'new';
}
