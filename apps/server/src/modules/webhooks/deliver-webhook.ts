import { and, eq, isNull, lte, or } from 'drizzle-orm';
import { webhookDeliveries } from '@sincere/db';
import { WEBHOOK_HEADERS, type JobPayload } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { jobsIn } from '../jobs/jobs-in-transaction';
import { postWebhook } from './post-webhook';
import { signatureHeader } from './webhook-signature';
import { findWebhookEndpoint, updateWebhookDeliveryRow } from './webhooks.repository';

/** The wait before each retry after a failed attempt; a failure after the last one marks the delivery failed. */
export const RETRY_DELAYS_SECONDS = [30, 120, 600, 3600, 4 * 3600, 12 * 3600];
/** An attempt holds its delivery this long, so a duplicate job finds it taken (the POST times out at 10 s). */
const LEASE_SECONDS = 60;
/** A job may start a little before its delivery's time (the database's clock against ours). */
const EARLY_SECONDS = 5;

/**
 * pg-boss's own retries, for an attempt that threw (the database away): after the lease has run out, or the
 * retried job would find the delivery still taken and do nothing.
 */
export const DELIVER_JOB_OPTIONS = { retryLimit: 5, retryDelay: 2 * LEASE_SECONDS } as const;

const seconds = (at: Date, count: number) => new Date(at.getTime() + count * 1000);

/**
 * One attempt of one delivery (the 'webhooks.deliver' job). The attempt first
 * takes the delivery: only a pending one whose time has come, so a delivery
 * already delivered is never sent again, and a second job for the same delivery
 * (a redelivery, a job retried after a crash) finds it taken or not yet due and
 * does nothing. A failure records the answer and, in the same transaction,
 * queues the next attempt.
 */
export async function deliverWebhook(ctx: AppContext, job: JobPayload<'webhooks.deliver'>): Promise<void> {
  const { accountId, deliveryId } = job;
  const { db } = ctx.database;
  const startedAt = ctx.clock();
  const delivery = await updateWebhookDeliveryRow(
    db,
    accountId,
    deliveryId,
    { nextAttemptAt: seconds(startedAt, LEASE_SECONDS) },
    and(
      eq(webhookDeliveries.status, 'pending'),
      or(
        isNull(webhookDeliveries.nextAttemptAt),
        lte(webhookDeliveries.nextAttemptAt, seconds(startedAt, EARLY_SECONDS)),
      ),
    ),
  );
  if (!delivery) return;
  const endpoint = await findWebhookEndpoint(db, accountId, delivery.endpointId);
  if (!endpoint) return; // deleted since: its deliveries went with it
  if (!endpoint.active) {
    await updateWebhookDeliveryRow(db, accountId, deliveryId, {
      status: 'failed',
      lastError: 'The endpoint is disabled',
      nextAttemptAt: null,
    });
    return;
  }
  const body = JSON.stringify(delivery.payload);
  const outcome = await postWebhook(
    endpoint.url,
    body,
    {
      'content-type': 'application/json',
      'user-agent': 'Sincere-Webhooks/1',
      [WEBHOOK_HEADERS.event]: delivery.eventType,
      [WEBHOOK_HEADERS.delivery]: delivery.id,
      [WEBHOOK_HEADERS.signature]: signatureHeader(endpoint.secret, body, Math.floor(startedAt.getTime() / 1000)),
    },
    endpoint.allowPrivate,
  );
  const attempts = delivery.attempts + 1;
  const finishedAt = ctx.clock();
  if (outcome.ok) {
    await updateWebhookDeliveryRow(db, accountId, deliveryId, {
      status: 'delivered',
      attempts,
      lastStatusCode: outcome.statusCode,
      lastError: null,
      lastAttemptAt: startedAt,
      nextAttemptAt: null,
      deliveredAt: finishedAt,
    });
    return;
  }
  const delay = RETRY_DELAYS_SECONDS[attempts - 1];
  const nextAttemptAt = delay === undefined ? null : seconds(finishedAt, delay);
  await db.transaction(async (tx) => {
    await updateWebhookDeliveryRow(tx, accountId, deliveryId, {
      status: nextAttemptAt ? 'pending' : 'failed',
      attempts,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      lastAttemptAt: startedAt,
      nextAttemptAt,
    });
    if (nextAttemptAt) {
      await ctx.jobs.send('webhooks.deliver', job, {
        ...DELIVER_JOB_OPTIONS,
        db: jobsIn(tx),
        startAfter: nextAttemptAt,
      });
    }
  });
}
