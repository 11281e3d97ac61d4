import { inArray, and, eq } from 'drizzle-orm';
import type { CategoryScore, Dispute, Review, Scorecard } from '@sincere/contracts';
import { qaScorecards, type Db, type Tx } from '@sincere/db';
import { scoreReview } from './score-review';
import { findNames, listDisputesOfReviews, type DisputeRow, type ReviewListRow } from './reviews.repository';
import { scorecardOf } from './scorecards';

const person = (names: Map<string, string>, id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);

export function toDispute(row: DisputeRow & { conversationId: string }, names: Map<string, string>): Dispute {
  return {
    id: row.id,
    reviewId: row.reviewId,
    conversationId: row.conversationId,
    category: row.category,
    raisedBy: { id: row.raisedBy, name: names.get(row.raisedBy) ?? '' },
    reason: row.reason,
    status: row.status,
    originalValue: row.originalValue,
    decidedValue: row.decidedValue ?? null,
    decidedBy: person(names, row.decidedBy),
    decisionComment: row.decisionComment,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Category scores of a stored review: over the categories it rated (an automatic one leaves some to people). */
export function categoryScores(row: Pick<ReviewListRow, 'ratings'>, scorecard: Scorecard): CategoryScore[] {
  const rated = new Set(row.ratings.map((rating) => rating.category));
  const categories = scorecard.categories.filter((category) => rated.has(category.key));
  if (categories.length === 0) return [];
  try {
    return scoreReview({ ...scorecard, categories }, row.ratings).byCategory;
  } catch {
    // A rating that no longer fits its scorecard version cannot happen through the API; show no breakdown.
    return [];
  }
}

/**
 * Maps reviews to responses with their scorecard versions, people and disputes, in three queries for the
 * whole list.
 */
export async function toReviews(db: Db | Tx, accountId: string, rows: readonly ReviewListRow[]): Promise<Review[]> {
  if (rows.length === 0) return [];
  const scorecardIds = [...new Set(rows.map((row) => row.scorecardId))];
  const cards = await db
    .select()
    .from(qaScorecards)
    .where(and(eq(qaScorecards.accountId, accountId), inArray(qaScorecards.id, scorecardIds)));
  const cardOf = new Map(cards.map((card) => [card.id, scorecardOf(card)]));
  const disputes = await listDisputesOfReviews(
    db,
    accountId,
    rows.map((row) => row.id),
  );
  const names = await findNames(db, accountId, [
    ...rows.flatMap((row) => [row.reviewerId, row.agentId]),
    ...disputes.flatMap((dispute) => [dispute.raisedBy, dispute.decidedBy]),
  ]);
  return rows.map((row) => {
    const card = cardOf.get(row.scorecardId);
    return {
      id: row.id,
      conversationId: row.conversationId,
      conversationSubject: row.conversationSubject,
      cycle: row.cycle,
      kind: row.kind,
      scorecardId: row.scorecardId,
      scorecardVersion: row.scorecardVersion,
      reviewer: person(names, row.reviewerId),
      agent: person(names, row.agentId),
      calibrationId: row.calibrationId,
      ratings: row.ratings.map((rating) => ({
        category: rating.category,
        value: rating.value,
        ...(rating.comment ? { comment: rating.comment } : {}),
        evidence: (rating.evidence ?? []).map((item) => ({
          messageId: item.message,
          quote: item.quote,
          rule: item.rule,
        })),
      })),
      score: row.score,
      criticalFailed: row.criticalFailed,
      byCategory: card ? categoryScores(row, card) : [],
      humanOnly: row.humanOnly,
      sentiment: row.sentiment
        ? {
            start: row.sentiment.start,
            end: row.sentiment.end,
            change: row.sentiment.change,
            perMessage: row.sentiment.perMessage.map((item) => ({ messageId: item.message, score: item.score })),
          }
        : null,
      comment: row.comment,
      acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
      disputes: disputes
        .filter((dispute) => dispute.reviewId === row.id)
        .map((dispute) => toDispute({ ...dispute, conversationId: row.conversationId }, names)),
      resolvedAt: row.resolvedAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
