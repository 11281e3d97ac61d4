import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints, type Db, type Tx } from '@sincere/db';
import type { WebhookDeliveryStatus } from '@sincere/contracts';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

export async function listWebhookEndpointsOfAccount(db: Db, accountId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.accountId, accountId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function listActiveWebhookEndpoints(db: Db | Tx, accountId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.accountId, accountId), eq(webhookEndpoints.active, true)));
}

export async function findWebhookEndpoint(
  db: Db | Tx,
  accountId: string,
  id: string,
): Promise<WebhookEndpointRow | null> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.accountId, accountId), eq(webhookEndpoints.id, id)));
  return row ?? null;
}

export async function insertWebhookEndpoint(
  tx: Tx,
  values: typeof webhookEndpoints.$inferInsert,
): Promise<WebhookEndpointRow> {
  const [row] = await tx.insert(webhookEndpoints).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateWebhookEndpointRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Omit<typeof webhookEndpoints.$inferInsert, 'id' | 'accountId' | 'createdAt'>>,
): Promise<WebhookEndpointRow | null> {
  const [row] = await tx
    .update(webhookEndpoints)
    .set(changes)
    .where(and(eq(webhookEndpoints.accountId, accountId), eq(webhookEndpoints.id, id)))
    .returning();
  return row ?? null;
}

/** Its deliveries go with it (ON DELETE CASCADE). */
export async function deleteWebhookEndpointRow(tx: Tx, accountId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.accountId, accountId), eq(webhookEndpoints.id, id)))
    .returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

/** New deliveries; one that exists already for its endpoint and event is left as it is. Returns the inserted ones. */
export async function insertWebhookDeliveries(
  tx: Tx,
  values: (typeof webhookDeliveries.$inferInsert)[],
): Promise<{ id: string }[]> {
  if (values.length === 0) return [];
  return tx
    .insert(webhookDeliveries)
    .values(values)
    .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] })
    .returning({ id: webhookDeliveries.id });
}

export async function findWebhookDelivery(
  db: Db | Tx,
  accountId: string,
  id: string,
): Promise<{ delivery: WebhookDeliveryRow; endpoint: WebhookEndpointRow } | null> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(
      webhookEndpoints,
      and(
        eq(webhookEndpoints.id, webhookDeliveries.endpointId),
        eq(webhookEndpoints.accountId, webhookDeliveries.accountId),
      ),
    )
    .where(and(eq(webhookDeliveries.accountId, accountId), eq(webhookDeliveries.id, id)));
  return row ?? null;
}

/** A page of an endpoint's log, newest first, after the cursor's (createdAt, id). */
export async function listDeliveriesOfEndpoint(
  db: Db,
  accountId: string,
  endpointId: string,
  options: { status?: WebhookDeliveryStatus | undefined; after: { at: Date; id: string } | null; limit: number },
): Promise<WebhookDeliveryRow[]> {
  const { after } = options;
  // The cursor carries milliseconds; compare and sort at that precision so no row is skipped.
  const createdMs = sql<Date>`date_trunc('milliseconds', ${webhookDeliveries.createdAt})`;
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.accountId, accountId),
        eq(webhookDeliveries.endpointId, endpointId),
        options.status ? eq(webhookDeliveries.status, options.status) : undefined,
        after
          ? or(lt(createdMs, after.at), and(eq(createdMs, after.at), lt(webhookDeliveries.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(createdMs), desc(webhookDeliveries.id))
    .limit(options.limit);
}

export async function updateWebhookDeliveryRow(
  db: Db | Tx,
  accountId: string,
  id: string,
  changes: Partial<Omit<WebhookDeliveryRow, 'id' | 'accountId' | 'endpointId' | 'eventId' | 'createdAt'>>,
  /** Only when the row is in this state (a compare-and-set). */
  condition?: ReturnType<typeof and>,
): Promise<WebhookDeliveryRow | null> {
  const [row] = await db
    .update(webhookDeliveries)
    .set(changes)
    .where(and(eq(webhookDeliveries.accountId, accountId), eq(webhookDeliveries.id, id), condition))
    .returning();
  return row ?? null;
}
