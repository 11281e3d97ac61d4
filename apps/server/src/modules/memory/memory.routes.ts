import { z } from 'zod';
import {
  CUSTOMER_FACTS_API,
  CreateFact,
  CustomerFact,
  CustomerMemory,
  CustomerMemoryQuery,
  ErrorBody,
  IdParams,
  UpdateFact,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { requireWriter } from '../conversations/conversation-writes';
import { getCustomerMemory } from './customer-memory';
import { toCustomerFact } from './fact.mapper';
import { changeFact, deleteFact, noteFact } from './manage-facts';
import { findFactView } from './memory.repository';

const CONFLICT = { 409: ErrorBody } as const;

/** Relationship memory: a customer's personal facts, suggestions and "ask about" prompts (issue 5). */
export function registerMemoryRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['memory'];
  const factOf = async (accountId: string, id: string): Promise<CustomerFact> => {
    const view = await findFactView(ctx.database.db, accountId, id);
    if (!view) throw notFound('Fact');
    return toCustomerFact(view);
  };

  app.get(
    CUSTOMER_FACTS_API.customerMemory(':id'),
    {
      schema: {
        tags,
        summary: 'What to ask the customer about, their confirmed facts and the suggestions waiting for an agent',
        params: IdParams,
        querystring: CustomerMemoryQuery,
        response: { 200: CustomerMemory, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) =>
      getCustomerMemory(ctx, requireAuth(request.auth), request.params.id, request.query.conversationId),
  );

  app.post(
    CUSTOMER_FACTS_API.customerFacts(':id'),
    {
      schema: {
        tags,
        summary: 'Note a personal fact about the customer: confirmed at once, by the caller',
        params: IdParams,
        body: CreateFact,
        response: { 201: CustomerFact, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) => {
      const caller = requireWriter(request.auth);
      const row = await noteFact(ctx, caller, request.params.id, request.body);
      return reply.status(201).send(await factOf(caller.accountId, row.id));
    },
  );

  app.patch(
    CUSTOMER_FACTS_API.fact(':id'),
    {
      schema: {
        tags,
        summary: 'Edit a fact’s text or category, confirm a suggestion or dismiss it',
        params: IdParams,
        body: UpdateFact,
        response: { 200: CustomerFact, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => {
      const caller = requireWriter(request.auth);
      await changeFact(ctx, caller, request.params.id, request.body);
      return factOf(caller.accountId, request.params.id);
    },
  );

  app.delete(
    CUSTOMER_FACTS_API.fact(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a fact or a suggestion',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteFact(ctx, requireWriter(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
