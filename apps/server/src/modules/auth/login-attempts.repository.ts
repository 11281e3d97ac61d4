import { and, count, eq, gt, lt } from 'drizzle-orm';
import { loginAttempts, type Db } from '@sincere/db';

export async function recordLoginAttempt(db: Db, email: string, ip: string, succeeded: boolean, at: Date) {
  await db.insert(loginAttempts).values({ email, ip, succeeded, createdAt: at });
}

export async function countFailuresByEmail(db: Db, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return row?.n ?? 0;
}

export async function countFailuresByIp(db: Db, ip: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  return row?.n ?? 0;
}

export async function deleteLoginAttemptsBefore(db: Db, before: Date): Promise<number> {
  const deleted = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.createdAt, before))
    .returning({ id: loginAttempts.id });
  return deleted.length;
}
