import type { NotificationKind } from '@sincere/contracts';
import type { notifications, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { toNotification } from '../notifications/notification.mapper';
import { insertNotifications, type NotificationRow } from '../notifications/notifications.repository';

const EXCERPT_LENGTH = 140;

export interface DueThing {
  accountId: string;
  conversationId: string;
  /** The promise it is about; null for a follow-up. */
  promiseId: string | null;
  what: string;
  dueAt: Date;
}

/** Stores one notification per person, in the caller's transaction: it commits with the change it reports. */
export async function notifyAbout(
  tx: Tx,
  kind: NotificationKind,
  thing: DueThing,
  userIds: readonly string[],
  at: Date,
): Promise<NotificationRow[]> {
  const flat = thing.what.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1)}…`;
  const rows: (typeof notifications.$inferInsert)[] = [...new Set(userIds)].map((userId) => ({
    accountId: thing.accountId,
    userId,
    kind,
    conversationId: thing.conversationId,
    messageId: null,
    data: { excerpt, promiseId: thing.promiseId, dueAt: thing.dueAt.toISOString(), actorId: null },
    createdAt: at,
  }));
  return insertNotifications(tx, rows);
}

/** After commit: each notification goes to its person's sockets only. */
export function pushNotifications(ctx: AppContext, rows: readonly NotificationRow[]): void {
  for (const row of rows) {
    ctx.realtime.publish(
      row.accountId,
      { type: 'notification.created', notification: toNotification(row) },
      { userIds: [row.userId] },
    );
  }
}
