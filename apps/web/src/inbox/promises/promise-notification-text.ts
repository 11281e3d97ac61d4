import type { Notification } from '@sincere/contracts';
import { calendarDaysBetween, formatClock, formatDue } from './promise-format';

/** What the bell says about a notification: `mention` is `notifications.mentioned`, the rest `promises.notifications.*`. */
export type NotificationText =
  | { key: 'mention'; name: string }
  | { key: 'dueSoon'; time: string; excerpt: string }
  | { key: 'broken' | 'followUpDue'; excerpt: string };

/**
 * The bell's line for a notification. A reminder names the time ("due at 15:30", with the day when it is not
 * today); the excerpt of a promise notification is the promise's own words, part of the sentence.
 */
export function notificationText(
  notification: Pick<Notification, 'kind' | 'actor' | 'excerpt' | 'dueAt'>,
  locale: string,
  someone: string,
  now: Date = new Date(),
): NotificationText {
  const { excerpt, dueAt } = notification;
  switch (notification.kind) {
    case 'promise_due_soon': {
      if (dueAt === null) return { key: 'dueSoon', time: '', excerpt };
      const today = calendarDaysBetween(now, new Date(dueAt)) === 0;
      return { key: 'dueSoon', time: today ? formatClock(dueAt, locale) : formatDue(dueAt, locale, now), excerpt };
    }
    case 'promise_broken':
      return { key: 'broken', excerpt };
    case 'follow_up_due':
      return { key: 'followUpDue', excerpt };
    case 'mention':
      return { key: 'mention', name: notification.actor?.name ?? someone };
  }
}
