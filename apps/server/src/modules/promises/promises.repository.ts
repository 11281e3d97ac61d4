import { and, asc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { conversations, customers, followUps, promises, rowsOf, users, type Db, type Tx } from '@sincere/db';

export type PromiseRow = typeof promises.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;

/** A promise with whom it was made to, for lists across conversations. */
export type PromiseListRow = PromiseRow & { customerId: string | null; customerName: string | null };

export async function insertPromise(tx: Tx, row: typeof promises.$inferInsert): Promise<PromiseRow> {
  const [created] = await tx.insert(promises).values(row).returning();
  if (!created) throw new Error('insert returned no promise');
  return created;
}

/** The promise, locked until the transaction ends: changes to one promise queue up. */
export async function lockPromise(tx: Tx, accountId: string, id: string): Promise<PromiseRow | null> {
  const [row] = await tx
    .select()
    .from(promises)
    .where(and(eq(promises.accountId, accountId), eq(promises.id, id)))
    .for('update');
  return row ?? null;
}

export async function updatePromiseRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<typeof promises.$inferInsert>,
): Promise<PromiseRow> {
  const [row] = await tx
    .update(promises)
    .set(changes)
    .where(and(eq(promises.accountId, accountId), eq(promises.id, id)))
    .returning();
  if (!row) throw new Error('promise vanished inside its transaction');
  return row;
}

export async function listPromisesOfConversation(db: Db | Tx, accountId: string, conversationId: string) {
  return db
    .select()
    .from(promises)
    .where(and(eq(promises.accountId, accountId), eq(promises.conversationId, conversationId)))
    .orderBy(asc(promises.createdAt), asc(promises.id));
}

/** Open promises of a conversation, locked: resolving decides what happens to them. */
export async function lockOpenPromisesOfConversation(tx: Tx, accountId: string, conversationId: string) {
  return tx
    .select()
    .from(promises)
    .where(
      and(eq(promises.accountId, accountId), eq(promises.conversationId, conversationId), eq(promises.status, 'open')),
    )
    .orderBy(asc(promises.dueAt), asc(promises.id))
    .for('update');
}

/** A promise made in this reply with these words already: confirming twice tracks it once. */
export async function findPromiseOfMessage(tx: Tx, accountId: string, messageId: string, what: string) {
  const [row] = await tx
    .select()
    .from(promises)
    .where(and(eq(promises.accountId, accountId), eq(promises.messageId, messageId), eq(promises.what, what)));
  return row ?? null;
}

export interface PromiseFilter {
  statuses: readonly PromiseRow['status'][];
  ownerId: string | null;
  dueBefore: Date | null;
  /** Keyset position: the last row of the previous page. */
  after: { dueAt: Date; id: string } | null;
}

/** Promises by due time, soonest first, with the customer each was made to. */
export async function listPromisesPage(
  db: Db,
  accountId: string,
  filter: PromiseFilter,
  limit: number,
): Promise<PromiseListRow[]> {
  const { after } = filter;
  return db
    .select({
      ...promiseColumns,
      customerId: customers.id,
      customerName: customers.name,
    })
    .from(promises)
    .innerJoin(
      conversations,
      and(eq(conversations.accountId, promises.accountId), eq(conversations.id, promises.conversationId)),
    )
    .leftJoin(customers, and(eq(customers.accountId, promises.accountId), eq(customers.id, conversations.customerId)))
    .where(
      and(
        eq(promises.accountId, accountId),
        inArray(promises.status, [...filter.statuses]),
        filter.ownerId ? eq(promises.ownerId, filter.ownerId) : undefined,
        filter.dueBefore ? lt(promises.dueAt, filter.dueBefore) : undefined,
        after
          ? or(gt(promises.dueAt, after.dueAt), and(eq(promises.dueAt, after.dueAt), gt(promises.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(asc(promises.dueAt), asc(promises.id))
    .limit(limit);
}

const promiseColumns = {
  id: promises.id,
  accountId: promises.accountId,
  conversationId: promises.conversationId,
  messageId: promises.messageId,
  ownerId: promises.ownerId,
  createdBy: promises.createdBy,
  what: promises.what,
  dueAt: promises.dueAt,
  timeText: promises.timeText,
  remindAt: promises.remindAt,
  status: promises.status,
  remindedAt: promises.remindedAt,
  brokenAt: promises.brokenAt,
  keptAt: promises.keptAt,
  keptBy: promises.keptBy,
  keptEvidence: promises.keptEvidence,
  cancelledAt: promises.cancelledAt,
  cancelledBy: promises.cancelledBy,
  cancelReason: promises.cancelReason,
  createdAt: promises.createdAt,
  updatedAt: promises.updatedAt,
};

/** Names of the account's people, for the people a promise or follow-up names. */
export async function findPeopleNames(
  db: Db | Tx,
  accountId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.accountId, accountId), inArray(users.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The sweeper's claims, across all accounts: rows whose time has come, locked so that another process's sweep
 * skips them, soonest first. The caller changes each row in the same transaction.
 */
export async function claimRemindersDue(tx: Tx, now: Date, limit: number): Promise<PromiseRow[]> {
  return tx
    .select()
    .from(promises)
    .where(and(eq(promises.status, 'open'), sql`${promises.remindedAt} IS NULL`, lt(promises.remindAt, now)))
    .orderBy(asc(promises.remindAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function claimPromisesPastDue(tx: Tx, now: Date, limit: number): Promise<PromiseRow[]> {
  return tx
    .select()
    .from(promises)
    .where(and(eq(promises.status, 'open'), lt(promises.dueAt, now)))
    .orderBy(asc(promises.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function claimFollowUpsDue(tx: Tx, now: Date, limit: number): Promise<FollowUpRow[]> {
  return tx
    .select()
    .from(followUps)
    .where(and(eq(followUps.status, 'scheduled'), lt(followUps.dueAt, now)))
    .orderBy(asc(followUps.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function insertFollowUp(tx: Tx, row: typeof followUps.$inferInsert): Promise<FollowUpRow> {
  const [created] = await tx.insert(followUps).values(row).returning();
  if (!created) throw new Error('insert returned no follow-up');
  return created;
}

export async function lockFollowUp(tx: Tx, accountId: string, id: string): Promise<FollowUpRow | null> {
  const [row] = await tx
    .select()
    .from(followUps)
    .where(and(eq(followUps.accountId, accountId), eq(followUps.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateFollowUpRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<typeof followUps.$inferInsert>,
): Promise<FollowUpRow> {
  const [row] = await tx
    .update(followUps)
    .set(changes)
    .where(and(eq(followUps.accountId, accountId), eq(followUps.id, id)))
    .returning();
  if (!row) throw new Error('follow-up vanished inside its transaction');
  return row;
}

export async function listFollowUpsOfConversation(db: Db | Tx, accountId: string, conversationId: string) {
  return db
    .select()
    .from(followUps)
    .where(and(eq(followUps.accountId, accountId), eq(followUps.conversationId, conversationId)))
    .orderBy(asc(followUps.dueAt), asc(followUps.id));
}

/**
 * Who hears of a broken promise besides its owner: the leads of the conversation's team; without a team, or a
 * team without leads, every active lead of the account; without leads, the admins.
 */
export async function findEscalationPeople(tx: Tx, accountId: string, conversationId: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`
    WITH team_leads AS (
      SELECT u.id FROM conversations c
        JOIN team_members tm ON tm.account_id = c.account_id AND tm.team_id = c.team_id
        JOIN users u ON u.account_id = tm.account_id AND u.id = tm.user_id
       WHERE c.account_id = ${accountId} AND c.id = ${conversationId} AND u.role = 'lead' AND u.status = 'active'),
    leads AS (SELECT id FROM users WHERE account_id = ${accountId} AND role = 'lead' AND status = 'active'),
    admins AS (SELECT id FROM users WHERE account_id = ${accountId} AND role = 'admin' AND status = 'active')
    SELECT id FROM team_leads
    UNION ALL SELECT id FROM leads WHERE NOT EXISTS (SELECT 1 FROM team_leads)
    UNION ALL SELECT id FROM admins WHERE NOT EXISTS (SELECT 1 FROM team_leads) AND NOT EXISTS (SELECT 1 FROM leads)`,
  );
  return rows.map((row) => row.id);
}
