import { and, eq } from 'drizzle-orm';
import { conversations, customerFacts, customerIdentities, customerNotes, customers, type Tx } from '@sincere/db';
import type { IdentityKind } from './customers.repository';

/** Moves the source's conversations to the target; returns their ids. */
export async function moveConversations(
  tx: Tx,
  accountId: string,
  sourceId: string,
  targetId: string,
  now: Date,
): Promise<string[]> {
  const rows = await tx
    .update(conversations)
    .set({ customerId: targetId, updatedAt: now })
    .where(and(eq(conversations.accountId, accountId), eq(conversations.customerId, sourceId)))
    .returning({ id: conversations.id });
  return rows.map((row) => row.id);
}

/**
 * Moves the source's identities to the target. An identity belongs to one customer (unique per account, kind and
 * value), so the two never hold the same one: every identity moves.
 */
export async function moveIdentities(tx: Tx, accountId: string, sourceId: string, targetId: string): Promise<number> {
  const rows = await tx
    .update(customerIdentities)
    .set({ customerId: targetId })
    .where(and(eq(customerIdentities.accountId, accountId), eq(customerIdentities.customerId, sourceId)))
    .returning({ id: customerIdentities.id });
  return rows.length;
}

/** Records an address the target did not keep on its profile as one of its identities, unless someone has it. */
export async function addIdentityUnlessTaken(
  tx: Tx,
  accountId: string,
  customerId: string,
  identity: { kind: IdentityKind; value: string },
  now: Date,
): Promise<void> {
  await tx
    .insert(customerIdentities)
    .values({ accountId, customerId, ...identity, createdAt: now })
    .onConflictDoNothing();
}

export async function moveNotes(tx: Tx, accountId: string, sourceId: string, targetId: string): Promise<number> {
  const rows = await tx
    .update(customerNotes)
    .set({ customerId: targetId })
    .where(and(eq(customerNotes.accountId, accountId), eq(customerNotes.customerId, sourceId)))
    .returning({ id: customerNotes.id });
  return rows.length;
}

export async function moveFacts(tx: Tx, accountId: string, sourceId: string, targetId: string): Promise<number> {
  const rows = await tx
    .update(customerFacts)
    .set({ customerId: targetId })
    .where(and(eq(customerFacts.accountId, accountId), eq(customerFacts.customerId, sourceId)))
    .returning({ id: customerFacts.id });
  return rows.length;
}

/** Customers merged into the source earlier now point at the target, so a pointer is never two steps away. */
export async function repointMergedCustomers(
  tx: Tx,
  accountId: string,
  sourceId: string,
  targetId: string,
  now: Date,
): Promise<void> {
  await tx
    .update(customers)
    .set({ mergedIntoId: targetId, updatedAt: now })
    .where(and(eq(customers.accountId, accountId), eq(customers.mergedIntoId, sourceId)));
}
