import { and, eq } from 'drizzle-orm';
import { users } from '@sincere/db';
import type { AppContext } from '../../context';
import type { UserRow } from '../users/user.mapper';
import { hashSecret, newSecret } from './secret-token';
import { insertSession } from './sessions.repository';

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

export async function startSession(
  ctx: AppContext,
  user: UserRow,
  client: { ip: string; userAgent: string | null },
): Promise<StartedSession> {
  const now = ctx.clock();
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000);
  const { db } = ctx.database;
  await insertSession(db, {
    tokenHash: hashSecret(token),
    accountId: user.accountId,
    userId: user.id,
    csrfToken,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 400) ?? null,
    createdAt: now,
    expiresAt,
  });
  const [updated] = await db
    .update(users)
    .set({ lastSignInAt: now })
    .where(and(eq(users.id, user.id), eq(users.accountId, user.accountId)))
    .returning();
  return { token, csrfToken, expiresAt, user: updated ?? user };
}
