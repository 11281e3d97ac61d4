import { and, eq } from 'drizzle-orm';
import { qaAssignments, type Db, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import type { ConversationListeners } from '../conversations/conversation-listeners';
import { insertAssignments, listReviewersByLoad } from './assignments.repository';
import { findConversationHead, loadCyclesToReview } from './review-inputs.repository';
import type { CycleReview } from './review-cycle';
import { loadReviewCycle } from './load-review-cycle';
import { upsertAutomaticReview } from './reviews.repository';
import { qualitySetup, scorecardOf } from './scorecards';
import type { QualitySettingsRow } from './scorecards.repository';

const registered = new WeakSet<ConversationListeners>();

/**
 * Every resolution queues an automatic review (a reopened conversation resolved again is reviewed again, as a
 * new cycle). The job is durable; the listener runs again from the outbox if sending it failed.
 */
export function registerAutoReview(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on('quality-auto-review', async ({ accountId, conversationId, events }) => {
    const resolved = events.some(
      (event) => event.type === 'conversation.status_changed' && event.data['to'] === 'resolved',
    );
    if (resolved)
      await ctx.jobs.send('quality.auto-review', { accountId, conversationId }, { retryLimit: 5, retryBackoff: true });
  });
}

/**
 * Reviews the conversation's current cycle if it is still resolved (a conversation reopened before the job ran
 * is reviewed at its next resolution). Running it again replaces the review with the same result.
 */
export async function runAutoReview(
  ctx: AppContext,
  job: { accountId: string; conversationId: string },
): Promise<void> {
  await reviewResolvedConversation(ctx.database.db, ctx.clock(), job.accountId, job.conversationId);
}

/** The job's work, on a database and a time: the demo seed reviews its resolved conversations with it too. */
export async function reviewResolvedConversation(
  db: Db,
  now: Date,
  accountId: string,
  conversationId: string,
): Promise<CycleReview | null> {
  const head = await findConversationHead(db, accountId, conversationId);
  if (!head || head.status !== 'resolved' || head.mergedIntoId) return null;
  const { settings, scorecard } = await qualitySetup(db, accountId);
  const [cycle] = await loadCyclesToReview(db, accountId, [{ conversationId, cycle: head.cycle }]);
  // Nothing a person or bot said to the customer: there is no service to review.
  if (!cycle?.messages.some((message) => message.direction === 'outbound')) return null;
  const review = (await loadReviewCycle())(cycle, scorecardOf(scorecard));
  await db.transaction(async (tx) => {
    await upsertAutomaticReview(
      tx,
      {
        accountId,
        conversationId,
        cycle: head.cycle,
        scorecardId: scorecard.id,
        agentId: review.agentId,
        ratings: review.ratings,
        score: review.score,
        criticalFailed: review.criticalFailed,
        humanOnly: review.humanOnly,
        sentiment: review.sentiment,
        resolvedAt: now,
      },
      now,
    );
    await assignForAttention(tx, settings, { conversationId, cycle: head.cycle }, review);
  });
  return review;
}

/**
 * A broken promise or a low automatic score puts the cycle in the queue of the least busy reviewer who is not
 * the agent reviewed. A cycle already in someone's queue is left there.
 */
async function assignForAttention(
  tx: Tx,
  settings: QualitySettingsRow,
  target: { conversationId: string; cycle: number },
  review: CycleReview,
): Promise<void> {
  const reason = review.brokenPromise
    ? ('broken_promise' as const)
    : review.score !== null && review.score < settings.lowScoreBelow
      ? ('low_score' as const)
      : null;
  if (!reason) return;
  const { accountId } = settings;
  const [already] = await tx
    .select({ id: qaAssignments.id })
    .from(qaAssignments)
    .where(
      and(
        eq(qaAssignments.accountId, accountId),
        eq(qaAssignments.conversationId, target.conversationId),
        eq(qaAssignments.cycle, target.cycle),
      ),
    )
    .limit(1);
  if (already) return;
  const reviewerId = (await listReviewersByLoad(tx, accountId)).find((id) => id !== review.agentId);
  if (!reviewerId) return;
  await insertAssignments(tx, [{ accountId, ...target, reviewerId, agentId: review.agentId, reason }]);
}
