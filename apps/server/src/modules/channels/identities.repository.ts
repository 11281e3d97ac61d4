import { and, desc, eq } from 'drizzle-orm';
import { customerIdentities, type Db, type Tx } from '@sincere/db';
import type { IdentityKind } from './ingest-inbound';

/** The customer's most recent identity of a kind (their email address, their Telegram user id), or null. */
export async function findIdentityOfCustomer(
  db: Db | Tx,
  accountId: string,
  customerId: string,
  kind: IdentityKind,
): Promise<string | null> {
  const [row] = await db
    .select({ value: customerIdentities.value })
    .from(customerIdentities)
    .where(
      and(
        eq(customerIdentities.accountId, accountId),
        eq(customerIdentities.customerId, customerId),
        eq(customerIdentities.kind, kind),
      ),
    )
    .orderBy(desc(customerIdentities.createdAt))
    .limit(1);
  return row?.value ?? null;
}
