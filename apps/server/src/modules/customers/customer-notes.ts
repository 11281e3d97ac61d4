import type { CustomerNote } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { toCustomerNote } from './customer.mapper';
import { findNoteWithAuthor, deleteNoteRow, insertNote, updateNoteRow } from './customer-notes.repository';
import { lockCustomerRows } from './customer-profile.repository';
import { refuseUnlessEditable } from './update-customer';

/** What the team writes down about a customer; any writer may add one to a customer that can still be edited. */
export async function addCustomerNote(
  ctx: AppContext,
  caller: AuthContext,
  customerId: string,
  body: string,
): Promise<CustomerNote> {
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    // Locked, so that a merge or "forget" running now either sees this note or refuses it.
    const customer = (await lockCustomerRows(tx, accountId, [customerId])).get(customerId);
    if (!customer) throw notFound('Customer');
    refuseUnlessEditable(customer);
    const now = ctx.clock();
    const row = await insertNote(tx, {
      accountId,
      customerId,
      authorUserId: caller.user.id,
      body,
      createdAt: now,
      updatedAt: now,
    });
    return toCustomerNote(row, { id: caller.user.id, name: caller.user.name });
  });
}

/** A note is its author's: they change or delete it; an admin may too (a note that should not be there). */
async function ownNote(ctx: AppContext, caller: AuthContext, id: string) {
  const found = await findNoteWithAuthor(ctx.database.db, caller.accountId, id);
  if (!found) throw notFound('Note');
  if (caller.user.role !== 'admin' && found.note.authorUserId !== caller.user.id)
    throw forbidden('Only the author of a note, or an admin, may change or delete it');
  return found;
}

export async function changeCustomerNote(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  body: string,
): Promise<CustomerNote> {
  const found = await ownNote(ctx, caller, id);
  const row = await ctx.database.db.transaction((tx) =>
    updateNoteRow(tx, caller.accountId, id, { body, updatedAt: ctx.clock() }),
  );
  if (!row) throw notFound('Note');
  return toCustomerNote(row, found.author);
}

export async function deleteCustomerNote(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  await ownNote(ctx, caller, id);
  const deleted = await ctx.database.db.transaction((tx) => deleteNoteRow(tx, caller.accountId, id));
  if (!deleted) throw notFound('Note');
}
