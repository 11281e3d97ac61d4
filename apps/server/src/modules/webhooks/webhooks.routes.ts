import { z } from 'zod';
import {
  CreateWebhookRequest,
  IdParams,
  UpdateWebhookRequest,
  WEBHOOK_API,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryParams,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireRole } from '../auth/auth-context';
import { createWebhook, deleteWebhook, rotateWebhookSecret, updateWebhook } from './manage-webhooks';
import { queuePing, redeliver } from './queue-deliveries';
import { toWebhookDelivery, toWebhookEndpoint, toWebhookEndpointWithSecret } from './webhook.mapper';
import { findWebhookEndpoint, listDeliveriesOfEndpoint, listWebhookEndpointsOfAccount } from './webhooks.repository';

const ADMINS = ['admin'] as const;

/** Outgoing webhooks (admins): endpoints, their signing secrets, and each endpoint's delivery log. */
export function registerWebhookRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['webhooks'];
  const endpointOf = async (accountId: string, id: string): Promise<WebhookEndpoint> => {
    const found = await findWebhookEndpoint(ctx.database.db, accountId, id);
    if (!found) throw notFound('Webhook');
    return toWebhookEndpoint(found);
  };

  app.get(
    WEBHOOK_API.webhooks,
    {
      schema: {
        tags,
        summary: 'The account’s webhook endpoints',
        response: { 200: WebhookEndpointList, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      return { items: (await listWebhookEndpointsOfAccount(ctx.database.db, caller.accountId)).map(toWebhookEndpoint) };
    },
  );

  app.get(
    WEBHOOK_API.webhook(':id'),
    { schema: { tags, params: IdParams, response: { 200: WebhookEndpoint, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => endpointOf(requireRole(request.auth, ADMINS).accountId, request.params.id),
  );

  app.post(
    WEBHOOK_API.webhooks,
    {
      schema: {
        tags,
        summary: 'Add an endpoint; the answer carries its signing secret, shown this once',
        body: CreateWebhookRequest,
        response: { 201: WebhookEndpointWithSecret, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, ADMINS);
      return reply.status(201).send(toWebhookEndpointWithSecret(await createWebhook(ctx, caller, request.body)));
    },
  );

  app.patch(
    WEBHOOK_API.webhook(':id'),
    {
      schema: {
        tags,
        summary: 'Change an endpoint’s URL, events, description, whether it is active or may reach private addresses',
        params: IdParams,
        body: UpdateWebhookRequest,
        response: { 200: WebhookEndpoint, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      return toWebhookEndpoint(await updateWebhook(ctx, caller, request.params.id, request.body));
    },
  );

  app.delete(
    WEBHOOK_API.webhook(':id'),
    {
      schema: {
        tags,
        summary: 'Delete an endpoint and its delivery log',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteWebhook(ctx, requireRole(request.auth, ADMINS), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    WEBHOOK_API.rotateWebhookSecret(':id'),
    {
      schema: {
        tags,
        summary: 'Replace the signing secret at once; the answer carries the new one, shown this once',
        params: IdParams,
        response: { 200: WebhookEndpointWithSecret, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      return toWebhookEndpointWithSecret(await rotateWebhookSecret(ctx, caller, request.params.id));
    },
  );

  app.post(
    WEBHOOK_API.testWebhook(':id'),
    {
      schema: {
        tags,
        summary: 'Queue a signed ping delivery to the endpoint (it shows in the delivery log)',
        params: IdParams,
        response: { 202: WebhookDelivery, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, ADMINS);
      return reply.status(202).send(toWebhookDelivery(await queuePing(ctx, caller, request.params.id)));
    },
  );

  app.get(
    WEBHOOK_API.webhookDeliveries(':id'),
    {
      schema: {
        tags,
        summary: 'The endpoint’s deliveries, newest first, a keyset page at a time; optionally of one status',
        params: IdParams,
        querystring: WebhookDeliveryQuery,
        response: { 200: WebhookDeliveryPage, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      await endpointOf(caller.accountId, request.params.id);
      const { limit, cursor, status } = request.query;
      const rows = await listDeliveriesOfEndpoint(ctx.database.db, caller.accountId, request.params.id, {
        status,
        after: decodeCursor(cursor),
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toWebhookDelivery),
        nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
      };
    },
  );

  app.post(
    WEBHOOK_API.redeliverWebhook(':id', ':deliveryId'),
    {
      schema: {
        tags,
        summary: 'Send a delivery again now (a new round of attempts)',
        params: WebhookDeliveryParams,
        response: { 202: WebhookDelivery, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, ADMINS);
      const row = await redeliver(ctx, caller, request.params.id, request.params.deliveryId);
      return reply.status(202).send(toWebhookDelivery(row));
    },
  );
}
