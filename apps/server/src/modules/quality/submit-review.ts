import { and, desc, eq, sql } from 'drizzle-orm';
import type { CategoryRating, NewReviewRequest, Review, Scorecard } from '@sincere/contracts';
import { conversations, qaAssignments, qaCalibrations, qaReviews, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { completeAssignments } from './assignments.repository';
import { isReviewer } from './review-access';
import { toReviews } from './review.mapper';
import { findReviewById, insertReview } from './reviews.repository';
import { findScorecardById } from './scorecards.repository';
import { qualitySetup, scorecardOf } from './scorecards';
import { scoreReview } from './score-review';

/**
 * A reviewer scores a conversation cycle with the scorecard: every category a point or N/A, a comment per
 * category where they want one. In a calibration round the review is blind and kept out of the quality score;
 * otherwise it counts, completes the reviewer's assignment, and the agent can acknowledge or dispute it.
 */
export async function submitReview(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  input: NewReviewRequest,
): Promise<Review> {
  if (!isReviewer(caller)) throw forbidden('Only reviewers, leads and admins score conversations');
  const { db } = ctx.database;
  const { accountId } = caller;
  const { scorecard: defaultCard } = await qualitySetup(db, accountId);
  const now = ctx.clock();
  const saved = await db.transaction(async (tx) => {
    const [conversation] = await tx
      .select({ id: conversations.id, cycle: conversations.cycle, assigneeId: conversations.assigneeId })
      .from(conversations)
      .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
    if (!conversation) throw notFound('Conversation');
    const calibration = input.calibrationId
      ? await calibrationFor(tx, caller, input.calibrationId, conversationId)
      : null;
    const cycle = await cycleToReview(tx, caller, conversationId, conversation.cycle, input.calibrationId ?? null);
    const [automatic] = await tx
      .select({ agentId: qaReviews.agentId, resolvedAt: qaReviews.resolvedAt })
      .from(qaReviews)
      .where(
        and(
          eq(qaReviews.accountId, accountId),
          eq(qaReviews.conversationId, conversationId),
          eq(qaReviews.cycle, cycle),
          eq(qaReviews.kind, 'automatic'),
        ),
      );
    const cardRow = calibration ? await findScorecardById(tx, accountId, calibration.scorecardId) : defaultCard;
    if (!cardRow) throw new Error('calibration scorecard vanished');
    const card = scorecardOf(cardRow);
    const ratings = input.ratings.map(({ category, value, comment }) => ({
      category,
      value,
      ...(comment ? { comment } : {}),
    }));
    const scored = scoreOrExplain(card, ratings);
    const review = await insertReview(tx, {
      accountId,
      conversationId,
      cycle,
      scorecardId: cardRow.id,
      kind: calibration ? 'calibration' : 'manual',
      reviewerId: caller.user.id,
      agentId: automatic?.agentId ?? conversation.assigneeId,
      calibrationId: calibration?.id ?? null,
      ratings,
      score: scored.score,
      criticalFailed: scored.criticalFailed,
      comment: input.comment ?? null,
      resolvedAt: automatic?.resolvedAt ?? now,
      createdAt: now,
      updatedAt: now,
    });
    if (!review) {
      throw new AppError('conflict', 'You have already reviewed this conversation; open your review to see it');
    }
    await completeAssignments(
      tx,
      accountId,
      { conversationId, cycle, reviewerId: caller.user.id, calibrationId: calibration?.id ?? null },
      review.id,
      now,
    );
    return review;
  });
  const row = await findReviewById(db, accountId, saved.id);
  if (!row) throw new Error('review vanished after insert');
  const [review] = await toReviews(db, accountId, [row]);
  if (!review) throw new Error('review could not be mapped');
  return review;
}

async function calibrationFor(tx: Tx, caller: AuthContext, calibrationId: string, conversationId: string) {
  const [calibration] = await tx
    .select()
    .from(qaCalibrations)
    .where(and(eq(qaCalibrations.accountId, caller.accountId), eq(qaCalibrations.id, calibrationId)));
  if (!calibration) throw notFound('Calibration');
  if (calibration.closedAt) throw new AppError('conflict', 'This calibration round is closed');
  const [assigned] = await tx
    .select({ id: qaAssignments.id })
    .from(qaAssignments)
    .where(
      and(
        eq(qaAssignments.accountId, caller.accountId),
        eq(qaAssignments.calibrationId, calibrationId),
        eq(qaAssignments.conversationId, conversationId),
        eq(qaAssignments.reviewerId, caller.user.id),
      ),
    );
  if (!assigned) {
    throw new AppError('validation_failed', 'You are not a reviewer of this conversation in this round', {
      calibrationId: 'Not your calibration conversation',
    });
  }
  return calibration;
}

/**
 * The cycle reviewed: the one the reviewer was assigned (calibration rounds included), else the latest cycle
 * the automatic review saw, else the current one.
 */
async function cycleToReview(
  tx: Tx,
  caller: AuthContext,
  conversationId: string,
  current: number,
  calibrationId: string | null,
): Promise<number> {
  const [assigned] = await tx
    .select({ cycle: qaAssignments.cycle })
    .from(qaAssignments)
    .where(
      and(
        eq(qaAssignments.accountId, caller.accountId),
        eq(qaAssignments.conversationId, conversationId),
        eq(qaAssignments.reviewerId, caller.user.id),
        calibrationId ? eq(qaAssignments.calibrationId, calibrationId) : sql`${qaAssignments.calibrationId} IS NULL`,
        eq(qaAssignments.status, 'pending'),
      ),
    )
    .orderBy(desc(qaAssignments.cycle))
    .limit(1);
  if (assigned) return assigned.cycle;
  const [reviewed] = await tx
    .select({ cycle: qaReviews.cycle })
    .from(qaReviews)
    .where(
      and(
        eq(qaReviews.accountId, caller.accountId),
        eq(qaReviews.conversationId, conversationId),
        eq(qaReviews.kind, 'automatic'),
      ),
    )
    .orderBy(desc(qaReviews.cycle))
    .limit(1);
  return reviewed?.cycle ?? current;
}

/** Scores the ratings; a rating that does not fit the scorecard is a 422 naming the category. */
export function scoreOrExplain(card: Scorecard, ratings: readonly CategoryRating[]) {
  try {
    return scoreReview(card, ratings);
  } catch (error) {
    if (error instanceof RangeError) {
      const category = /"([a-z0-9_]+)"/.exec(error.message)?.[1];
      throw new AppError('validation_failed', error.message, {
        [category ? `ratings.${category}` : 'ratings']: error.message,
      });
    }
    throw error;
  }
}
