import { and, desc, eq, inArray } from 'drizzle-orm';
import { customerNotes, users, type Db, type Tx } from '@sincere/db';
import type { NoteRow } from './customer.mapper';

export interface NoteWithAuthor {
  note: NoteRow;
  author: { id: string; name: string } | null;
}

/** The notes about these customers, newest first, with their authors' names. */
export async function listNotesOfCustomers(
  db: Db | Tx,
  accountId: string,
  customerIds: string[],
): Promise<NoteWithAuthor[]> {
  if (customerIds.length === 0) return [];
  const rows = await db
    .select({ note: customerNotes, author: { id: users.id, name: users.name } })
    .from(customerNotes)
    .leftJoin(users, eq(users.id, customerNotes.authorUserId))
    .where(and(eq(customerNotes.accountId, accountId), inArray(customerNotes.customerId, customerIds)))
    .orderBy(desc(customerNotes.createdAt), desc(customerNotes.id));
  return rows.map(({ note, author }) => ({ note, author: author?.id ? { id: author.id, name: author.name } : null }));
}

export async function findNoteWithAuthor(db: Db | Tx, accountId: string, id: string): Promise<NoteWithAuthor | null> {
  const [row] = await db
    .select({ note: customerNotes, author: { id: users.id, name: users.name } })
    .from(customerNotes)
    .leftJoin(users, eq(users.id, customerNotes.authorUserId))
    .where(and(eq(customerNotes.accountId, accountId), eq(customerNotes.id, id)));
  if (!row) return null;
  return { note: row.note, author: row.author?.id ? { id: row.author.id, name: row.author.name } : null };
}

export async function insertNote(tx: Tx, values: typeof customerNotes.$inferInsert): Promise<NoteRow> {
  const [row] = await tx.insert(customerNotes).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateNoteRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Pick<NoteRow, 'body' | 'updatedAt'>,
): Promise<NoteRow | null> {
  const [row] = await tx
    .update(customerNotes)
    .set(changes)
    .where(and(eq(customerNotes.accountId, accountId), eq(customerNotes.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteNoteRow(tx: Tx, accountId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(customerNotes)
    .where(and(eq(customerNotes.accountId, accountId), eq(customerNotes.id, id)))
    .returning({ id: customerNotes.id });
  return rows.length > 0;
}
