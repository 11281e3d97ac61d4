import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import type { RescoreRun } from '@sincere/contracts';
import { qaRescoreRuns, qaReviews, type Db } from '@sincere/db';
import type { AppContext } from '../../context';
import { loadCyclesToReview } from './review-inputs.repository';
import { loadReviewCycle } from './load-review-cycle';
import { findScorecardById } from './scorecards.repository';
import { scorecardOf } from './scorecards';

export type RescoreRunRow = typeof qaRescoreRuns.$inferSelect;

/**
 * Reviews per slice. Each slice is one job with short queries, so on one PGlite connection or a busy
 * PostgreSQL the inbox's requests interleave with the re-scoring instead of waiting behind it.
 */
export const RESCORE_SLICE = 250;

export function toRescoreRun(row: RescoreRunRow): RescoreRun {
  return {
    id: row.id,
    scorecardId: row.scorecardId,
    status: row.status,
    total: row.total,
    done: row.done,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Starts re-scoring every automatic review of the account with this scorecard version; an older run stops. */
export async function startRescore(ctx: AppContext, accountId: string, scorecardId: string): Promise<RescoreRunRow> {
  const { db } = ctx.database;
  const now = ctx.clock();
  const run = await db.transaction(async (tx) => {
    await tx
      .update(qaRescoreRuns)
      .set({ status: 'superseded', finishedAt: now, updatedAt: now })
      .where(and(eq(qaRescoreRuns.accountId, accountId), eq(qaRescoreRuns.status, 'running')));
    const [counted] = await tx
      .select({ n: count() })
      .from(qaReviews)
      .where(and(eq(qaReviews.accountId, accountId), eq(qaReviews.kind, 'automatic')));
    const [created] = await tx
      .insert(qaRescoreRuns)
      .values({
        accountId,
        scorecardId,
        status: 'running',
        total: Number(counted?.n ?? 0),
        startedAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('insert returned no run');
    return created;
  });
  await ctx.jobs.send('quality.rescore', { accountId, runId: run.id }, { retryLimit: 5, retryBackoff: true });
  return run;
}

export async function findLatestRescoreRun(db: Db, accountId: string): Promise<RescoreRunRow | null> {
  const [row] = await db
    .select()
    .from(qaRescoreRuns)
    .where(eq(qaRescoreRuns.accountId, accountId))
    .orderBy(desc(qaRescoreRuns.startedAt), desc(qaRescoreRuns.id))
    .limit(1);
  return row ?? null;
}

/** A job works slices for about this long, then hands over to the next job (a deploy or crash loses little). */
const JOB_BUDGET_MS = 5_000;
/** The scorer yields to the event loop after this much work, so requests in the same process wait no longer. */
const YIELD_AFTER_MS = 3;

/**
 * Works a run for a few seconds: slice after slice of the next automatic reviews by id, each scored outside any
 * transaction (yielding to the event loop as it goes), then written in one statement with the run's progress.
 * Then it sends the next job. A slice done twice (a retry) scores the same reviews the same way.
 */
export async function rescoreSlice(ctx: AppContext, job: { accountId: string; runId: string }): Promise<void> {
  const startedAt = performance.now();
  for (;;) {
    const sliceStartedAt = performance.now();
    const more = await rescoreOneSlice(ctx, job);
    if (!more) return;
    if (performance.now() - startedAt > JOB_BUDGET_MS) break;
    // Background work: rest as long as the slice took, so re-scoring takes at most about half of the process's
    // time and the inbox's requests in the same process (and the database) keep their pace.
    await sleep(performance.now() - sliceStartedAt);
  }
  await ctx.jobs.send('quality.rescore', job, { retryLimit: 5, retryBackoff: true });
}

/** One slice; true when the run has more to do. */
async function rescoreOneSlice(ctx: AppContext, job: { accountId: string; runId: string }): Promise<boolean> {
  const { db } = ctx.database;
  const { accountId, runId } = job;
  const [run] = await db
    .select()
    .from(qaRescoreRuns)
    .where(and(eq(qaRescoreRuns.accountId, accountId), eq(qaRescoreRuns.id, runId)));
  if (!run || run.status !== 'running') return false;
  const scorecardRow = await findScorecardById(db, accountId, run.scorecardId);
  if (!scorecardRow) return false;
  const scorecard = scorecardOf(scorecardRow);
  const slice = await db
    .select({
      id: qaReviews.id,
      conversationId: qaReviews.conversationId,
      cycle: qaReviews.cycle,
      scorecardId: qaReviews.scorecardId,
    })
    .from(qaReviews)
    .where(
      and(
        eq(qaReviews.accountId, accountId),
        eq(qaReviews.kind, 'automatic'),
        run.afterReviewId ? gt(qaReviews.id, run.afterReviewId) : undefined,
      ),
    )
    .orderBy(asc(qaReviews.id))
    .limit(RESCORE_SLICE);
  const stale = slice.filter((review) => review.scorecardId !== run.scorecardId);
  const cycles = await loadCyclesToReview(db, accountId, stale);
  const cycleOf = new Map(cycles.map((cycle) => [`${cycle.conversationId} ${cycle.cycle}`, cycle]));
  // Keys as the statement's record columns below.
  const reviewCycle = await loadReviewCycle();
  const rescored: { id: string; ratings: unknown; score: number | null; critical: boolean; human_only: string[] }[] =
    [];
  let workedSince = performance.now();
  for (const review of stale) {
    if (performance.now() - workedSince > YIELD_AFTER_MS) {
      await setImmediate();
      workedSince = performance.now();
    }
    const cycle = cycleOf.get(`${review.conversationId} ${review.cycle}`);
    if (!cycle) continue;
    const scored = reviewCycle(cycle, scorecard);
    rescored.push({
      id: review.id,
      ratings: scored.ratings,
      score: scored.score,
      critical: scored.criticalFailed,
      human_only: scored.humanOnly,
    });
  }
  const now = ctx.clock();
  const last = slice.at(-1);
  const finished = slice.length < RESCORE_SLICE;
  await db.transaction(async (tx) => {
    if (rescored.length > 0) {
      // One statement for the slice: on the embedded database's single session, a statement per review would
      // hold the inbox's queries back for the whole slice.
      await tx.execute(sql`UPDATE qa_reviews r
        SET scorecard_id = ${run.scorecardId}, ratings = v.ratings, score = v.score, critical_failed = v.critical,
            human_only = v.human_only, updated_at = ${now.toISOString()}
        FROM jsonb_to_recordset(${JSON.stringify(rescored)}::jsonb)
          AS v(id uuid, ratings jsonb, score float8, critical boolean, human_only jsonb)
        WHERE r.account_id = ${accountId} AND r.id = v.id AND r.kind = 'automatic'`);
    }
    await tx
      .update(qaRescoreRuns)
      .set({
        done: sql`least(${qaRescoreRuns.done} + ${slice.length}, ${qaRescoreRuns.total})`,
        ...(last ? { afterReviewId: last.id } : {}),
        updatedAt: now,
        ...(finished ? { status: 'done' as const, finishedAt: now } : {}),
      })
      .where(and(eq(qaRescoreRuns.id, runId), eq(qaRescoreRuns.status, 'running')));
  });
  return !finished;
}
