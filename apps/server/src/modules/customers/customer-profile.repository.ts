import { and, asc, eq, inArray } from 'drizzle-orm';
import { conversations, customers, type Db, type Tx } from '@sincere/db';
import type { CustomerRow } from './customer.mapper';

export type CustomerChanges = Partial<Omit<typeof customers.$inferInsert, 'id' | 'accountId' | 'createdAt'>>;

/** Every personal field but the name, emptied: what a merged-away customer keeps, and what forgetting erases. */
export const NOTHING_PERSONAL: CustomerChanges = {
  email: null,
  phone: null,
  locale: null,
  country: null,
  timeZone: null,
  company: null,
  addressAs: null,
  referralSource: null,
  plan: null,
  revenueCents: null,
  revenueCurrency: null,
  attributes: {},
};

export async function findCustomerRow(db: Db | Tx, accountId: string, id: string): Promise<CustomerRow | null> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)));
  return row ?? null;
}

/**
 * The rows, locked until the transaction ends, in id order so that two requests locking the same pair queue up.
 * Looked up by id in any case (a UUID in a path may be written in capitals).
 */
export async function lockCustomerRows(
  tx: Tx,
  accountId: string,
  ids: string[],
): Promise<{ get: (id: string) => CustomerRow | undefined }> {
  const rows = await tx
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, accountId), inArray(customers.id, ids)))
    .orderBy(asc(customers.id))
    .for('update');
  const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
  return { get: (id) => byId.get(id.toLowerCase()) };
}

export async function updateCustomerRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: CustomerChanges,
): Promise<CustomerRow> {
  const [row] = await tx
    .update(customers)
    .set(changes)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)))
    .returning();
  if (!row) throw new Error('the customer to update is gone');
  return row;
}

/** The customers merged into this one (directly: merges re-point older pointers to the newest target). */
export async function listCustomerIdsMergedInto(db: Db | Tx, accountId: string, customerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.mergedIntoId, customerId)));
  return rows.map((row) => row.id);
}

export async function listConversationsOfCustomer(db: Db | Tx, accountId: string, customerId: string) {
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.customerId, customerId)))
    .orderBy(asc(conversations.createdAt), asc(conversations.id));
}
