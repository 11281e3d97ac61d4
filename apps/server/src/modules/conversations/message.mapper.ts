import type { Message } from '@sincere/contracts';
import type { messages } from '@sincere/db';

export function toMessage(row: typeof messages.$inferSelect, author: { id: string; name: string } | null): Message {
  return {
    id: row.id,
    direction: row.direction,
    author,
    body: row.body,
    format: row.format,
    language: row.language,
    createdAt: row.createdAt.toISOString(),
  };
}
