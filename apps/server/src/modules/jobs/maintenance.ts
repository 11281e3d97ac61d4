import { lt, or, and, eq, isNotNull } from 'drizzle-orm';
import { users } from '@sincere/db';
import type { AppContext } from '../../context';
import { deleteLoginAttemptsBefore } from '../auth/login-attempts.repository';
import { deleteExpiredSessions } from '../auth/sessions.repository';
import { purgeUnattachedUploads } from '../attachments/purge-unattached';
import { purgeExpiredIdempotencyKeys } from '../../http/idempotency';

/** Sign-in attempts older than this no longer count towards a limit, nor help an investigation. */
const LOGIN_ATTEMPT_DAYS = 30;

export async function purgeExpired(ctx: AppContext): Promise<{
  sessions: number;
  loginAttempts: number;
  invitations: number;
  attachments: number;
  idempotencyKeys: number;
}> {
  const now = ctx.clock();
  const { db } = ctx.database;
  const sessions = await deleteExpiredSessions(db, now);
  const loginAttempts = await deleteLoginAttemptsBefore(db, new Date(now.getTime() - LOGIN_ATTEMPT_DAYS * 86_400_000));
  // An expired invitation keeps its user row (and its audit trail) but its link stops existing.
  const expired = await db
    .update(users)
    .set({ inviteTokenHash: null })
    .where(and(eq(users.status, 'invited'), isNotNull(users.inviteTokenHash), or(lt(users.inviteExpiresAt, now))))
    .returning({ id: users.id });
  // Uploads never attached to a message within a day: the row and the bytes.
  const attachments = await purgeUnattachedUploads(ctx);
  // The public API's Idempotency-Keys are kept for a day.
  const idempotencyKeys = await purgeExpiredIdempotencyKeys(ctx);
  return { sessions, loginAttempts, invitations: expired.length, attachments, idempotencyKeys };
}

export async function registerMaintenanceJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('maintenance.purge-expired', async () => {
    await purgeExpired(ctx);
  });
  await ctx.jobs.schedule('maintenance.purge-expired', '17 * * * *', {});
}
