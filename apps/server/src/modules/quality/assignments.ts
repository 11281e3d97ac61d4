import { and, eq, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Assignment, AssignmentListQuery, NewAssignmentRequest, SampleResult } from '@sincere/contracts';
import { accounts, conversations, qaRescoreRuns, qaSampledWeeks, users, type Db } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../http/app-error';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';
import type { AuthContext } from '../auth/auth-context';
import {
  drawWeeklySample,
  insertAssignments,
  listAssignmentsPage,
  listReviewersByLoad,
  type AssignmentListRow,
} from './assignments.repository';
import { isQualityLead, isReviewer, REVIEWER_ROLES } from './review-access';
import { findNames } from './reviews.repository';
import { qualitySetup } from './scorecards';
import { listSettingsOfAllAccounts } from './scorecards.repository';

export async function listAssignments(
  ctx: AppContext,
  caller: AuthContext,
  query: AssignmentListQuery,
): Promise<{ items: Assignment[]; nextCursor: string | null }> {
  if (!isReviewer(caller)) throw forbidden('Only reviewers, leads and admins have review queues');
  const reviewerId =
    query.reviewer === 'me' ? caller.user.id : query.reviewer === 'anyone' ? undefined : query.reviewer;
  if (reviewerId !== caller.user.id && !isQualityLead(caller)) {
    throw forbidden("Only leads and admins see other reviewers' queues");
  }
  const { db } = ctx.database;
  const after = decodeCursor(query.cursor);
  const rows = await listAssignmentsPage(
    db,
    caller.accountId,
    { status: query.status, ...(reviewerId ? { reviewerId } : {}) },
    after ? { createdAt: after.at, id: after.id } : null,
    query.limit + 1,
  );
  const page = rows.slice(0, query.limit);
  const names = await findNames(
    db,
    caller.accountId,
    page.flatMap((row) => [row.reviewerId, row.agentId]),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => toAssignment(row, names)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

function toAssignment(row: AssignmentListRow, names: Map<string, string>): Assignment {
  return {
    id: row.id,
    conversationId: row.conversationId,
    conversationSubject: row.conversationSubject,
    customerName: row.customerName,
    cycle: row.cycle,
    reviewer: { id: row.reviewerId, name: names.get(row.reviewerId) ?? '' },
    agent: row.agentId ? { id: row.agentId, name: names.get(row.agentId) ?? '' } : null,
    reason: row.reason,
    calibrationId: row.calibrationId,
    status: row.status,
    automaticScore: row.automaticScore,
    reviewId: row.reviewId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A lead puts a conversation in a reviewer's queue by hand. */
export async function assignByHand(ctx: AppContext, caller: AuthContext, input: NewAssignmentRequest): Promise<void> {
  if (!isQualityLead(caller)) throw forbidden('Only leads and admins assign reviews');
  const { db } = ctx.database;
  const [conversation] = await db
    .select({ id: conversations.id, cycle: conversations.cycle, assigneeId: conversations.assigneeId })
    .from(conversations)
    .where(and(eq(conversations.accountId, caller.accountId), eq(conversations.id, input.conversationId)));
  if (!conversation) throw notFound('Conversation');
  const [reviewer] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.accountId, caller.accountId), eq(users.id, input.reviewerId), eq(users.status, 'active')));
  if (!reviewer || !REVIEWER_ROLES.includes(reviewer.role)) {
    throw new AppError('validation_failed', 'Not a reviewer', { reviewerId: 'Choose a reviewer, lead or admin' });
  }
  const created = await insertAssignments(db, [
    {
      accountId: caller.accountId,
      conversationId: conversation.id,
      cycle: conversation.cycle,
      reviewerId: reviewer.id,
      agentId: conversation.assigneeId,
      reason: 'manual',
      createdAt: ctx.clock(),
    },
  ]);
  if (created === 0) throw new AppError('conflict', 'This reviewer already has this conversation in their queue');
}

/**
 * The weekly random sample: for the week before the given day (in the account's time zone), up to
 * `samplePerAgent` conversations per agent, spread over the reviewers who are not that agent. Drawn once per
 * week: a second call reports the week as already sampled.
 */
export async function sampleWeek(ctx: AppContext, accountId: string, day: Date): Promise<SampleResult> {
  const { db } = ctx.database;
  const { settings } = await qualitySetup(db, accountId);
  const [account] = await db.select({ timeZone: accounts.timeZone }).from(accounts).where(eq(accounts.id, accountId));
  const zone = account?.timeZone ?? 'UTC';
  const thisMonday = DateTime.fromJSDate(day, { zone }).startOf('week');
  const from = thisMonday.minus({ weeks: 1 });
  const week = from.toISODate() ?? '';
  return db.transaction(async (tx) => {
    const claimed = await tx.insert(qaSampledWeeks).values({ accountId, week }).onConflictDoNothing().returning();
    if (claimed.length === 0) return { week, created: 0, alreadySampled: true };
    const drawn = await drawWeeklySample(
      tx,
      accountId,
      { from: from.toJSDate(), to: thisMonday.toJSDate(), week },
      settings.samplePerAgent,
    );
    const reviewers = await listReviewersByLoad(tx, accountId);
    let turn = 0;
    const rows = drawn.flatMap((candidate) => {
      const choices = reviewers.filter((id) => id !== candidate.agentId);
      const reviewerId = choices[turn++ % Math.max(1, choices.length)];
      return reviewerId
        ? [{ accountId, ...candidate, reviewerId, reason: 'weekly_sample' as const, createdAt: ctx.clock() }]
        : [];
    });
    return { week, created: await insertAssignments(tx, rows), alreadySampled: false };
  });
}

export async function sampleWeekByHand(
  ctx: AppContext,
  caller: AuthContext,
  week: string | undefined,
): Promise<SampleResult> {
  if (!isQualityLead(caller)) throw forbidden('Only leads and admins draw the weekly sample');
  // "Sample week W" means the week W itself: the draw covers the week before the day given, so pass the next one.
  const day = week ? DateTime.fromISO(week, { zone: 'UTC' }).plus({ weeks: 1 }).toJSDate() : ctx.clock();
  return sampleWeek(ctx, caller.accountId, day);
}

/**
 * The hourly job: every account's last week is sampled once its Monday has begun in its time zone, and a
 * re-scoring run left without a job (its process died between slices) is picked up again.
 */
export async function runHourlyQuality(ctx: AppContext): Promise<void> {
  const { db } = ctx.database;
  for (const settings of await listSettingsOfAllAccounts(db)) await sampleWeek(ctx, settings.accountId, ctx.clock());
  await resumeStalledRescores(ctx, db);
}

const STALLED_AFTER_MINUTES = 10;

async function resumeStalledRescores(ctx: AppContext, db: Db): Promise<void> {
  const stalledBefore = new Date(ctx.clock().getTime() - STALLED_AFTER_MINUTES * 60_000);
  const stalled = await db
    .select({ id: qaRescoreRuns.id, accountId: qaRescoreRuns.accountId })
    .from(qaRescoreRuns)
    .where(and(eq(qaRescoreRuns.status, 'running'), lt(qaRescoreRuns.updatedAt, stalledBefore)));
  for (const run of stalled) {
    await ctx.jobs.send('quality.rescore', { accountId: run.accountId, runId: run.id }, { retryLimit: 5 });
  }
}
