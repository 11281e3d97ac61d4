import { z } from 'zod';
import {
  CUSTOMER_PROFILE_API,
  ConversationPage,
  CreateCustomerAttributeRequest,
  Customer,
  CustomerAttributeDefinition,
  CustomerAttributeDefinitionList,
  CustomerConversationsQuery,
  CustomerDuplicateList,
  CustomerExport,
  CustomerNote,
  CustomerNoteList,
  CustomerNoteRequest,
  DuplicateParams,
  ErrorBody,
  ForgetCustomerRequest,
  IdParams,
  MergeCustomersRequest,
  UpdateCustomerAttributeRequest,
  UpdateCustomerRequest,
  type ConversationListQuery,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { requireWriter } from '../conversations/conversation-writes';
import { listConversationsInView } from '../views/list-conversations-in-view';
import { listAttributeDefinitionsOfAccount } from './attribute-definitions.repository';
import { toAttributeDefinition, toCustomerNote } from './customer.mapper';
import { dismissDuplicate, listDuplicates } from './customer-duplicates';
import { addCustomerNote, changeCustomerNote, deleteCustomerNote } from './customer-notes';
import { listNotesOfCustomers } from './customer-notes.repository';
import { findCustomerRow } from './customer-profile.repository';
import { exportCustomer } from './export-customer';
import { forgetCustomer } from './forget-customer';
import {
  createAttributeDefinition,
  deleteAttributeDefinition,
  updateAttributeDefinition,
} from './manage-attribute-definitions';
import { mergeCustomers } from './merge-customers';
import { updateCustomer } from './update-customer';

const ADMINS = ['admin'] as const;
/** Export hands a person's whole history out of the system: those who run the account. */
const EXPORTERS = ['admin', 'lead'] as const;
const CONFLICT = { 409: ErrorBody } as const;

/**
 * The customer's profile, typed attributes, notes, duplicates and merging, export and forgetting (issue 5).
 * Merging is a writer's action, like merging conversations: whoever answers customers finds the duplicates.
 */
export function registerCustomerProfileRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['customers'];
  const customerExists = async (accountId: string, id: string) => {
    const row = await findCustomerRow(ctx.database.db, accountId, id);
    if (!row) throw notFound('Customer');
    return row;
  };

  app.patch(
    CUSTOMER_PROFILE_API.customer(':id'),
    {
      schema: {
        tags,
        summary: 'Change profile fields and customer field values (null clears); values are checked by type',
        params: IdParams,
        body: UpdateCustomerRequest,
        response: { 200: Customer, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => updateCustomer(ctx, requireWriter(request.auth), request.params.id, request.body),
  );

  app.get(
    CUSTOMER_PROFILE_API.conversations(':id'),
    {
      schema: {
        tags,
        summary: 'The customer’s conversations on every channel, latest activity first, a keyset page at a time',
        params: IdParams,
        querystring: CustomerConversationsQuery,
        response: { 200: ConversationPage, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const customer = await customerExists(caller.accountId, request.params.id);
      const { limit, cursor } = request.query;
      const query: ConversationListQuery = {
        customerId: customer.id,
        sort: 'recent',
        limit,
        ...(cursor !== undefined ? { cursor } : {}),
      };
      return listConversationsInView(ctx, caller, query);
    },
  );

  registerAttributeRoutes(app, ctx, tags);

  app.get(
    CUSTOMER_PROFILE_API.notes(':id'),
    {
      schema: {
        tags,
        summary: 'What the team wrote down about the customer, newest first',
        params: IdParams,
        response: { 200: CustomerNoteList, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const customer = await customerExists(caller.accountId, request.params.id);
      const rows = await listNotesOfCustomers(ctx.database.db, caller.accountId, [customer.id]);
      return { items: rows.map(({ note, author }) => toCustomerNote(note, author)) };
    },
  );

  app.post(
    CUSTOMER_PROFILE_API.notes(':id'),
    {
      schema: {
        tags,
        summary: 'Write a note about the customer',
        params: IdParams,
        body: CustomerNoteRequest,
        response: { 201: CustomerNote, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) => {
      const note = await addCustomerNote(ctx, requireWriter(request.auth), request.params.id, request.body.body);
      return reply.status(201).send(note);
    },
  );

  app.patch(
    CUSTOMER_PROFILE_API.note(':id'),
    {
      schema: {
        tags,
        summary: 'Change a note (its author, or an admin)',
        params: IdParams,
        body: CustomerNoteRequest,
        response: { 200: CustomerNote, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => changeCustomerNote(ctx, requireWriter(request.auth), request.params.id, request.body.body),
  );

  app.delete(
    CUSTOMER_PROFILE_API.note(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a note (its author, or an admin)',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteCustomerNote(ctx, requireWriter(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    CUSTOMER_PROFILE_API.duplicates(':id'),
    {
      schema: {
        tags,
        summary: 'Customers who look like the same person: the same email (any case) or the same phone digits',
        params: IdParams,
        response: { 200: CustomerDuplicateList, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => ({ items: await listDuplicates(ctx, requireAuth(request.auth), request.params.id) }),
  );

  app.post(
    CUSTOMER_PROFILE_API.dismissDuplicate(':id', ':otherId'),
    {
      schema: {
        tags,
        summary: 'Say two customers are not the same person: the pair is not proposed again',
        params: DuplicateParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await dismissDuplicate(ctx, requireWriter(request.auth), request.params.id, request.params.otherId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    CUSTOMER_PROFILE_API.merge(':id'),
    {
      schema: {
        tags,
        summary:
          'Merge another customer (sourceId) into this one: conversations, identities, notes and facts move here; the source then points here',
        params: IdParams,
        body: MergeCustomersRequest,
        response: { 200: Customer, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => mergeCustomers(ctx, requireWriter(request.auth), request.params.id, request.body.sourceId),
  );

  app.get(
    CUSTOMER_PROFILE_API.export(':id'),
    {
      schema: {
        tags,
        summary: 'Everything held about the customer as a JSON file (admins and leads; recorded in the audit log)',
        params: IdParams,
        response: { 200: CustomerExport, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const exported = await exportCustomer(ctx, requireRole(request.auth, EXPORTERS), request.params.id);
      void reply.header('content-disposition', `attachment; filename="customer-${exported.customer.id}.json"`);
      void reply.header('cache-control', 'no-store');
      return exported;
    },
  );

  app.post(
    CUSTOMER_PROFILE_API.forget(':id'),
    {
      schema: {
        tags,
        summary:
          'Erase everything personal about the customer (admins): confirm with the customer’s name; cannot be undone',
        params: IdParams,
        body: ForgetCustomerRequest,
        response: { 200: Customer, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => forgetCustomer(ctx, requireRole(request.auth, ADMINS), request.params.id, request.body.confirm),
  );
}

function registerAttributeRoutes(app: ZodApp, ctx: AppContext, tags: string[]): void {
  app.get(
    CUSTOMER_PROFILE_API.attributes,
    {
      schema: {
        tags,
        summary: 'The account’s customer fields, in the order the profile shows them',
        response: { 200: CustomerAttributeDefinitionList, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const rows = await listAttributeDefinitionsOfAccount(ctx.database.db, caller.accountId);
      return { items: rows.map(toAttributeDefinition) };
    },
  );

  app.post(
    CUSTOMER_PROFILE_API.attributes,
    {
      schema: {
        tags,
        summary: 'Add a customer field (admins): text, number, date or a list of options',
        body: CreateCustomerAttributeRequest,
        response: { 201: CustomerAttributeDefinition, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const row = await createAttributeDefinition(ctx, requireRole(request.auth, ADMINS), request.body);
      return reply.status(201).send(toAttributeDefinition(row));
    },
  );

  app.patch(
    CUSTOMER_PROFILE_API.attribute(':id'),
    {
      schema: {
        tags,
        summary: 'Change a customer field’s label, options or position (admins); its key and type stay',
        params: IdParams,
        body: UpdateCustomerAttributeRequest,
        response: { 200: CustomerAttributeDefinition, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) =>
      toAttributeDefinition(
        await updateAttributeDefinition(ctx, requireRole(request.auth, ADMINS), request.params.id, request.body),
      ),
  );

  app.delete(
    CUSTOMER_PROFILE_API.attribute(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a customer field (admins); values stored under it are no longer shown',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteAttributeDefinition(ctx, requireRole(request.auth, ADMINS), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
