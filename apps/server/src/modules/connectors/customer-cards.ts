import type { CardResult, ConnectorConversation, ConnectorCustomer } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { cardCacheOf, type CachedCard } from './card-cache';
import { actionsOf, mappingOf } from './connector.mapper';
import { openConnectorSecrets, UNREADABLE_SECRETS } from './connector-secrets';
import {
  findConnector,
  findConversationOfCustomer,
  findCustomerWithExternalId,
  type ConnectorRow,
  type CustomerRow,
} from './connectors.repository';
import { connectorUrl, fetchCardByGet, fetchSignedCard, type CardOutcome } from './fetch-card';

/** Who a card is about: the customer and, when the agent has one open, the conversation. */
export interface CardSubject {
  customer: ConnectorCustomer;
  conversation: ConnectorConversation | null;
}

export function toConnectorCustomer(row: CustomerRow, externalId: string | null): ConnectorCustomer {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    externalId,
    locale: row.locale,
    country: row.country,
    timeZone: row.timeZone,
    company: row.company,
    plan: row.plan,
    attributes: row.attributes,
  };
}

/**
 * The customer (404 when not in the account, or forgotten: nothing personal is
 * sent anywhere) and the conversation, which must be one of theirs (404 otherwise).
 */
export async function loadCardSubject(
  ctx: AppContext,
  accountId: string,
  customerId: string,
  conversationId: string | undefined,
): Promise<CardSubject> {
  const found = await findCustomerWithExternalId(ctx.database.db, accountId, customerId);
  if (!found || found.customer.forgottenAt) throw notFound('Customer');
  const conversation =
    conversationId === undefined
      ? null
      : await findConversationOfCustomer(ctx.database.db, accountId, customerId, conversationId);
  if (conversationId !== undefined && !conversation) throw notFound('Conversation');
  return { customer: toConnectorCustomer(found.customer, found.externalId), conversation };
}

/** An active connector of the account, or 404 (an inactive one shows no card and runs no action). */
export async function findActiveConnector(ctx: AppContext, accountId: string, id: string): Promise<ConnectorRow> {
  const row = await findConnector(ctx.database.db, accountId, id);
  if (!row?.active) throw notFound('Connector');
  return row;
}

const NAMES_CONVERSATION = /\{\{\s*conversation[.\s}]/;

/** Whether the connector's request differs per conversation: a signed one always sends it; a GET one if it names it. */
function dependsOnConversation(row: ConnectorRow): boolean {
  if (row.kind === 'signed') return true;
  const templates = [row.urlTemplate, ...(mappingOf(row)?.fields ?? []).map((field) => field.hrefTemplate ?? '')];
  return templates.some((template) => NAMES_CONVERSATION.test(template));
}

/** Asks the company's system for the card: nothing is cached here. */
export async function fetchConnectorCard(
  ctx: AppContext,
  row: ConnectorRow,
  subject: CardSubject,
): Promise<CardOutcome> {
  const secrets = openConnectorSecrets(row);
  if (!secrets) return { ok: false, code: 'configuration', error: UNREADABLE_SECRETS };
  const values = { customer: subject.customer, conversation: subject.conversation };
  const common = { headers: secrets.headers, timeoutMs: row.timeoutMs, allowPrivate: row.allowPrivate };
  if (row.kind === 'signed') {
    const url = connectorUrl(row.urlTemplate, values);
    if (typeof url !== 'string') return url;
    if (secrets.secret === null) return { ok: false, code: 'configuration', error: UNREADABLE_SECRETS };
    return fetchSignedCard({
      ...common,
      url,
      secret: secrets.secret,
      body: { type: 'card', customer: subject.customer, conversation: subject.conversation },
      now: ctx.clock(),
    });
  }
  const mapping = mappingOf(row);
  if (!mapping) {
    return {
      ok: false,
      code: 'configuration',
      error: 'The connector’s mapping cannot be read: open it in Settings → Connectors and save it again',
    };
  }
  const outcome = await fetchCardByGet({ ...common, urlTemplate: row.urlTemplate, values, mapping });
  const actions = actionsOf(row).map((action) => ({ id: action.key, label: action.label, confirm: action.confirm }));
  return outcome.ok && actions.length > 0 ? { ok: true, card: { ...outcome.card, actions } } : outcome;
}

/** The card through this process's cache: fresh for the connector's TTL, a failure for a few seconds. */
export async function cachedConnectorCard(
  ctx: AppContext,
  row: ConnectorRow,
  subject: CardSubject,
  refresh: boolean,
): Promise<CachedCard & { cached: boolean }> {
  const key = {
    connectorId: row.id,
    connectorVersion: row.updatedAt.getTime(),
    customerId: subject.customer.id,
    conversationId: dependsOnConversation(row) ? (subject.conversation?.id ?? null) : null,
  };
  return cardCacheOf(ctx).get(key, { now: ctx.clock(), ttlSeconds: row.cacheTtlSeconds, refresh }, async () => {
    const outcome = await fetchConnectorCard(ctx, row, subject);
    return { outcome, fetchedAt: ctx.clock() };
  });
}

/** One connector's card for the panel: its own request, so a slow system delays nothing else. */
export async function customerCard(
  ctx: AppContext,
  accountId: string,
  params: { customerId: string; connectorId: string },
  query: { conversationId?: string | undefined; refresh?: boolean | undefined },
): Promise<CardResult> {
  const row = await findActiveConnector(ctx, accountId, params.connectorId);
  const subject = await loadCardSubject(ctx, accountId, params.customerId, query.conversationId);
  const { outcome, fetchedAt, cached } = await cachedConnectorCard(ctx, row, subject, query.refresh ?? false);
  return outcome.ok ? { ok: true, card: outcome.card, fetchedAt: fetchedAt.toISOString(), cached } : outcome;
}
