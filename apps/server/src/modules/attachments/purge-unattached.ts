import type { AppContext } from '../../context';
import { deleteUnattachedBefore } from './attachments.repository';

/** How long an upload waits to be attached to a message before it is deleted. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;
/** Small batches: on the embedded database a transaction holds the only session while its files are deleted. */
const BATCH = 50;

/**
 * Deletes uploads never attached to a message (row and bytes), and what crashed
 * uploads left in storage. The rows and their bytes go in one transaction: if a
 * file cannot be deleted, its row stays, and the next run tries again.
 */
export async function purgeUnattachedUploads(ctx: AppContext): Promise<number> {
  const before = new Date(ctx.clock().getTime() - UNATTACHED_UPLOAD_TTL_MS);
  let purged = 0;
  for (;;) {
    const deleted = await ctx.database.db.transaction(async (tx) => {
      const rows = await deleteUnattachedBefore(tx, before, BATCH);
      for (const row of rows) await ctx.attachmentStorage.delete(row.storageKey);
      return rows.length;
    });
    purged += deleted;
    if (deleted < BATCH) break;
  }
  await ctx.attachmentStorage.removeAbandoned(before);
  return purged;
}
