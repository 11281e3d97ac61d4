import { and, desc, eq, inArray } from 'drizzle-orm';
import { SCALE_POINTS, type Calibration, type NewCalibrationRequest } from '@sincere/contracts';
import { conversations, qaAssignments, qaCalibrations, qaReviews, users } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { pairwiseKappa, type Rating } from './agreement';
import { insertAssignments } from './assignments.repository';
import { auditQuality } from './audit-quality';
import { isQualityLead, isReviewer, REVIEWER_ROLES } from './review-access';
import { findNames } from './reviews.repository';
import { findScorecardById } from './scorecards.repository';
import { qualitySetup, scorecardOf } from './scorecards';

type CalibrationRow = typeof qaCalibrations.$inferSelect;

/**
 * A calibration round: the same conversations go to every chosen reviewer, who score them blind. Their
 * reviews stay out of the quality score; the round's agreement per category tells the team where the
 * scorecard's wording needs work.
 */
export async function createCalibration(
  ctx: AppContext,
  caller: AuthContext,
  input: NewCalibrationRequest,
): Promise<Calibration> {
  if (!isQualityLead(caller)) throw forbidden('Only leads and admins run calibration');
  const { db } = ctx.database;
  const { accountId } = caller;
  const { scorecard } = await qualitySetup(db, accountId);
  const conversationIds = [...new Set(input.conversationIds)];
  const reviewerIds = [...new Set(input.reviewerIds)];
  if (reviewerIds.length < 2) {
    throw new AppError('validation_failed', 'Calibration needs two different reviewers', {
      reviewerIds: 'Name at least two different reviewers',
    });
  }
  const found = await db
    .select({ id: conversations.id, cycle: conversations.cycle, assigneeId: conversations.assigneeId })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), inArray(conversations.id, conversationIds)));
  if (found.length !== conversationIds.length) {
    throw new AppError('validation_failed', 'Some conversations do not exist', {
      conversationIds: 'Every conversation must belong to this account',
    });
  }
  const people = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.accountId, accountId), inArray(users.id, reviewerIds), eq(users.status, 'active')));
  if (people.length !== reviewerIds.length || people.some((person) => !REVIEWER_ROLES.includes(person.role))) {
    throw new AppError('validation_failed', 'Some people cannot review', {
      reviewerIds: 'Every reviewer must be an active reviewer, lead or admin of this account',
    });
  }
  const now = ctx.clock();
  const id = await db.transaction(async (tx) => {
    const [calibration] = await tx
      .insert(qaCalibrations)
      .values({ accountId, name: input.name, scorecardId: scorecard.id, createdBy: caller.user.id, createdAt: now })
      .returning();
    if (!calibration) throw new Error('insert returned no calibration');
    await insertAssignments(
      tx,
      found.flatMap((conversation) =>
        reviewerIds.map((reviewerId) => ({
          accountId,
          conversationId: conversation.id,
          cycle: conversation.cycle,
          reviewerId,
          agentId: conversation.assigneeId,
          reason: 'calibration' as const,
          calibrationId: calibration.id,
          createdAt: now,
        })),
      ),
    );
    await auditQuality(tx, caller, 'quality.calibration_created', 'qa_calibration', calibration.id);
    return calibration.id;
  });
  return readCalibration(ctx, caller, id);
}

export async function listCalibrations(ctx: AppContext, caller: AuthContext): Promise<Calibration[]> {
  if (!isReviewer(caller)) throw forbidden('Only reviewers, leads and admins take part in calibration');
  const rows = await ctx.database.db
    .select()
    .from(qaCalibrations)
    .where(eq(qaCalibrations.accountId, caller.accountId))
    .orderBy(desc(qaCalibrations.createdAt))
    .limit(50);
  return Promise.all(rows.map((row) => describeCalibration(ctx, caller, row)));
}

export async function readCalibration(ctx: AppContext, caller: AuthContext, id: string): Promise<Calibration> {
  if (!isReviewer(caller)) throw forbidden('Only reviewers, leads and admins take part in calibration');
  const [row] = await ctx.database.db
    .select()
    .from(qaCalibrations)
    .where(and(eq(qaCalibrations.accountId, caller.accountId), eq(qaCalibrations.id, id)));
  if (!row) throw notFound('Calibration');
  return describeCalibration(ctx, caller, row);
}

export async function closeCalibration(ctx: AppContext, caller: AuthContext, id: string): Promise<Calibration> {
  if (!isQualityLead(caller)) throw forbidden('Only leads and admins close calibration rounds');
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(qaCalibrations)
      .set({ closedAt: ctx.clock() })
      .where(and(eq(qaCalibrations.accountId, caller.accountId), eq(qaCalibrations.id, id)))
      .returning();
    if (!row) throw notFound('Calibration');
    await auditQuality(tx, caller, 'quality.calibration_closed', 'qa_calibration', id);
  });
  return readCalibration(ctx, caller, id);
}

/** Agreement is shown to leads at any time and to reviewers once the round is closed (blind until then). */
async function describeCalibration(ctx: AppContext, caller: AuthContext, row: CalibrationRow): Promise<Calibration> {
  const { db } = ctx.database;
  const { accountId } = caller;
  const assigned = await db
    .select({
      conversationId: qaAssignments.conversationId,
      reviewerId: qaAssignments.reviewerId,
      subject: conversations.subject,
    })
    .from(qaAssignments)
    .innerJoin(conversations, eq(conversations.id, qaAssignments.conversationId))
    .where(and(eq(qaAssignments.accountId, accountId), eq(qaAssignments.calibrationId, row.id)));
  const reviews = await db
    .select({ conversationId: qaReviews.conversationId, reviewerId: qaReviews.reviewerId, ratings: qaReviews.ratings })
    .from(qaReviews)
    .where(and(eq(qaReviews.accountId, accountId), eq(qaReviews.calibrationId, row.id)));
  const reviewerIds = [...new Set(assigned.map((item) => item.reviewerId))];
  const conversationList = [...new Map(assigned.map((item) => [item.conversationId, item.subject])).entries()];
  const names = await findNames(db, accountId, reviewerIds);
  const showAgreement = isQualityLead(caller) || row.closedAt !== null;
  const cardRow = showAgreement ? await findScorecardById(db, accountId, row.scorecardId) : null;
  const agreement = cardRow
    ? scorecardOf(cardRow).categories.map((category) => {
        const matrix: Rating[][] = reviewerIds.map((reviewerId) =>
          conversationList.map(([conversationId]) => {
            const review = reviews.find(
              (item) => item.conversationId === conversationId && item.reviewerId === reviewerId,
            );
            return review?.ratings.find((rating) => rating.category === category.key)?.value ?? 'na';
          }),
        );
        const points = SCALE_POINTS[category.scale];
        const ordinal = points > 2;
        const result = matrix.length >= 2 ? pairwiseKappa(matrix, { points, ordinal }) : null;
        return {
          category: category.key,
          compared: result?.compared ?? 0,
          exact: result && result.compared > 0 ? result.exact : null,
          kappa: result?.kappa ?? null,
          weighted: ordinal,
        };
      })
    : null;
  return {
    id: row.id,
    name: row.name,
    scorecardId: row.scorecardId,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    reviewers: reviewerIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    conversations: conversationList.map(([id, subject]) => ({ id, subject })),
    submitted: reviews.length,
    expected: reviewerIds.length * conversationList.length,
    agreement,
  };
}
