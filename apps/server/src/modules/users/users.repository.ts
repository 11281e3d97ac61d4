import { and, asc, count, eq, ne } from 'drizzle-orm';
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

export async function findUserByEmail(db: Db | Tx, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
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

/** Active admins other than `exceptUserId`: an account must never lose its last admin. */
export async function countOtherActiveAdmins(db: Db | Tx, accountId: string, exceptUserId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, exceptUserId)));
  return row?.n ?? 0;
}
