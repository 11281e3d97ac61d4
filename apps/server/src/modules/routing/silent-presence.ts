import { and, eq, isNull, lt, ne, or } from 'drizzle-orm';
import { users, type Db } from '@sincere/db';
import type { AppContext } from '../../context';

/**
 * How long someone may be without an open Sincere tab before they count as
 * offline: longer than a page reload or a reconnect after a network blip, and
 * well over the minute at which open sockets report that their person is there.
 */
export const SILENT_AFTER_SECONDS = 180;
/** How often an open socket says its person is still there. */
export const SEEN_EVERY_MS = 60_000;

/** The person has Sincere open now (a socket connected, or still connected a minute later). */
export async function recordSeen(db: Db, accountId: string, userId: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ lastSeenAt: at })
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)));
}

/**
 * Routing must not hand conversations to someone who closed every tab without
 * going offline: people online or away who have not been seen for
 * SILENT_AFTER_SECONDS become offline, and every open screen hears of it.
 * `accountId` narrows the sweep (tests share one PostgreSQL database).
 */
export async function sweepSilentPresence(
  ctx: AppContext,
  options: { silentForSeconds?: number; accountId?: string } = {},
): Promise<number> {
  const now = ctx.clock();
  const cutoff = new Date(now.getTime() - (options.silentForSeconds ?? SILENT_AFTER_SECONDS) * 1000);
  const went = await ctx.database.db
    .update(users)
    .set({ presence: 'offline', updatedAt: now })
    .where(
      and(
        ne(users.presence, 'offline'),
        or(isNull(users.lastSeenAt), lt(users.lastSeenAt, cutoff)),
        options.accountId ? eq(users.accountId, options.accountId) : undefined,
      ),
    )
    .returning({ accountId: users.accountId, userId: users.id, capacity: users.capacity });
  for (const { accountId, userId, capacity } of went) {
    ctx.realtime.publish(accountId, { type: 'presence.changed', agent: { userId, presence: 'offline', capacity } });
  }
  return went.length;
}

export async function registerPresenceJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('presence.sweep-silent', async () => {
    await sweepSilentPresence(ctx);
  });
  await ctx.jobs.schedule('presence.sweep-silent', '* * * * *', {});
}
