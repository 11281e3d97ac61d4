import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { ConversationQuality, Review, ReviewListQuery, ReviewPage } from '@sincere/contracts';
import { conversations, qaCalibrations, type Db } from '@sincere/db';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../http/app-error';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';
import type { AuthContext } from '../auth/auth-context';
import { canSeeReview, isReviewer } from './review-access';
import { toReviews } from './review.mapper';
import { findReviewById, listReviewsOfConversation, listReviewsPage, type ReviewListRow } from './reviews.repository';
import { findScorecardById } from './scorecards.repository';
import { qualitySetup, toScorecardEntry } from './scorecards';

async function closedCalibrations(db: Db, accountId: string, rows: readonly ReviewListRow[]): Promise<Set<string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.calibrationId ? [row.calibrationId] : [])))];
  if (ids.length === 0) return new Set();
  const closed = await db
    .select({ id: qaCalibrations.id })
    .from(qaCalibrations)
    .where(
      and(eq(qaCalibrations.accountId, accountId), inArray(qaCalibrations.id, ids), isNotNull(qaCalibrations.closedAt)),
    );
  return new Set(closed.map((row) => row.id));
}

async function visible(db: Db, caller: AuthContext, rows: readonly ReviewListRow[]): Promise<ReviewListRow[]> {
  const closed = await closedCalibrations(db, caller.accountId, rows);
  return rows.filter((row) => canSeeReview(caller, row, row.calibrationId !== null && closed.has(row.calibrationId)));
}

/**
 * What the review screen shows beside a conversation: the scorecard to score with, the latest automatic review
 * with its evidence, and the human reviews the caller may see.
 */
export async function conversationQuality(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
): Promise<ConversationQuality> {
  const { db } = ctx.database;
  const [conversation] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.accountId, caller.accountId), eq(conversations.id, conversationId)));
  if (!conversation) throw notFound('Conversation');
  const { settings, scorecard } = await qualitySetup(db, caller.accountId);
  const rows = await visible(db, caller, await listReviewsOfConversation(db, caller.accountId, conversationId));
  const reviews = await toReviews(db, caller.accountId, rows);
  const automatic = reviews.find((review) => review.kind === 'automatic') ?? null;
  const automaticCard = automatic ? await findScorecardById(db, caller.accountId, automatic.scorecardId) : null;
  return {
    scorecard: toScorecardEntry(scorecard, settings.defaultFamilyId),
    automatic,
    automaticScorecard: automaticCard ? toScorecardEntry(automaticCard, settings.defaultFamilyId) : null,
    reviews: reviews.filter((review) => review.kind !== 'automatic'),
  };
}

/** Reviews newest first. Agents see those about themselves; reviewers and leads anyone's. */
export async function listReviews(ctx: AppContext, caller: AuthContext, query: ReviewListQuery): Promise<ReviewPage> {
  const agentId = query.agent === 'me' ? caller.user.id : query.agent;
  if (!isReviewer(caller) && agentId !== caller.user.id) {
    throw forbidden('Agents see the reviews about themselves: ask for agent=me');
  }
  const { db } = ctx.database;
  const after = decodeCursor(query.cursor);
  const rows = await listReviewsPage(
    db,
    caller.accountId,
    {
      ...(agentId ? { agentId } : {}),
      ...(query.kind ? { kind: query.kind } : { excludeKind: 'calibration' as const }),
    },
    after ? { createdAt: after.at, id: after.id } : null,
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toReviews(db, caller.accountId, await visible(db, caller, page)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

export async function readReview(ctx: AppContext, caller: AuthContext, id: string): Promise<Review> {
  const { db } = ctx.database;
  const row = await findReviewById(db, caller.accountId, id);
  const [shown] = row ? await visible(db, caller, [row]) : [];
  if (!shown) throw notFound('Review');
  const [review] = await toReviews(db, caller.accountId, [shown]);
  if (!review) throw notFound('Review');
  return review;
}
