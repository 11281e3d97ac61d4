import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { completeUpload, deleteAttachmentRow, insertAttachment, type AttachmentRow } from './attachments.repository';
import { FileTooLarge, UploadMeter } from './byte-checks';
import { cleanFileName } from './file-name';
import { mediaTypeOf } from './media-type';

export interface UploadInput {
  /** The name the client gave (the `name` query parameter). */
  name: string;
  /** The request's Content-Type header: the file's type. */
  contentType: string | undefined;
  /** The request's Content-Length; null for a chunked body. */
  declaredSize: number | null;
  /** The request body; null when there was none. */
  body: Readable | null;
}

const tooLarge = (maxBytes: number) =>
  new AppError('payload_too_large', `The file is larger than the limit of ${formatLimit(maxBytes)}`);
const emptyFile = () => new AppError('validation_failed', 'The file is empty', { body: 'Send the file’s bytes' });

/**
 * Streams an upload into storage while counting and hashing it, never holding the
 * file in memory. The row is written first and completed last, so whatever goes
 * wrong in between (the limit, a dropped connection, a crash) leaves at most an
 * incomplete row, which is removed at once or, after a crash, a day later by the
 * hourly purge together with any bytes it left.
 */
export async function uploadAttachment(
  ctx: AppContext,
  caller: AuthContext,
  input: UploadInput,
): Promise<AttachmentRow> {
  const fileName = cleanFileName(input.name);
  if (!fileName) {
    throw new AppError('validation_failed', 'The file name is empty', { name: 'Give the file’s name' });
  }
  const { maxBytes } = ctx.config.attachments;
  if (input.declaredSize !== null && input.declaredSize > maxBytes) throw tooLarge(maxBytes);
  if (!input.body || input.declaredSize === 0) throw emptyFile();

  const { db } = ctx.database;
  const { accountId } = caller;
  const row = await insertAttachment(db, {
    accountId,
    uploadedByUserId: caller.user.id,
    fileName,
    contentType: mediaTypeOf(input.contentType),
    size: 0,
    sha256: null,
    storageKey: `${accountId}/${randomUUID()}`,
    createdAt: ctx.clock(),
  });
  const storage = ctx.attachmentStorage;
  let stored = false;
  try {
    const meter = new UploadMeter(maxBytes);
    // Not pipeline(): on the limit it would destroy the request, and with it the socket the 413 must go out on.
    input.body.once('error', (error) => meter.destroy(error));
    input.body.pipe(meter);
    await storage.put(row.storageKey, meter, input.declaredSize);
    stored = true;
    if (meter.bytes === 0) throw emptyFile();
    return await completeUpload(db, accountId, row.id, { size: meter.bytes, sha256: meter.sha256() });
  } catch (error) {
    if (stored) await storage.delete(row.storageKey).catch(() => undefined);
    await deleteAttachmentRow(db, accountId, row.id).catch(() => undefined);
    throw error instanceof FileTooLarge ? tooLarge(maxBytes) : error;
  }
}

function formatLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} bytes`;
}
