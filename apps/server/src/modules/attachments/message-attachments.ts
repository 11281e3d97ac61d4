import type { Attachment } from '@sincere/contracts';
import type { Tx } from '@sincere/db';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { toAttachment } from './attachment.mapper';
import { attachUploadsToMessage, listAttachmentsOfMessages } from './attachments.repository';

/**
 * Attaches the caller's uploads to a message being written, in its transaction. Each id
 * must be an upload of the caller (an API token acts as its user), in their account, not
 * attached yet; otherwise the whole message is refused, and nothing is written.
 */
export async function attachToMessage(
  tx: Tx,
  caller: AuthContext,
  attachmentIds: string[],
  message: { id: string; conversationId: string },
): Promise<Attachment[]> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return [];
  const attached = await attachUploadsToMessage(tx, caller.accountId, caller.user.id, ids, message);
  if (attached.length !== ids.length) {
    const done = new Set(attached.map((row) => row.id));
    const refused = ids.filter((id) => !done.has(id));
    // One answer for unknown, another account's, someone else's and already attached: none reveals more.
    throw new AppError('validation_failed', 'An attachment cannot be added to this message', {
      attachmentIds: `Not an upload of yours waiting to be attached: ${refused.join(', ')}`,
    });
  }
  // The order every read gives them: by upload time, then id.
  return attached
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
    .map(toAttachment);
}

/** The attachments of stored messages, by message id, in one query. */
export async function attachmentsByMessage(
  db: Parameters<typeof listAttachmentsOfMessages>[0],
  accountId: string,
  messageIds: string[],
): Promise<Map<string, Attachment[]>> {
  const byMessage = new Map<string, Attachment[]>();
  for (const row of await listAttachmentsOfMessages(db, accountId, messageIds)) {
    if (!row.messageId) continue;
    const list = byMessage.get(row.messageId) ?? [];
    list.push(toAttachment(row));
    byMessage.set(row.messageId, list);
  }
  return byMessage;
}
