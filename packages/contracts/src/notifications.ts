import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/**
 * mention: someone named the person with @ in an internal note. promise_due_soon: the person's promise falls
 * due within the account's reminder lead. promise_broken: a promise (theirs, or one they lead) passed its due
 * time. follow_up_due: time to write the follow-up they planned.
 */
export const NotificationKind = z.enum(['mention', 'promise_due_soon', 'promise_broken', 'follow_up_due']);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z
  .object({
    id: Id,
    kind: NotificationKind,
    conversationId: Id.nullable(),
    messageId: Id.nullable(),
    /** Who caused it (the note's author); null when the system did. */
    actor: z.object({ id: Id, name: z.string() }).nullable(),
    /** The start of the note, as plain text, for the list. */
    excerpt: z.string(),
    /** The promise a promise notification is about. */
    promiseId: Id.nullable(),
    /** When the promise or follow-up falls due. */
    dueAt: IsoDateTime.nullable(),
    readAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

/** Newest first; `unreadCount` counts all the caller's unread notifications, not just this page. */
export const NotificationPage = z.object({
  items: z.array(Notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const ReadAllNotificationsResponse = z.object({ marked: z.number().int() });
export type ReadAllNotificationsResponse = z.infer<typeof ReadAllNotificationsResponse>;
