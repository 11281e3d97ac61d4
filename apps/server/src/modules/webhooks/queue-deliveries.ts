import { randomUUID } from 'node:crypto';
import type { ConversationEvent, WebhookPayload } from '@sincere/contracts';
import type { webhookDeliveries, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import type { ConversationChange } from '../conversations/conversation-listeners';
import { findConversationSummary } from '../conversations/conversation-summary';
import { findMessage } from '../conversations/conversations.repository';
import { jobsIn } from '../jobs/jobs-in-transaction';
import { DELIVER_JOB_OPTIONS } from './deliver-webhook';
import {
  findWebhookDelivery,
  findWebhookEndpoint,
  insertWebhookDeliveries,
  listActiveWebhookEndpoints,
  updateWebhookDeliveryRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './webhooks.repository';

const carriesMessage = (event: ConversationEvent) => event.type.startsWith('message.') || event.type === 'note.added';

/**
 * The conversation listener: one delivery per event of the change and active
 * endpoint that wants it, each with its job, in one transaction. Running it
 * again for the same change (the outbox after a crash) inserts nothing, since a
 * delivery is unique per endpoint and event, and so queues no second job.
 */
export async function queueWebhookDeliveries(ctx: AppContext, change: ConversationChange): Promise<void> {
  await queueDeliveriesToEndpoints(ctx, change, await listActiveWebhookEndpoints(ctx.database.db, change.accountId));
}

/** The same for a batch of changes: the account's endpoints are read once, and without any nothing else is. */
export async function queueWebhookDeliveriesOfMany(ctx: AppContext, changes: ConversationChange[]): Promise<void> {
  const endpointsOf = new Map<string, WebhookEndpointRow[]>();
  for (const change of changes) {
    let endpoints = endpointsOf.get(change.accountId);
    if (!endpoints) {
      endpoints = await listActiveWebhookEndpoints(ctx.database.db, change.accountId);
      endpointsOf.set(change.accountId, endpoints);
    }
    await queueDeliveriesToEndpoints(ctx, change, endpoints);
  }
}

async function queueDeliveriesToEndpoints(
  ctx: AppContext,
  change: ConversationChange,
  endpoints: WebhookEndpointRow[],
): Promise<void> {
  const { accountId, conversationId } = change;
  const { db } = ctx.database;
  if (endpoints.length === 0) return;
  const wanted = change.events.flatMap((event) => {
    const takers = endpoints.filter((endpoint) => endpoint.events.length === 0 || endpoint.events.includes(event.type));
    return takers.length > 0 ? [{ event, takers }] : [];
  });
  if (wanted.length === 0) return;
  const now = ctx.clock();
  // The conversation as it is now, right after the change (or later, when the outbox runs it again).
  const conversation = await findConversationSummary(db, accountId, conversationId, now);
  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const { event, takers } of wanted) {
    const messageId = event.data['messageId'];
    const message =
      carriesMessage(event) && typeof messageId === 'string' ? await findMessage(db, accountId, messageId) : null;
    const payload: WebhookPayload = {
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
      accountId,
      conversationId,
      data: event.data,
      conversation,
      message,
    };
    for (const endpoint of takers) {
      rows.push({
        accountId,
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        payload,
        nextAttemptAt: now,
        createdAt: now,
      });
    }
  }
  await db.transaction(async (tx) => {
    const inserted = await insertWebhookDeliveries(tx, rows);
    await queueAttempts(ctx, tx, accountId, inserted);
  });
}

async function queueAttempts(ctx: AppContext, tx: Tx, accountId: string, deliveries: { id: string }[]) {
  for (const { id } of deliveries) {
    await ctx.jobs.send('webhooks.deliver', { accountId, deliveryId: id }, { ...DELIVER_JOB_OPTIONS, db: jobsIn(tx) });
  }
}

/** A 'ping' delivery to one endpoint (its test button): goes through the same queue, signature and log. */
export async function queuePing(ctx: AppContext, caller: AuthContext, endpointId: string): Promise<WebhookDeliveryRow> {
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    const endpoint = await findWebhookEndpoint(tx, accountId, endpointId);
    if (!endpoint) throw notFound('Webhook');
    const now = ctx.clock();
    const eventId = randomUUID();
    const payload: WebhookPayload = {
      id: eventId,
      type: 'ping',
      occurredAt: now.toISOString(),
      accountId,
      conversationId: null,
      data: { endpointId },
      conversation: null,
      message: null,
    };
    const [inserted] = await insertWebhookDeliveries(tx, [
      { accountId, endpointId, eventId, eventType: 'ping', payload, nextAttemptAt: now, createdAt: now },
    ]);
    if (!inserted) throw new Error('insert returned no row');
    await queueAttempts(ctx, tx, accountId, [inserted]);
    const found = await findWebhookDelivery(tx, accountId, inserted.id);
    if (!found) throw new Error('delivery vanished');
    return found.delivery;
  });
}

/**
 * Sends a delivery again now, whatever became of it: it starts a new round of
 * attempts (with their retries). The receiver sees the same Sincere-Delivery id.
 */
export async function redeliver(
  ctx: AppContext,
  caller: AuthContext,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDeliveryRow> {
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    const found = await findWebhookDelivery(tx, accountId, deliveryId);
    if (!found || found.delivery.endpointId !== endpointId) throw notFound('Delivery');
    const row = await updateWebhookDeliveryRow(tx, accountId, deliveryId, {
      status: 'pending',
      attempts: 0,
      nextAttemptAt: ctx.clock(),
      deliveredAt: null,
    });
    if (!row) throw notFound('Delivery');
    await queueAttempts(ctx, tx, accountId, [row]);
    return row;
  });
}
