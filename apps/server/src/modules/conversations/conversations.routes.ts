import { API, ConversationDetail, ConversationListQuery, ConversationPage, Customer, IdParams } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { listEventsOfConversation } from './event-log';
import { findCustomer, listConversations, listMessages } from './conversations.repository';

/** Read access to conversations; the inbox issue adds the views, routing and writes. */
export function registerConversationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['conversations'];
  app.get(
    API.conversations,
    { schema: { tags, summary: 'Conversations, most recent activity first', querystring: ConversationListQuery, response: { 200: ConversationPage, ...AUTHED_ERRORS } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const { status, cursor, limit } = request.query;
      const { items, activity } = await listConversations(ctx.database.db, caller.accountId, {
        status,
        after: decodeCursor(cursor),
        limit: limit + 1,
      });
      const page = items.slice(0, limit);
      const last = page.at(-1);
      const lastActivity = activity[page.length - 1];
      return { items: page, nextCursor: items.length > limit && last && lastActivity ? encodeCursor(lastActivity, last.id) : null };
    },
  );

  app.get(
    API.conversation(':id'),
    { schema: { tags, summary: 'A conversation with its customer, messages and event log', params: IdParams, response: { 200: ConversationDetail, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const { db } = ctx.database;
      const { items } = await listConversations(db, caller.accountId, { id: request.params.id, after: null, limit: 1 });
      const summary = items[0];
      if (!summary) throw notFound('Conversation');
      const [customer, messages, events] = await Promise.all([
        findCustomer(db, caller.accountId, summary.customer.id),
        listMessages(db, caller.accountId, summary.id),
        listEventsOfConversation(db, caller.accountId, summary.id),
      ]);
      if (!customer) throw notFound('Conversation');
      return { ...summary, customer, messages, events };
    },
  );

  app.get(
    API.customer(':id'),
    { schema: { tags: ['customers'], params: IdParams, response: { 200: Customer, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const customer = await findCustomer(ctx.database.db, caller.accountId, request.params.id);
      if (!customer) throw notFound('Customer');
      return customer;
    },
  );
}
