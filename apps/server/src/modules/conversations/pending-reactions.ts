import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { pendingReactions, type Db } from '@sincere/db';
import type { AppContext } from '../../context';
import type { ConversationChange } from './conversation-listeners';
import { listEventsById } from './event-log';

/** How long a record may wait for the request that wrote it before the sweeper takes over. */
export const SWEEP_AFTER_SECONDS = 30;
/** A change whose listeners failed this often is left for a person to look at (it stays in the table). */
export const MAX_ATTEMPTS = 20;
const BATCH = 100;

/**
 * Runs the listeners for changes that have just committed, then clears their
 * outbox records. A listener that fails leaves the records: the sweeper retries.
 */
export async function reactNow(ctx: AppContext, ...changes: ConversationChange[]): Promise<void> {
  const withEvents = changes.filter((change) => change.events.length > 0);
  if (withEvents.length === 0) return;
  if (await ctx.conversationListeners.notifyAll(withEvents)) await clearPendingReactions(ctx.database.db, withEvents);
}

/** Deletes the outbox records of these changes: those naming only their events (one statement per account). */
async function clearPendingReactions(db: Db, changes: ConversationChange[]): Promise<void> {
  const byAccount = new Map<string, ConversationChange[]>();
  for (const change of changes) byAccount.set(change.accountId, [...(byAccount.get(change.accountId) ?? []), change]);
  for (const [accountId, ofAccount] of byAccount) {
    const eventIds = ofAccount.flatMap((change) => change.events.map((event) => event.id));
    const conversationIds = [...new Set(ofAccount.map((change) => change.conversationId))];
    await db.delete(pendingReactions).where(
      and(
        eq(pendingReactions.accountId, accountId),
        inArray(pendingReactions.conversationId, conversationIds),
        // The record's events are among those that have just been reacted to.
        sql`${pendingReactions.eventIds} <@ ${sql.param(eventIds)}::uuid[]`,
      ),
    );
  }
}

/**
 * The sweeper: reacts to changes whose process died (or whose listeners failed)
 * between commit and reaction. Each record is leased by moving its time forward,
 * so that two processes sweeping at once do not both take it.
 */
export async function reactToPending(
  ctx: AppContext,
  /** `accountId` narrows the sweep to one account (tests share one PostgreSQL database). */
  options: { olderThanSeconds?: number; accountId?: string } = {},
): Promise<{ reacted: number; failed: number }> {
  const olderThan = options.olderThanSeconds ?? SWEEP_AFTER_SECONDS;
  const { db } = ctx.database;
  let reacted = 0;
  let failed = 0;
  for (;;) {
    const due = db
      .select({ id: pendingReactions.id })
      .from(pendingReactions)
      .where(
        and(
          lte(pendingReactions.createdAt, sql`now() - make_interval(secs => ${olderThan})`),
          lt(pendingReactions.attempts, MAX_ATTEMPTS),
          options.accountId ? eq(pendingReactions.accountId, options.accountId) : undefined,
        ),
      )
      .orderBy(asc(pendingReactions.id))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    const leased = await db
      .update(pendingReactions)
      .set({ attempts: sql`${pendingReactions.attempts} + 1`, createdAt: sql`now()` })
      .where(inArray(pendingReactions.id, due))
      .returning();
    if (leased.length === 0) break;
    for (const row of leased) {
      const events = await listEventsById(db, row.accountId, row.eventIds);
      const change = { accountId: row.accountId, conversationId: row.conversationId, events };
      if (await ctx.conversationListeners.notify(change)) {
        await db.delete(pendingReactions).where(eq(pendingReactions.id, row.id));
        reacted += 1;
      } else {
        failed += 1;
      }
    }
    // Leased rows now look fresh, so the next round only sees those not yet taken.
    if (leased.length < BATCH) break;
  }
  return { reacted, failed };
}
