import { z } from 'zod';
import {
  CardActionParams,
  CardParams,
  CardQuery,
  CardResult,
  CONNECTOR_API,
  Connector,
  ConnectorList,
  ConnectorWithSecret,
  CreateConnectorRequest,
  CustomerCards,
  CustomerParams,
  ErrorBody,
  IdParams,
  RunCardActionRequest,
  RunCardActionResponse,
  UpdateConnectorRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { requireWriter } from '../conversations/conversation-writes';
import { checkSecretKeySetting } from './connector-key';
import { toConnector, toConnectorWithSecret } from './connector.mapper';
import {
  findConnector,
  findCustomerWithExternalId,
  listActiveConnectorsOfAccount,
  listConnectorsOfAccount,
} from './connectors.repository';
import { customerCard } from './customer-cards';
import { createConnector, deleteConnector, rotateConnectorSecret, updateConnector } from './manage-connectors';
import { runCardAction } from './run-card-action';

const ADMINS = ['admin'] as const;

/** Connectors: their settings (admins), the cards of a customer, and actions (issue 5). */
export function registerConnectorRoutes(app: ZodApp, ctx: AppContext): void {
  // A SINCERE_SECRET_KEY that is not a key stops the start with a clear message, not the first connector saved.
  checkSecretKeySetting();
  const tags = ['connectors'];

  app.get(
    CONNECTOR_API.connectors,
    { schema: { tags, summary: 'The account’s connectors', response: { 200: ConnectorList, ...AUTHED_ERRORS } } },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      return { items: (await listConnectorsOfAccount(ctx.database.db, caller.accountId)).map(toConnector) };
    },
  );

  app.get(
    CONNECTOR_API.connector(':id'),
    { schema: { tags, params: IdParams, response: { 200: Connector, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      const row = await findConnector(ctx.database.db, caller.accountId, request.params.id);
      if (!row) throw notFound('Connector');
      return toConnector(row);
    },
  );

  app.post(
    CONNECTOR_API.connectors,
    {
      schema: {
        tags,
        summary: 'Add a connector; a signed one’s answer carries its signing secret, shown this once',
        body: CreateConnectorRequest,
        response: { 201: ConnectorWithSecret, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, ADMINS);
      const { row, secret } = await createConnector(ctx, caller, request.body);
      return reply.status(201).send(toConnectorWithSecret(row, secret));
    },
  );

  app.patch(
    CONNECTOR_API.connector(':id'),
    {
      schema: {
        tags,
        summary: 'Change a connector; headers not named keep their values, an empty value removes one',
        params: IdParams,
        body: UpdateConnectorRequest,
        response: { 200: Connector, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      return toConnector(await updateConnector(ctx, caller, request.params.id, request.body));
    },
  );

  app.delete(
    CONNECTOR_API.connector(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a connector',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteConnector(ctx, requireRole(request.auth, ADMINS), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    CONNECTOR_API.rotateConnectorSecret(':id'),
    {
      schema: {
        tags,
        summary: 'Replace a signed connector’s signing secret at once; the answer carries the new one, shown this once',
        params: IdParams,
        response: { 200: ConnectorWithSecret, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      const { row, secret } = await rotateConnectorSecret(ctx, caller, request.params.id);
      return toConnectorWithSecret(row, secret);
    },
  );

  app.get(
    CONNECTOR_API.customerConnectors(':customerId'),
    {
      schema: {
        tags,
        summary: 'The connectors whose cards the customer panel shows; ask for each card on its own',
        params: CustomerParams,
        response: { 200: CustomerCards, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const { accountId } = requireAuth(request.auth);
      const found = await findCustomerWithExternalId(ctx.database.db, accountId, request.params.customerId);
      if (!found) throw notFound('Customer');
      // Nothing about a forgotten customer is sent anywhere.
      if (found.customer.forgottenAt) return { items: [] };
      return { items: await listActiveConnectorsOfAccount(ctx.database.db, accountId) };
    },
  );

  app.get(
    CONNECTOR_API.customerCard(':customerId', ':connectorId'),
    {
      schema: {
        tags,
        summary: 'One connector’s card for the customer (cached for the connector’s TTL), or why it cannot be shown',
        description:
          'A failing or slow system answers 200 with `ok: false` and the reason: the card shows it, the rest of the page is not affected.',
        params: CardParams,
        querystring: CardQuery,
        response: { 200: CardResult, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => customerCard(ctx, requireAuth(request.auth).accountId, request.params, request.query),
  );

  app.post(
    CONNECTOR_API.runCardAction(':customerId', ':connectorId', ':actionKey'),
    {
      schema: {
        tags,
        summary: 'Run a card’s action the agent confirmed; a note in the conversation and the audit log record it',
        params: CardActionParams,
        body: RunCardActionRequest,
        response: { 200: RunCardActionResponse, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => runCardAction(ctx, requireWriter(request.auth), request.params, request.body),
  );
}
