import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, pageOf } from './common';
import { ConversationEventType, ConversationSummary, Message } from './conversations';

/** Paths of the outgoing webhooks' API (admins). */
export const WEBHOOK_API = {
  webhooks: '/api/v1/webhooks',
  webhook: (id: string) => `/api/v1/webhooks/${id}`,
  rotateWebhookSecret: (id: string) => `/api/v1/webhooks/${id}/rotate-secret`,
  testWebhook: (id: string) => `/api/v1/webhooks/${id}/test`,
  webhookDeliveries: (id: string) => `/api/v1/webhooks/${id}/deliveries`,
  redeliverWebhook: (id: string, deliveryId: string) => `/api/v1/webhooks/${id}/deliveries/${deliveryId}/redeliver`,
} as const;

/** The headers of every delivery. `Sincere-Signature` is `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.body")>`. */
export const WEBHOOK_HEADERS = {
  event: 'sincere-event',
  delivery: 'sincere-delivery',
  signature: 'sincere-signature',
} as const;

/** What a delivery carries: a conversation event, or 'ping' (the endpoint's test). */
export const WebhookEventType = z.union([ConversationEventType, z.literal('ping')]);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

const WebhookUrl = z
  .url({ protocol: /^https?$/, error: 'An http:// or https:// URL' })
  .max(2000)
  .describe('Where deliveries are POSTed; redirects are not followed');

const WebhookEvents = z
  .array(ConversationEventType)
  .max(50)
  .describe('The conversation event types delivered; empty: all of them');

export const WebhookEndpoint = z
  .object({
    id: Id,
    url: z.string(),
    events: z.array(ConversationEventType),
    description: z.string().nullable(),
    active: z.boolean(),
    /** An admin allowed a loopback or private address (an on-premises system). */
    allowPrivate: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** Returned at creation and by rotate-secret only: the signing secret is never shown again. */
export const WebhookEndpointWithSecret = WebhookEndpoint.extend({ secret: z.string() }).meta({
  id: 'WebhookEndpointWithSecret',
});
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecret>;

export const WebhookEndpointList = z.object({ items: z.array(WebhookEndpoint) }).meta({ id: 'WebhookEndpointList' });

export const CreateWebhookRequest = z
  .strictObject({
    url: WebhookUrl,
    events: WebhookEvents.default([]),
    description: z.string().trim().max(500).optional(),
    active: z.boolean().default(true),
    allowPrivate: z.boolean().default(false),
  })
  .meta({ id: 'CreateWebhookRequest' });
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequest>;

export const UpdateWebhookRequest = z
  .strictObject({
    url: WebhookUrl.optional(),
    events: WebhookEvents.optional(),
    description: z.string().trim().max(500).nullable().optional(),
    active: z.boolean().optional(),
    allowPrivate: z.boolean().optional(),
  })
  .meta({ id: 'UpdateWebhookRequest' });
export type UpdateWebhookRequest = z.infer<typeof UpdateWebhookRequest>;

export const WebhookDeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/**
 * The JSON body POSTed to an endpoint. `conversation` is the conversation as it
 * is when the delivery is queued (right after the change); `message` comes with
 * message.* and note.added events.
 */
export const WebhookPayload = z
  .object({
    /** The event's id: the same event is never delivered twice as two different ids. */
    id: Id,
    type: WebhookEventType,
    occurredAt: IsoDateTime,
    accountId: Id,
    conversationId: Id.nullable(),
    data: z.record(z.string(), z.unknown()),
    conversation: ConversationSummary.nullable(),
    message: Message.nullable(),
  })
  .meta({ id: 'WebhookPayload' });
export type WebhookPayload = z.infer<typeof WebhookPayload>;

/** One event to one endpoint: attempts, the last answer, and when it is tried again. */
export const WebhookDelivery = z
  .object({
    id: Id,
    endpointId: Id,
    eventId: Id,
    eventType: z.string(),
    status: WebhookDeliveryStatus,
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastAttemptAt: IsoDateTime.nullable(),
    nextAttemptAt: IsoDateTime.nullable(),
    deliveredAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryPage = pageOf(WebhookDelivery).meta({ id: 'WebhookDeliveryPage' });
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;

export const WebhookDeliveryQuery = PageQuery.extend({ status: WebhookDeliveryStatus.optional() });
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuery>;

export const WebhookDeliveryParams = z.object({ id: Id, deliveryId: Id });
