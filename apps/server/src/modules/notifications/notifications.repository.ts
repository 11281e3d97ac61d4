import { and, count, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { messages, notifications, users, type Db, type Tx } from '@sincere/db';

export type NotificationRow = typeof notifications.$inferSelect;

/** One person's notifications, newest first, after the keyset position. */
export async function listNotificationsOfUser(
  db: Db,
  accountId: string,
  userId: string,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.accountId, accountId),
        eq(notifications.userId, userId),
        after
          ? or(
              lt(notifications.createdAt, after.at),
              and(eq(notifications.createdAt, after.at), lt(notifications.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnreadOfUser(db: Db, accountId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the person's notifications read (keeping the first time it was); null if it is not theirs. */
export async function markNotificationRead(
  db: Db,
  accountId: string,
  userId: string,
  id: string,
  at: Date,
): Promise<NotificationRow | null> {
  const mine = and(eq(notifications.accountId, accountId), eq(notifications.userId, userId), eq(notifications.id, id));
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(mine, isNull(notifications.readAt)));
  const [row] = await db.select().from(notifications).where(mine);
  return row ?? null;
}

export async function markAllNotificationsRead(db: Db, accountId: string, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.accountId, accountId), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function insertNotifications(
  db: Db | Tx,
  rows: (typeof notifications.$inferInsert)[],
): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  // A listener run again (the outbox retries after a crash) notifies nobody twice: only new rows come back.
  return db.insert(notifications).values(rows).onConflictDoNothing().returning();
}

export async function findNoteOfConversation(db: Db, accountId: string, conversationId: string, messageId: string) {
  const [row] = await db
    .select({ id: messages.id, body: messages.body, authorUserId: messages.authorUserId })
    .from(messages)
    .where(
      and(
        eq(messages.accountId, accountId),
        eq(messages.conversationId, conversationId),
        eq(messages.id, messageId),
        eq(messages.direction, 'note'),
      ),
    );
  return row ?? null;
}

/** The people a note can mention: the account's active users. */
export async function listActiveUsersOfAccount(db: Db, accountId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.status, 'active')));
}
