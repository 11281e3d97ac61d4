import {
  ConversationEventType,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from '@sincere/contracts';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhooks.repository';

/** An endpoint as admins see it: never its secret. */
export function toWebhookEndpoint(row: WebhookEndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    // Event types are checked when saved; one a later release dropped is not shown.
    events: row.events.flatMap((type) => {
      const parsed = ConversationEventType.safeParse(type);
      return parsed.success ? [parsed.data] : [];
    }),
    description: row.description,
    active: row.active,
    allowPrivate: row.allowPrivate,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** At creation and rotation only. */
export function toWebhookEndpointWithSecret(row: WebhookEndpointRow): WebhookEndpointWithSecret {
  return { ...toWebhookEndpoint(row), secret: row.secret };
}

export function toWebhookDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    payload: row.payload,
  };
}
