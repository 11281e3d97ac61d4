import { and, eq } from 'drizzle-orm';
import { customerIdentities, customers, type Tx } from '@sincere/db';

export type IdentityKind = (typeof customerIdentities.$inferInsert)['kind'];
export interface Identity {
  kind: IdentityKind;
  value: string;
}

/** The customer one of these identities belongs to, trying them in order; null when none is known. */
export async function findCustomerIdByIdentities(
  tx: Tx,
  accountId: string,
  identities: Identity[],
): Promise<string | null> {
  for (const { kind, value } of identities) {
    const [row] = await tx
      .select({ customerId: customerIdentities.customerId })
      .from(customerIdentities)
      .where(
        and(
          eq(customerIdentities.accountId, accountId),
          eq(customerIdentities.kind, kind),
          eq(customerIdentities.value, value),
        ),
      );
    if (row) return row.customerId;
  }
  return null;
}

/** A customer created with this (lower-cased) email without an identity, as conversations opened by API do. */
export async function findCustomerIdByEmail(tx: Tx, accountId: string, email: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.email, email)))
    .orderBy(customers.createdAt, customers.id)
    .limit(1);
  return row?.id ?? null;
}

export async function insertCustomer(tx: Tx, values: typeof customers.$inferInsert): Promise<string> {
  const [row] = await tx.insert(customers).values(values).returning({ id: customers.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/**
 * Records identities of a customer. `skipTaken`: one that already belongs to
 * someone is left alone; otherwise it fails as a unique violation (a race the
 * caller retries).
 */
export async function insertIdentities(
  tx: Tx,
  accountId: string,
  customerId: string,
  identities: Identity[],
  createdAt: Date,
  options: { skipTaken: boolean },
): Promise<void> {
  if (identities.length === 0) return;
  const insert = tx
    .insert(customerIdentities)
    .values(identities.map((identity) => ({ accountId, customerId, createdAt, ...identity })));
  await (options.skipTaken ? insert.onConflictDoNothing() : insert);
}
