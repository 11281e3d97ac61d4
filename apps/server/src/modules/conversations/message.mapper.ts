import type { Attachment, Message } from '@sincere/contracts';
import type { messages } from '@sincere/db';

/** `attachments`: the message's files (attachmentsByMessage loads them for many messages at once). */
export function toMessage(
  row: typeof messages.$inferSelect,
  author: { id: string; name: string } | null,
  attachments: Attachment[] = [],
): Message {
  return {
    id: row.id,
    direction: row.direction,
    author,
    body: row.body,
    format: row.format,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
    attachments,
    delivery: row.deliveryStatus ? { status: row.deliveryStatus, error: row.deliveryError } : null,
    hasOriginal: row.metadata?.['original'] !== undefined && row.metadata['original'] !== null,
  };
}
