import { pipeline, type Readable } from 'node:stream';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { findAttachmentVisibleTo, type AttachmentRow } from './attachments.repository';
import { VerifiedBytes } from './byte-checks';

/**
 * An attachment and a stream of its bytes, checked against the recorded size and
 * SHA-256 as they pass. Anyone in the account may read a file attached to a message;
 * an upload not attached yet is its uploader's alone.
 */
export async function openAttachment(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
): Promise<{ attachment: AttachmentRow; bytes: Readable }> {
  const attachment = await findAttachmentVisibleTo(ctx.database.db, caller.accountId, caller.user.id, id);
  if (!attachment) throw notFound('Attachment');
  const stored = await ctx.attachmentStorage.get(attachment.storageKey);
  const bytes = new VerifiedBytes(attachment);
  // Errors reach the reply through `bytes`; pipeline closes the stored stream when the client goes away.
  pipeline(stored, bytes, () => undefined);
  return { attachment, bytes };
}
