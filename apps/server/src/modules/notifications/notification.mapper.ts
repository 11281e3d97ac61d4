import { NotificationKind, type Notification } from '@sincere/contracts';
import type { NotificationRow } from './notifications.repository';

/** What a mention stores in `data`: who wrote the note and how it starts. */
export interface MentionData {
  actorId: string | null;
  actorName: string | null;
  excerpt: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toNotification(row: NotificationRow): Notification {
  const actorId = text(row.data.actorId);
  return {
    id: row.id,
    kind: NotificationKind.parse(row.kind),
    conversationId: row.conversationId,
    messageId: row.messageId,
    actor: actorId ? { id: actorId, name: text(row.data.actorName) ?? '' } : null,
    excerpt: text(row.data.excerpt) ?? '',
    promiseId: text(row.data.promiseId),
    dueAt: text(row.data.dueAt),
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
