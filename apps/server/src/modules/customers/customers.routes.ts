import { CUSTOMER_API, CreateCustomerRequest, Customer } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, type ZodApp } from '../../http/route-types';
import { requireWriter } from '../conversations/conversation-writes';
import { findCustomer } from '../conversations/conversations.repository';
import { createCustomer } from './create-customer';

/** Creating customers through the public API (reading one is `GET /customers/{id}` among the conversations' routes). */
export function registerCustomerRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    CUSTOMER_API.customers,
    {
      schema: {
        tags: ['customers'],
        summary:
          'Create a customer (201), or get the one already known by this externalId or email (200): sending it twice makes one customer',
        body: CreateCustomerRequest,
        response: { 200: Customer, 201: Customer, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireWriter(request.auth);
      const { customerId, created } = await createCustomer(ctx, caller, request.body);
      const customer = await findCustomer(ctx.database.db, caller.accountId, customerId);
      if (!customer) throw notFound('Customer');
      return reply.status(created ? 201 : 200).send(customer);
    },
  );
}
