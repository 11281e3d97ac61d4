import type { Dispute, DisputeDecisionRequest, NewDisputeRequest, Review } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { auditQuality } from './audit-quality';
import { canSeeReview, isQualityLead } from './review-access';
import { toDispute, toReviews } from './review.mapper';
import {
  findNames,
  findReviewById,
  insertDispute,
  listDisputesByStatus,
  lockDispute,
  lockReview,
  updateDisputeRow,
  updateReviewRow,
  type ReviewRow,
} from './reviews.repository';
import { findScorecardById } from './scorecards.repository';
import { scorecardOf } from './scorecards';
import { scoreOrExplain } from './submit-review';

/**
 * Only the agent a human review is about acknowledges or disputes it; automatic reviews are re-scored instead.
 * A review the caller may not see is not found; one they see but is not about them is forbidden.
 */
function requireOwnHumanReview(caller: AuthContext, review: ReviewRow | null): ReviewRow {
  // Calibration reviews count as revealed here: whoever may see one is refused below, as it is not theirs.
  if (!review || !canSeeReview(caller, review, true)) throw notFound('Review');
  if (review.agentId !== caller.user.id) throw forbidden('Only the agent reviewed can acknowledge or dispute a review');
  if (review.kind !== 'manual') {
    throw new AppError('conflict', 'Only human reviews can be disputed: ask a reviewer to review the conversation');
  }
  return review;
}

async function reviewResponse(ctx: AppContext, accountId: string, id: string): Promise<Review> {
  const row = await findReviewById(ctx.database.db, accountId, id);
  if (!row) throw notFound('Review');
  const [review] = await toReviews(ctx.database.db, accountId, [row]);
  if (!review) throw new Error('review could not be mapped');
  return review;
}

export async function acknowledgeReview(ctx: AppContext, caller: AuthContext, id: string): Promise<Review> {
  await ctx.database.db.transaction(async (tx) => {
    const review = requireOwnHumanReview(caller, await lockReview(tx, caller.accountId, id));
    if (!review.acknowledgedAt) await updateReviewRow(tx, caller.accountId, id, { acknowledgedAt: ctx.clock() });
  });
  return reviewResponse(ctx, caller.accountId, id);
}

export async function disputeReview(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: NewDisputeRequest,
): Promise<Review> {
  await ctx.database.db.transaction(async (tx) => {
    const review = requireOwnHumanReview(caller, await lockReview(tx, caller.accountId, id));
    const rating = review.ratings.find((item) => item.category === input.category);
    if (!rating) {
      throw new AppError('validation_failed', `The review has no category "${input.category}"`, {
        category: 'Not a category of this review',
      });
    }
    const created = await insertDispute(tx, {
      accountId: caller.accountId,
      reviewId: id,
      category: input.category,
      raisedBy: caller.user.id,
      reason: input.reason,
      status: 'open',
      originalValue: rating.value,
      createdAt: ctx.clock(),
    });
    if (!created) throw new AppError('conflict', `"${input.category}" of this review has already been disputed`);
  });
  return reviewResponse(ctx, caller.accountId, id);
}

export async function listDisputes(
  ctx: AppContext,
  caller: AuthContext,
  status: 'open' | 'accepted' | 'rejected',
): Promise<Dispute[]> {
  if (!isQualityLead(caller)) throw forbidden('Only leads and admins settle disputes');
  const { db } = ctx.database;
  const rows = await listDisputesByStatus(db, caller.accountId, status);
  const names = await findNames(
    db,
    caller.accountId,
    rows.flatMap((row) => [row.raisedBy, row.decidedBy]),
  );
  return rows.map((row) => toDispute(row, names));
}

/**
 * A lead settles a dispute: accepting sets the category to the lead's rating and re-scores the review;
 * rejecting keeps the reviewer's. Either way the agent sees the decision and its comment.
 */
export async function decideDispute(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: DisputeDecisionRequest,
): Promise<Review> {
  if (!isQualityLead(caller)) throw forbidden('Only leads and admins settle disputes');
  const { db } = ctx.database;
  const now = ctx.clock();
  const reviewId = await db.transaction(async (tx) => {
    const dispute = await lockDispute(tx, caller.accountId, id);
    if (!dispute) throw notFound('Dispute');
    if (dispute.status !== 'open') throw new AppError('conflict', 'This dispute has already been settled');
    const review = await lockReview(tx, caller.accountId, dispute.reviewId);
    if (!review) throw notFound('Review');
    if (input.decision === 'accept') {
      if (input.value === undefined) {
        throw new AppError('validation_failed', 'Accepting a dispute needs the corrected rating', {
          value: 'Give the rating the category should have',
        });
      }
      const cardRow = await findScorecardById(tx, caller.accountId, review.scorecardId);
      if (!cardRow) throw new Error('review scorecard vanished');
      const ratings = review.ratings.map((rating) =>
        rating.category === dispute.category ? { ...rating, value: input.value ?? rating.value } : rating,
      );
      const scored = scoreOrExplain(scorecardOf(cardRow), ratings);
      await updateReviewRow(tx, caller.accountId, review.id, {
        ratings,
        score: scored.score,
        criticalFailed: scored.criticalFailed,
        updatedAt: now,
      });
    }
    await updateDisputeRow(tx, caller.accountId, id, {
      status: input.decision === 'accept' ? 'accepted' : 'rejected',
      decidedValue: input.decision === 'accept' ? (input.value ?? null) : null,
      decidedBy: caller.user.id,
      decisionComment: input.comment ?? null,
      decidedAt: now,
    });
    await auditQuality(tx, caller, 'quality.dispute_decided', 'qa_dispute', id, {
      decision: input.decision,
      category: dispute.category,
    });
    return review.id;
  });
  return reviewResponse(ctx, caller.accountId, reviewId);
}
