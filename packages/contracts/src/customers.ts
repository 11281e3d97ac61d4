import { z } from 'zod';

/** Paths of the customers' API for integrations. GET one customer is `API.customer(id)`. */
export const CUSTOMER_API = {
  customers: '/api/v1/customers',
} as const;

/**
 * Creates a customer, or finds the one already known by this email address or
 * external id (answered 200 instead of 201): sending it twice makes one customer.
 */
export const CreateCustomerRequest = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254).optional(),
    phone: z.string().trim().min(3).max(40).optional(),
    locale: z.string().min(2).max(35).optional(),
    country: z.string().length(2).toUpperCase().optional(),
    timeZone: z.string().min(1).max(64).optional(),
    externalId: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe('Your own system’s id for this customer; finds the same customer again'),
  })
  .meta({ id: 'CreateCustomerRequest' });
export type CreateCustomerRequest = z.infer<typeof CreateCustomerRequest>;
