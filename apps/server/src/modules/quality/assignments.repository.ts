import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { conversations, customers, qaAssignments, qaReviews, rowsOf, users, type Db, type Tx } from '@sincere/db';

export type AssignmentRow = typeof qaAssignments.$inferSelect;
export type NewAssignment = Omit<typeof qaAssignments.$inferInsert, 'id' | 'status' | 'reviewId' | 'doneAt'>;

export interface AssignmentListRow extends AssignmentRow {
  conversationSubject: string | null;
  customerName: string | null;
  automaticScore: number | null;
}

/** Adds the assignments not already there (one per conversation cycle and reviewer); returns how many. */
export async function insertAssignments(db: Db | Tx, rows: readonly NewAssignment[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(qaAssignments)
    .values(rows.map((row) => ({ ...row, status: 'pending' as const })))
    .onConflictDoNothing()
    .returning({ id: qaAssignments.id });
  return inserted.length;
}

/** Oldest first: a queue is worked from its front. Keyset on (created_at, id). */
export async function listAssignmentsPage(
  db: Db | Tx,
  accountId: string,
  filter: { reviewerId?: string; status: AssignmentRow['status'] },
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<AssignmentListRow[]> {
  const rows = await db
    .select({
      assignment: qaAssignments,
      conversationSubject: conversations.subject,
      customerName: customers.name,
      automaticScore: qaReviews.score,
    })
    .from(qaAssignments)
    .innerJoin(conversations, eq(conversations.id, qaAssignments.conversationId))
    .innerJoin(customers, eq(customers.id, conversations.customerId))
    .leftJoin(
      qaReviews,
      and(
        eq(qaReviews.accountId, qaAssignments.accountId),
        eq(qaReviews.conversationId, qaAssignments.conversationId),
        eq(qaReviews.cycle, qaAssignments.cycle),
        eq(qaReviews.kind, 'automatic'),
      ),
    )
    .where(
      and(
        eq(qaAssignments.accountId, accountId),
        eq(qaAssignments.status, filter.status),
        filter.reviewerId ? eq(qaAssignments.reviewerId, filter.reviewerId) : undefined,
        after
          ? or(
              sql`${qaAssignments.createdAt} > ${after.createdAt.toISOString()}`,
              and(eq(qaAssignments.createdAt, after.createdAt), sql`${qaAssignments.id} > ${after.id}`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(qaAssignments.createdAt), asc(qaAssignments.id))
    .limit(limit);
  return rows.map((row) => ({
    ...row.assignment,
    conversationSubject: row.conversationSubject,
    customerName: row.customerName,
    automaticScore: row.automaticScore,
  }));
}

/** Marks the reviewer's pending assignments of this cycle done by this review. */
export async function completeAssignments(
  tx: Tx,
  accountId: string,
  where: { conversationId: string; cycle: number; reviewerId: string; calibrationId: string | null },
  reviewId: string,
  now: Date,
): Promise<void> {
  await tx
    .update(qaAssignments)
    .set({ status: 'done', reviewId, doneAt: now })
    .where(
      and(
        eq(qaAssignments.accountId, accountId),
        eq(qaAssignments.conversationId, where.conversationId),
        eq(qaAssignments.cycle, where.cycle),
        eq(qaAssignments.reviewerId, where.reviewerId),
        where.calibrationId
          ? eq(qaAssignments.calibrationId, where.calibrationId)
          : sql`${qaAssignments.calibrationId} IS NULL`,
        eq(qaAssignments.status, 'pending'),
      ),
    );
}

/**
 * Who reviews: people with the reviewer role, or leads and admins in an account without reviewers; those with
 * the shortest queue first, so new work spreads evenly.
 */
export async function listReviewersByLoad(db: Db | Tx, accountId: string): Promise<string[]> {
  const people = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.accountId, accountId),
        inArray(users.role, ['reviewer', 'lead', 'admin']),
        eq(users.status, 'active'),
      ),
    );
  const reviewers = people.some((person) => person.role === 'reviewer')
    ? people.filter((person) => person.role === 'reviewer')
    : people;
  if (reviewers.length === 0) return [];
  const loads = await db
    .select({ reviewerId: qaAssignments.reviewerId, pending: count() })
    .from(qaAssignments)
    .where(and(eq(qaAssignments.accountId, accountId), eq(qaAssignments.status, 'pending')))
    .groupBy(qaAssignments.reviewerId);
  const loadOf = new Map(loads.map((row) => [row.reviewerId, Number(row.pending)]));
  return reviewers
    .map((person) => person.id)
    .sort((a, b) => (loadOf.get(a) ?? 0) - (loadOf.get(b) ?? 0) || a.localeCompare(b));
}

export interface SampleCandidate {
  conversationId: string;
  cycle: number;
  agentId: string;
}

/**
 * Up to `perAgent` conversation cycles per agent resolved in [from, to), drawn at random but the same on
 * every run for the week (ordered by a hash of the cycle and the week), skipping those already assigned.
 */
export async function drawWeeklySample(
  db: Db | Tx,
  accountId: string,
  range: { from: Date; to: Date; week: string },
  perAgent: number,
): Promise<SampleCandidate[]> {
  if (perAgent <= 0) return [];
  return rowsOf<SampleCandidate>(
    db,
    sql`SELECT conversation_id AS "conversationId", cycle, agent_id AS "agentId" FROM (
          SELECT r.conversation_id, r.cycle, r.agent_id,
                 row_number() OVER (PARTITION BY r.agent_id ORDER BY md5(r.conversation_id::text || r.cycle || ${range.week})) AS n
          FROM ${qaReviews} r
          WHERE r.account_id = ${accountId} AND r.kind = 'automatic' AND r.agent_id IS NOT NULL
            AND r.resolved_at >= ${range.from.toISOString()} AND r.resolved_at < ${range.to.toISOString()}
            AND NOT EXISTS (SELECT 1 FROM ${qaAssignments} a WHERE a.account_id = r.account_id
                              AND a.conversation_id = r.conversation_id AND a.cycle = r.cycle)
        ) drawn
        WHERE n <= ${perAgent}
        ORDER BY "agentId", n`,
  );
}

export async function countPendingAssignments(db: Db | Tx, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(qaAssignments)
    .where(and(eq(qaAssignments.accountId, accountId), eq(qaAssignments.status, 'pending')));
  return Number(row?.n ?? 0);
}
