import {
  API,
  ConversationSearchPage,
  ConversationSearchQuery,
  CustomerSearchQuery,
  CustomerSearchResult,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { searchConversations } from './search-conversations';
import { searchCustomers } from './search-customers';

/** Search: conversations by what was written in them, customers by who they are. */
export function registerSearchRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    API.search,
    {
      schema: {
        tags: ['search'],
        summary: 'Conversations of a view whose messages contain the words in any of their forms, in the view’s order',
        querystring: ConversationSearchQuery,
        response: { 200: ConversationSearchPage, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => searchConversations(ctx, requireAuth(request.auth), request.query),
  );

  app.get(
    API.customerSearch,
    {
      schema: {
        tags: ['search', 'customers'],
        summary: 'Customers by name, email or phone number, typos and formatting forgiven; closest first',
        querystring: CustomerSearchQuery,
        response: { 200: CustomerSearchResult, ...AUTHED_ERRORS },
      },
    },
    async (request) => searchCustomers(ctx, requireAuth(request.auth), request.query),
  );
}
