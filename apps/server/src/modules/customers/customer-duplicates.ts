import type { CustomerDuplicate } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { findDuplicatesOfCustomer, insertDismissal } from './customer-duplicates.repository';
import { findCustomerRow } from './customer-profile.repository';

/** Customers who look like the same person, each with what they share; none for a merged or forgotten one. */
export async function listDuplicates(ctx: AppContext, caller: AuthContext, id: string): Promise<CustomerDuplicate[]> {
  const { db } = ctx.database;
  const customer = await findCustomerRow(db, caller.accountId, id);
  if (!customer) throw notFound('Customer');
  if (customer.mergedIntoId || customer.forgottenAt) return [];
  const rows = await findDuplicatesOfCustomer(db, caller.accountId, customer.id);
  return rows.map(({ reason, createdAt, ...found }) => ({
    customer: { ...found, createdAt: createdAt.toISOString() },
    reason,
  }));
}

/** "Not the same person": the pair is never proposed again. */
export async function dismissDuplicate(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  otherId: string,
): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const customer = await findCustomerRow(tx, accountId, id);
    const other = await findCustomerRow(tx, accountId, otherId);
    if (!customer || !other) throw notFound('Customer');
    if (customer.id === other.id)
      throw new AppError('validation_failed', 'A customer is not a duplicate of itself', {
        otherId: 'Choose another customer',
      });
    await insertDismissal(tx, accountId, [customer.id, other.id], caller.user.id, ctx.clock());
  });
}
