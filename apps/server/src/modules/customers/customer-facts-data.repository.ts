import { and, asc, eq, inArray } from 'drizzle-orm';
import { customerFacts, type Db, type Tx } from '@sincere/db';

/**
 * The customer's facts (relationship memory) as stored, every status: what an export must show and what
 * "forget this customer" must erase. The facts themselves are managed by the memory module.
 */
export async function listFactsOfCustomer(db: Db | Tx, accountId: string, customerId: string) {
  return db
    .select()
    .from(customerFacts)
    .where(and(eq(customerFacts.accountId, accountId), eq(customerFacts.customerId, customerId)))
    .orderBy(asc(customerFacts.mentionedAt), asc(customerFacts.id));
}

export async function deleteFactsOfCustomers(tx: Tx, accountId: string, customerIds: string[]): Promise<number> {
  if (customerIds.length === 0) return 0;
  const rows = await tx
    .delete(customerFacts)
    .where(and(eq(customerFacts.accountId, accountId), inArray(customerFacts.customerId, customerIds)))
    .returning({ id: customerFacts.id });
  return rows.length;
}
