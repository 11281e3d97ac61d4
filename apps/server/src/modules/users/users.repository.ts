import { and, asc, eq } from 'drizzle-orm';
import { users, type Db, type Tx } from '@sincere/db';
import type { UserRow } from './user.mapper';

export async function listUsersOfAccount(db: Db, accountId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.accountId, accountId)).orderBy(asc(users.createdAt), asc(users.email));
}

export async function findUserById(db: Db | Tx, accountId: string, id: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findUserByInviteTokenHash(db: Db | Tx, tokenHash: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.inviteTokenHash, tokenHash)).limit(1);
  return row ?? null;
}

export async function updateUser(
  db: Db | Tx,
  accountId: string,
  id: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<UserRow | null> {
  const [row] = await db
    .update(users)
    .set(changes)
    .where(and(eq(users.accountId, accountId), eq(users.id, id)))
    .returning();
  return row ?? null;
}

/**
 * Changes an invited user only while `inviteTokenHash` is still their pending link:
 * of two acceptances sent at once, the second finds it spent and changes nothing.
 */
export async function spendInvitation(
  tx: Tx,
  accountId: string,
  id: string,
  inviteTokenHash: string,
  changes: Partial<typeof users.$inferInsert>,
): Promise<UserRow | null> {
  const [row] = await tx
    .update(users)
    .set(changes)
    .where(
      and(
        eq(users.accountId, accountId),
        eq(users.id, id),
        eq(users.inviteTokenHash, inviteTokenHash),
        eq(users.status, 'invited'),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Active admins other than `exceptUserId`: an account must never lose its last admin.
 * Locks every active admin's row until the transaction ends, so that two admins
 * removing each other at once are taken in turn and the second one sees the first.
 */
export async function countOtherActiveAdmins(tx: Tx, accountId: string, exceptUserId: string): Promise<number> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.role, 'admin'), eq(users.status, 'active')))
    .orderBy(asc(users.id))
    .for('update');
  return admins.filter((admin) => admin.id !== exceptUserId).length;
}
