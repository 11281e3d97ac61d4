import { and, asc, eq } from 'drizzle-orm';
import { connectors, conversations, customerIdentities, customers, type Db, type Tx } from '@sincere/db';

export type ConnectorRow = typeof connectors.$inferSelect;
export type ConnectorChanges = Partial<Omit<typeof connectors.$inferInsert, 'id' | 'accountId' | 'kind' | 'createdAt'>>;

const inOrder = [asc(connectors.position), asc(connectors.createdAt), asc(connectors.id)] as const;

export async function listConnectorsOfAccount(db: Db, accountId: string): Promise<ConnectorRow[]> {
  return db
    .select()
    .from(connectors)
    .where(eq(connectors.accountId, accountId))
    .orderBy(...inOrder);
}

/** What the customer panel shows, in the admins' order: id, name and kind only. */
export async function listActiveConnectorsOfAccount(
  db: Db,
  accountId: string,
): Promise<Pick<ConnectorRow, 'id' | 'name' | 'kind'>[]> {
  return db
    .select({ id: connectors.id, name: connectors.name, kind: connectors.kind })
    .from(connectors)
    .where(and(eq(connectors.accountId, accountId), eq(connectors.active, true)))
    .orderBy(...inOrder);
}

export async function findConnector(db: Db | Tx, accountId: string, id: string): Promise<ConnectorRow | null> {
  const [row] = await db
    .select()
    .from(connectors)
    .where(and(eq(connectors.accountId, accountId), eq(connectors.id, id)));
  return row ?? null;
}

export async function insertConnector(tx: Tx, values: typeof connectors.$inferInsert): Promise<ConnectorRow> {
  const [row] = await tx.insert(connectors).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateConnectorRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: ConnectorChanges,
): Promise<ConnectorRow | null> {
  const [row] = await tx
    .update(connectors)
    .set(changes)
    .where(and(eq(connectors.accountId, accountId), eq(connectors.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteConnectorRow(tx: Tx, accountId: string, id: string): Promise<ConnectorRow | null> {
  const [row] = await tx
    .delete(connectors)
    .where(and(eq(connectors.accountId, accountId), eq(connectors.id, id)))
    .returning();
  return row ?? null;
}

export type CustomerRow = typeof customers.$inferSelect;

/** The customer with its external id (its oldest 'api' identity: the integration's own id). */
export async function findCustomerWithExternalId(
  db: Db,
  accountId: string,
  id: string,
): Promise<{ customer: CustomerRow; externalId: string | null } | null> {
  const [row] = await db
    .select({ customer: customers, externalId: customerIdentities.value })
    .from(customers)
    .leftJoin(
      customerIdentities,
      and(
        eq(customerIdentities.accountId, customers.accountId),
        eq(customerIdentities.customerId, customers.id),
        eq(customerIdentities.kind, 'api'),
      ),
    )
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)))
    .orderBy(asc(customerIdentities.createdAt), asc(customerIdentities.id))
    .limit(1);
  return row ?? null;
}

/** A conversation of this customer: what a connector may know of it. */
export async function findConversationOfCustomer(
  db: Db,
  accountId: string,
  customerId: string,
  id: string,
): Promise<Pick<typeof conversations.$inferSelect, 'id' | 'subject' | 'channel'> | null> {
  const [row] = await db
    .select({ id: conversations.id, subject: conversations.subject, channel: conversations.channel })
    .from(conversations)
    .where(
      and(eq(conversations.accountId, accountId), eq(conversations.customerId, customerId), eq(conversations.id, id)),
    );
  return row ?? null;
}
