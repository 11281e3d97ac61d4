import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Customer } from '@sincere/contracts';
import { customerIdentities, type Db, type Tx } from '@sincere/db';
import { listAttributeDefinitionsOfAccount } from './attribute-definitions.repository';
import { toCustomer, type CustomerRow, type IdentityRow } from './customer.mapper';
import { findCustomerRow } from './customer-profile.repository';

/** One customer of the account as the API shows it (with identities and field values), or null. */
export async function readCustomer(db: Db | Tx, accountId: string, id: string): Promise<Customer | null> {
  const row = await findCustomerRow(db, accountId, id);
  return row ? customerOfRow(db, accountId, row) : null;
}

/** The API's customer for a row already read (after a change, inside its transaction). */
export async function customerOfRow(db: Db | Tx, accountId: string, row: CustomerRow): Promise<Customer> {
  const [customer] = await customersOfRows(db, accountId, [row]);
  if (!customer) throw new Error('a customer row maps to no customer');
  return customer;
}

/** The API's customers for rows of the account already read (search hits), in their order: two queries in all. */
export async function customersOfRows(db: Db | Tx, accountId: string, rows: CustomerRow[]): Promise<Customer[]> {
  if (rows.length === 0) return [];
  const [identities, definitions] = await Promise.all([
    db
      .select({
        customerId: customerIdentities.customerId,
        kind: customerIdentities.kind,
        value: customerIdentities.value,
      })
      .from(customerIdentities)
      .where(
        and(
          eq(customerIdentities.accountId, accountId),
          inArray(
            customerIdentities.customerId,
            rows.map((row) => row.id),
          ),
        ),
      )
      .orderBy(asc(customerIdentities.kind), asc(customerIdentities.createdAt), asc(customerIdentities.id)),
    listAttributeDefinitionsOfAccount(db, accountId),
  ]);
  const byCustomer = new Map<string, IdentityRow[]>();
  for (const { customerId, ...identity } of identities) {
    byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), identity]);
  }
  return rows.map((row) => toCustomer(row, byCustomer.get(row.id) ?? [], definitions));
}
