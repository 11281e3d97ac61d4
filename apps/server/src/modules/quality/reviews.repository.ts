import { and, desc, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import { conversations, qaDisputes, qaReviews, qaScorecards, users, type Db, type Tx } from '@sincere/db';

export type ReviewRow = typeof qaReviews.$inferSelect;
export type DisputeRow = typeof qaDisputes.$inferSelect;

/** A review with what its response shows beside it. */
export interface ReviewListRow extends ReviewRow {
  scorecardVersion: number;
  conversationSubject: string | null;
}

export type NewAutomaticReview = Omit<
  typeof qaReviews.$inferInsert,
  'id' | 'kind' | 'reviewerId' | 'calibrationId' | 'comment' | 'acknowledgedAt' | 'createdAt'
>;

/** One automatic review per conversation cycle: a retry or a re-score replaces it in place. */
export async function upsertAutomaticReview(db: Db | Tx, row: NewAutomaticReview, now: Date): Promise<ReviewRow> {
  const [saved] = await db
    .insert(qaReviews)
    .values({ ...row, kind: 'automatic', createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [qaReviews.accountId, qaReviews.conversationId, qaReviews.cycle],
      targetWhere: sql`kind = 'automatic'`,
      set: {
        scorecardId: row.scorecardId,
        agentId: row.agentId,
        ratings: row.ratings,
        score: row.score,
        criticalFailed: row.criticalFailed,
        humanOnly: row.humanOnly,
        sentiment: row.sentiment,
        resolvedAt: row.resolvedAt,
        updatedAt: now,
      },
    })
    .returning();
  if (!saved) throw new Error('upsert returned no review');
  return saved;
}

export async function insertReview(tx: Tx, row: typeof qaReviews.$inferInsert): Promise<ReviewRow | null> {
  const [saved] = await tx.insert(qaReviews).values(row).onConflictDoNothing().returning();
  return saved ?? null;
}

export async function updateReviewRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<typeof qaReviews.$inferInsert>,
): Promise<ReviewRow> {
  const [row] = await tx
    .update(qaReviews)
    .set(changes)
    .where(and(eq(qaReviews.accountId, accountId), eq(qaReviews.id, id)))
    .returning();
  if (!row) throw new Error('review vanished inside its transaction');
  return row;
}

export async function lockReview(tx: Tx, accountId: string, id: string): Promise<ReviewRow | null> {
  const [row] = await tx
    .select()
    .from(qaReviews)
    .where(and(eq(qaReviews.accountId, accountId), eq(qaReviews.id, id)))
    .for('update');
  return row ?? null;
}

const listColumns = {
  review: qaReviews,
  scorecardVersion: qaScorecards.version,
  conversationSubject: conversations.subject,
};

function withListColumns(db: Db | Tx) {
  return db
    .select(listColumns)
    .from(qaReviews)
    .innerJoin(qaScorecards, eq(qaScorecards.id, qaReviews.scorecardId))
    .innerJoin(conversations, eq(conversations.id, qaReviews.conversationId));
}

const flatten = (row: { review: ReviewRow; scorecardVersion: number; conversationSubject: string | null }) => ({
  ...row.review,
  scorecardVersion: row.scorecardVersion,
  conversationSubject: row.conversationSubject,
});

export async function findReviewById(db: Db | Tx, accountId: string, id: string): Promise<ReviewListRow | null> {
  const [row] = await withListColumns(db).where(and(eq(qaReviews.accountId, accountId), eq(qaReviews.id, id)));
  return row ? flatten(row) : null;
}

export async function listReviewsOfConversation(
  db: Db | Tx,
  accountId: string,
  conversationId: string,
): Promise<ReviewListRow[]> {
  const rows = await withListColumns(db)
    .where(and(eq(qaReviews.accountId, accountId), eq(qaReviews.conversationId, conversationId)))
    .orderBy(desc(qaReviews.cycle), desc(qaReviews.createdAt));
  return rows.map(flatten);
}

/** Newest first, keyset on (created_at, id). */
export async function listReviewsPage(
  db: Db | Tx,
  accountId: string,
  filter: { agentId?: string; kind?: ReviewRow['kind']; excludeKind?: ReviewRow['kind'] },
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<ReviewListRow[]> {
  const rows = await withListColumns(db)
    .where(
      and(
        eq(qaReviews.accountId, accountId),
        filter.agentId ? eq(qaReviews.agentId, filter.agentId) : undefined,
        filter.kind ? eq(qaReviews.kind, filter.kind) : undefined,
        filter.excludeKind ? ne(qaReviews.kind, filter.excludeKind) : undefined,
        after
          ? or(
              lt(qaReviews.createdAt, after.createdAt),
              and(eq(qaReviews.createdAt, after.createdAt), lt(qaReviews.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(qaReviews.createdAt), desc(qaReviews.id))
    .limit(limit);
  return rows.map(flatten);
}

export async function listDisputesOfReviews(
  db: Db | Tx,
  accountId: string,
  reviewIds: readonly string[],
): Promise<DisputeRow[]> {
  if (reviewIds.length === 0) return [];
  return db
    .select()
    .from(qaDisputes)
    .where(and(eq(qaDisputes.accountId, accountId), inArray(qaDisputes.reviewId, [...reviewIds])))
    .orderBy(qaDisputes.createdAt);
}

export async function listDisputesByStatus(
  db: Db | Tx,
  accountId: string,
  status: DisputeRow['status'],
): Promise<(DisputeRow & { conversationId: string })[]> {
  const rows = await db
    .select({ dispute: qaDisputes, conversationId: qaReviews.conversationId })
    .from(qaDisputes)
    .innerJoin(qaReviews, eq(qaReviews.id, qaDisputes.reviewId))
    .where(and(eq(qaDisputes.accountId, accountId), eq(qaDisputes.status, status)))
    .orderBy(desc(qaDisputes.createdAt))
    .limit(200);
  return rows.map((row) => ({ ...row.dispute, conversationId: row.conversationId }));
}

export async function insertDispute(tx: Tx, row: typeof qaDisputes.$inferInsert): Promise<DisputeRow | null> {
  const [saved] = await tx.insert(qaDisputes).values(row).onConflictDoNothing().returning();
  return saved ?? null;
}

export async function lockDispute(tx: Tx, accountId: string, id: string): Promise<DisputeRow | null> {
  const [row] = await tx
    .select()
    .from(qaDisputes)
    .where(and(eq(qaDisputes.accountId, accountId), eq(qaDisputes.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateDisputeRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<typeof qaDisputes.$inferInsert>,
): Promise<DisputeRow> {
  const [row] = await tx
    .update(qaDisputes)
    .set(changes)
    .where(and(eq(qaDisputes.accountId, accountId), eq(qaDisputes.id, id)))
    .returning();
  if (!row) throw new Error('dispute vanished inside its transaction');
  return row;
}

/** Names of the people reviews and disputes mention, in one query. */
export async function findNames(
  db: Db | Tx,
  accountId: string,
  ids: Iterable<string | null>,
): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.accountId, accountId), inArray(users.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
