import { and, asc, eq, sql } from 'drizzle-orm';
import { customerAttributeDefinitions, customers, type Db, type Tx } from '@sincere/db';
import type { AttributeDefinitionRow } from './customer-attributes';

/** The account's customer fields in the order the profile shows them. */
export async function listAttributeDefinitionsOfAccount(
  db: Db | Tx,
  accountId: string,
): Promise<AttributeDefinitionRow[]> {
  return db
    .select()
    .from(customerAttributeDefinitions)
    .where(eq(customerAttributeDefinitions.accountId, accountId))
    .orderBy(
      asc(customerAttributeDefinitions.position),
      asc(customerAttributeDefinitions.createdAt),
      asc(customerAttributeDefinitions.id),
    );
}

export async function findAttributeDefinition(
  db: Db | Tx,
  accountId: string,
  id: string,
): Promise<AttributeDefinitionRow | null> {
  const [row] = await db
    .select()
    .from(customerAttributeDefinitions)
    .where(and(eq(customerAttributeDefinitions.accountId, accountId), eq(customerAttributeDefinitions.id, id)));
  return row ?? null;
}

export async function findAttributeDefinitionByKey(
  db: Db | Tx,
  accountId: string,
  key: string,
): Promise<AttributeDefinitionRow | null> {
  const [row] = await db
    .select()
    .from(customerAttributeDefinitions)
    .where(and(eq(customerAttributeDefinitions.accountId, accountId), eq(customerAttributeDefinitions.key, key)));
  return row ?? null;
}

/** One past the last position, so a new field goes to the end. */
export async function nextAttributePosition(tx: Tx, accountId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${customerAttributeDefinitions.position}) + 1, 0)::int` })
    .from(customerAttributeDefinitions)
    .where(eq(customerAttributeDefinitions.accountId, accountId));
  return Number(row?.next ?? 0);
}

export async function insertAttributeDefinition(
  tx: Tx,
  values: typeof customerAttributeDefinitions.$inferInsert,
): Promise<AttributeDefinitionRow> {
  const [row] = await tx.insert(customerAttributeDefinitions).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateAttributeDefinitionRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Pick<AttributeDefinitionRow, 'label' | 'options' | 'position'>>,
): Promise<AttributeDefinitionRow | null> {
  const [row] = await tx
    .update(customerAttributeDefinitions)
    .set(changes)
    .where(and(eq(customerAttributeDefinitions.accountId, accountId), eq(customerAttributeDefinitions.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteAttributeDefinitionRow(tx: Tx, accountId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(customerAttributeDefinitions)
    .where(and(eq(customerAttributeDefinitions.accountId, accountId), eq(customerAttributeDefinitions.id, id)))
    .returning({ id: customerAttributeDefinitions.id });
  return rows.length > 0;
}

/**
 * Removes the values a deleted field left under this key, so that a new field with the same key starts empty
 * instead of showing old values (perhaps of another type).
 */
export async function clearStoredAttribute(tx: Tx, accountId: string, key: string): Promise<void> {
  await tx
    .update(customers)
    .set({ attributes: sql`${customers.attributes} - ${key}::text` })
    .where(and(eq(customers.accountId, accountId), sql`${customers.attributes} ? ${key}::text`));
}
