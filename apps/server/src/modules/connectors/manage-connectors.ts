import {
  MAX_CONNECTOR_HEADERS,
  type AuditAction,
  type CreateConnectorRequest,
  type UpdateConnectorRequest,
} from '@sincere/contracts';
import type { Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { cardCacheOf } from './card-cache';
import { checkConnectorConfig, checkConnectorTargets } from './connector-config';
import { actionsOf, headerNamesOf, mappingOf } from './connector.mapper';
import { newConnectorSecret, sealConnectorHeaders, sealConnectorSecret } from './connector-secrets';
import {
  deleteConnectorRow,
  findConnector,
  insertConnector,
  updateConnectorRow,
  type ConnectorChanges,
  type ConnectorRow,
} from './connectors.repository';

/** What the audit log keeps of a connector: its settings and header names, never a header value or the secret. */
const audited = (row: ConnectorRow) => ({
  name: row.name,
  kind: row.kind,
  urlTemplate: row.urlTemplate,
  headerNames: headerNamesOf(row),
  timeoutMs: row.timeoutMs,
  cacheTtlSeconds: row.cacheTtlSeconds,
  actions: actionsOf(row).map((action) => action.key),
  allowPrivate: row.allowPrivate,
  active: row.active,
});

type ConnectorAuditAction = Extract<AuditAction, `connector.${string}`>;

export async function recordConnectorAudit(
  tx: Tx,
  caller: AuthContext,
  action: ConnectorAuditAction,
  connectorId: string,
  data?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, {
    accountId: caller.accountId,
    actorUserId: caller.user.id,
    action,
    targetType: 'connector',
    targetId: connectorId,
    ...(data ? { data } : {}),
  });
}

/** A new connector; a signed one gets its signing secret, returned in the clear this once. */
export async function createConnector(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateConnectorRequest,
): Promise<{ row: ConnectorRow; secret: string | null }> {
  const mapping = input.mapping ?? null;
  const config = { ...input, mapping, headerNames: Object.keys(input.headers) };
  checkConnectorConfig(config);
  await checkConnectorTargets(config, input.allowPrivate);
  const secret = input.kind === 'signed' ? newConnectorSecret() : null;
  const headers = sealConnectorHeaders(input.headers);
  const { accountId } = caller;
  const row = await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock();
    const inserted = await insertConnector(tx, {
      accountId,
      name: input.name,
      kind: input.kind,
      urlTemplate: input.urlTemplate,
      headers,
      secret: secret === null ? null : sealConnectorSecret(secret),
      timeoutMs: input.timeoutMs,
      cacheTtlSeconds: input.cacheTtlSeconds,
      mapping,
      actions: input.actions,
      allowPrivate: input.allowPrivate,
      active: input.active,
      position: input.position,
      createdAt: now,
      updatedAt: now,
    });
    await recordConnectorAudit(tx, caller, 'connector.created', inserted.id, audited(inserted));
    return inserted;
  });
  return { row, secret };
}

/**
 * Header changes over the stored (sealed) headers: a value replaces the header of
 * that name (in any case), an empty string removes it, the others stay as they are.
 */
function changedHeaders(
  stored: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string>>,
): { sealed: Record<string, string>; names: string[] } {
  const sealed: Record<string, string> = { ...stored };
  const added: Record<string, string> = {};
  for (const [name, value] of Object.entries(changes)) {
    for (const existing of Object.keys(sealed)) {
      if (existing.toLowerCase() === name.toLowerCase()) delete sealed[existing];
    }
    if (value !== '') added[name] = value;
  }
  const all = { ...sealed, ...sealConnectorHeaders(added) };
  return { sealed: all, names: Object.keys(all) };
}

export async function updateConnector(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateConnectorRequest,
): Promise<ConnectorRow> {
  const { accountId } = caller;
  const existing = await findConnector(ctx.database.db, accountId, id);
  if (!existing) throw notFound('Connector');
  const headers = input.headers === undefined ? null : changedHeaders(existing.headers, input.headers);
  const config = {
    kind: existing.kind,
    urlTemplate: input.urlTemplate ?? existing.urlTemplate,
    headerNames: headers?.names ?? Object.keys(existing.headers),
    mapping: input.mapping ?? mappingOf(existing),
    actions: input.actions ?? actionsOf(existing),
  };
  if (headers && headers.names.length > MAX_CONNECTOR_HEADERS) {
    throw new AppError('validation_failed', 'Too many headers', {
      headers: `At most ${MAX_CONNECTOR_HEADERS} headers`,
    });
  }
  checkConnectorConfig(config);
  // A new address, or taking away the permission for a private one, is checked as at creation.
  if (input.urlTemplate !== undefined || input.actions !== undefined || input.allowPrivate !== undefined) {
    await checkConnectorTargets(config, input.allowPrivate ?? existing.allowPrivate);
  }
  const changes: ConnectorChanges = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.urlTemplate !== undefined ? { urlTemplate: input.urlTemplate } : {}),
    ...(headers ? { headers: headers.sealed } : {}),
    ...(input.timeoutMs !== undefined ? { timeoutMs: input.timeoutMs } : {}),
    ...(input.cacheTtlSeconds !== undefined ? { cacheTtlSeconds: input.cacheTtlSeconds } : {}),
    ...(input.mapping !== undefined ? { mapping: input.mapping } : {}),
    ...(input.actions !== undefined ? { actions: input.actions } : {}),
    ...(input.allowPrivate !== undefined ? { allowPrivate: input.allowPrivate } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.position !== undefined ? { position: input.position } : {}),
    updatedAt: ctx.clock(),
  };
  const row = await ctx.database.db.transaction(async (tx) => {
    const updated = await updateConnectorRow(tx, accountId, id, changes);
    if (!updated) throw notFound('Connector');
    const changedHeaderNames = Object.keys(input.headers ?? {});
    await recordConnectorAudit(tx, caller, 'connector.updated', id, {
      before: audited(existing),
      after: audited(updated),
      ...(changedHeaderNames.length > 0 ? { headersChanged: changedHeaderNames } : {}),
    });
    return updated;
  });
  cardCacheOf(ctx).forget(id);
  return row;
}

export async function deleteConnector(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const deleted = await deleteConnectorRow(tx, caller.accountId, id);
    if (!deleted) throw notFound('Connector');
    await recordConnectorAudit(tx, caller, 'connector.deleted', id, audited(deleted));
  });
  cardCacheOf(ctx).forget(id);
}

/** A new signing secret at once (requests from now on are signed with it); HTTP GET connectors have none. */
export async function rotateConnectorSecret(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
): Promise<{ row: ConnectorRow; secret: string }> {
  const { accountId } = caller;
  const existing = await findConnector(ctx.database.db, accountId, id);
  if (!existing) throw notFound('Connector');
  if (existing.kind !== 'signed') {
    throw new AppError('conflict', 'Only a signed connector has a signing secret; this one sends its headers');
  }
  const secret = newConnectorSecret();
  const row = await ctx.database.db.transaction(async (tx) => {
    const updated = await updateConnectorRow(tx, accountId, id, {
      secret: sealConnectorSecret(secret),
      updatedAt: ctx.clock(),
    });
    if (!updated) throw notFound('Connector');
    await recordConnectorAudit(tx, caller, 'connector.secret_rotated', id);
    return updated;
  });
  cardCacheOf(ctx).forget(id);
  return { row, secret };
}
