import { and, eq } from 'drizzle-orm';
import { conversations, users, type Db } from '@sincere/db';
import { insertAssignments } from './assignments.repository';
import { reviewResolvedConversation } from './run-auto-review';

/**
 * The demo workspace's quality review: every resolved conversation reviewed automatically, and those not
 * already queued for attention put in the demo reviewer's queue as this week's sample, so a new user finds
 * evidence to read and conversations to score.
 */
export async function seedDemoReviews(db: Db, now: Date, accountId: string): Promise<void> {
  const resolved = await db
    .select({ id: conversations.id, cycle: conversations.cycle })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.status, 'resolved')));
  const reviewed: { conversationId: string; cycle: number; agentId: string | null }[] = [];
  for (const conversation of resolved) {
    const review = await reviewResolvedConversation(db, now, accountId, conversation.id);
    if (review) reviewed.push({ conversationId: conversation.id, cycle: conversation.cycle, agentId: review.agentId });
  }
  const [reviewer] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.role, 'reviewer')))
    .limit(1);
  if (!reviewer) return;
  await insertAssignments(
    db,
    reviewed.map((item) => ({
      accountId,
      ...item,
      reviewerId: reviewer.id,
      reason: 'weekly_sample' as const,
      createdAt: now,
    })),
  );
}
