import type { CreateWebhookRequest, UpdateWebhookRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { newWebhookSecret } from './webhook-signature';
import { checkWebhookTarget } from './webhook-target';
import {
  deleteWebhookEndpointRow,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  updateWebhookEndpointRow,
  type WebhookEndpointRow,
} from './webhooks.repository';

/** What the audit log keeps of an endpoint: never its secret. */
const audited = (row: WebhookEndpointRow) => ({
  url: row.url,
  events: row.events,
  active: row.active,
  allowPrivate: row.allowPrivate,
});

/** A new endpoint with a new secret (returned to the caller this once). Refuses private addresses. */
export async function createWebhook(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateWebhookRequest,
): Promise<WebhookEndpointRow> {
  await checkWebhookTarget(input.url, input.allowPrivate);
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock();
    const row = await insertWebhookEndpoint(tx, {
      accountId,
      url: input.url,
      secret: newWebhookSecret(),
      events: [...new Set(input.events)],
      allowPrivate: input.allowPrivate,
      active: input.active,
      description: input.description || null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'webhook.created',
      targetType: 'webhook',
      targetId: row.id,
      data: audited(row),
    });
    return row;
  });
}

export async function updateWebhook(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateWebhookRequest,
): Promise<WebhookEndpointRow> {
  const { accountId } = caller;
  const existing = await findWebhookEndpoint(ctx.database.db, accountId, id);
  if (!existing) throw notFound('Webhook');
  // A new URL, or taking away the permission for a private one, is checked as at creation.
  if (input.url !== undefined || input.allowPrivate !== undefined) {
    await checkWebhookTarget(input.url ?? existing.url, input.allowPrivate ?? existing.allowPrivate);
  }
  return ctx.database.db.transaction(async (tx) => {
    const row = await updateWebhookEndpointRow(tx, accountId, id, {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
      ...(input.description !== undefined ? { description: input.description || null } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.allowPrivate !== undefined ? { allowPrivate: input.allowPrivate } : {}),
      updatedAt: ctx.clock(),
    });
    if (!row) throw notFound('Webhook');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'webhook.updated',
      targetType: 'webhook',
      targetId: id,
      data: { before: audited(existing), after: audited(row) },
    });
    return row;
  });
}

/** The endpoint and its delivery log; deliveries still queued find nothing to send. */
export async function deleteWebhook(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const existing = await findWebhookEndpoint(tx, accountId, id);
    if (!existing || !(await deleteWebhookEndpointRow(tx, accountId, id))) throw notFound('Webhook');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'webhook.deleted',
      targetType: 'webhook',
      targetId: id,
      data: audited(existing),
    });
  });
}

/** A new secret at once: deliveries from now on are signed with it (the old one stops working). */
export async function rotateWebhookSecret(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
): Promise<WebhookEndpointRow> {
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    const row = await updateWebhookEndpointRow(tx, accountId, id, {
      secret: newWebhookSecret(),
      updatedAt: ctx.clock(),
    });
    if (!row) throw notFound('Webhook');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'webhook.secret_rotated',
      targetType: 'webhook',
      targetId: id,
    });
    return row;
  });
}
