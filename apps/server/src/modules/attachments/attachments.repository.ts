import { and, asc, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { attachments, type Db, type Tx } from '@sincere/db';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: Db, values: typeof attachments.$inferInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Records what was stored: the upload is complete (and may be attached) once its SHA-256 is set. */
export async function completeUpload(
  db: Db,
  accountId: string,
  id: string,
  stored: { size: number; sha256: string },
): Promise<AttachmentRow> {
  const [row] = await db
    .update(attachments)
    .set(stored)
    .where(and(eq(attachments.accountId, accountId), eq(attachments.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function deleteAttachmentRow(db: Db, accountId: string, id: string): Promise<void> {
  await db.delete(attachments).where(and(eq(attachments.accountId, accountId), eq(attachments.id, id)));
}

/** Attached to a message (everyone in the account sees it), or still only the uploader's own. */
export async function findAttachmentVisibleTo(
  db: Db,
  accountId: string,
  userId: string,
  id: string,
): Promise<AttachmentRow | null> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.accountId, accountId),
        eq(attachments.id, id),
        isNotNull(attachments.sha256),
        or(isNotNull(attachments.messageId), eq(attachments.uploadedByUserId, userId)),
      ),
    );
  return row ?? null;
}

/**
 * Gives the user's complete, unattached uploads among `ids` to the message and returns
 * them; ids that are not such uploads are left out. A concurrent attach of the same
 * upload waits for this row lock, then finds it attached and leaves it out.
 */
export async function attachUploadsToMessage(
  tx: Tx,
  accountId: string,
  userId: string,
  ids: string[],
  message: { id: string; conversationId: string },
): Promise<AttachmentRow[]> {
  return tx
    .update(attachments)
    .set({ messageId: message.id, conversationId: message.conversationId })
    .where(
      and(
        eq(attachments.accountId, accountId),
        inArray(attachments.id, ids),
        isNull(attachments.messageId),
        eq(attachments.uploadedByUserId, userId),
        isNotNull(attachments.sha256),
      ),
    )
    .returning();
}

export async function listAttachmentsOfMessages(
  db: Db | Tx,
  accountId: string,
  messageIds: string[],
): Promise<AttachmentRow[]> {
  if (messageIds.length === 0) return [];
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.accountId, accountId), inArray(attachments.messageId, messageIds)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** Uploads (of every account) never attached to a message, created before the time; a batch at a time. */
export async function deleteUnattachedBefore(
  tx: Tx,
  before: Date,
  limit: number,
): Promise<{ id: string; storageKey: string }[]> {
  const batch = tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(isNull(attachments.messageId), lt(attachments.createdAt, before)))
    .limit(limit);
  return tx
    .delete(attachments)
    .where(and(inArray(attachments.id, batch), isNull(attachments.messageId)))
    .returning({ id: attachments.id, storageKey: attachments.storageKey });
}
