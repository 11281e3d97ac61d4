import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { FactCategory } from './memory';

/** Paths of relationship memory: a customer's personal facts, the suggestions to confirm, "ask about". */
export const CUSTOMER_FACTS_API = {
  customerMemory: (customerId: string) => `/api/v1/customers/${customerId}/memory`,
  customerFacts: (customerId: string) => `/api/v1/customers/${customerId}/facts`,
  fact: (id: string) => `/api/v1/customer-facts/${id}`,
} as const;

/** suggested: found in a customer message, waiting for an agent; confirmed: a fact; dismissed: declined, hidden. */
export const FactStatus = z.enum(['suggested', 'confirmed', 'dismissed']);
export type FactStatus = z.infer<typeof FactStatus>;

/** At most 3 "ask about" prompts, 200 facts and the 20 newest suggestions are shown. */
export const MEMORY_LIMITS = { askAbout: 3, facts: 200, suggestions: 20 } as const;

const FactText = z.string().trim().min(1, 'Write the fact').max(500);
const Person = z.object({ id: Id, name: z.string() });

export const CustomerFact = z
  .object({
    id: Id,
    customerId: Id,
    category: FactCategory,
    /** A suggestion's text is the customer's own words (the clause that carries the fact). */
    text: z.string(),
    status: FactStatus,
    /** When the customer said it (their message's time), or when an agent noted it. */
    mentionedAt: IsoDateTime,
    /** The customer message a suggestion came from; null for a fact an agent noted. */
    sourceMessageId: Id.nullable(),
    sourceConversationId: Id.nullable(),
    /** The agent who noted it; null for a suggestion Sincere made. */
    createdBy: Person.nullable(),
    confirmedBy: Person.nullable(),
    confirmedAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'CustomerFact' });
export type CustomerFact = z.infer<typeof CustomerFact>;

export const CustomerMemoryQuery = z.object({
  conversationId: Id.optional().describe(
    'The conversation being answered: "ask about" then holds only facts told before its current contact began',
  ),
});
export type CustomerMemoryQuery = z.infer<typeof CustomerMemoryQuery>;

/** What the customer panel shows. Dismissed suggestions are never part of it. */
export const CustomerMemory = z
  .object({
    askAbout: z
      .array(CustomerFact)
      .describe('Confirmed facts mentioned before this contact, most recent first, at most 3: what to ask about'),
    facts: z.array(CustomerFact).describe('Confirmed facts, most recently mentioned first'),
    suggestions: z.array(CustomerFact).describe('Suggestions waiting for an agent, newest first'),
  })
  .meta({ id: 'CustomerMemory' });
export type CustomerMemory = z.infer<typeof CustomerMemory>;

/** An agent notes a fact: it is confirmed at once. */
export const CreateFact = z
  .strictObject({
    category: FactCategory,
    text: FactText,
    mentionedAt: IsoDateTime.optional().describe('When the customer told it; now when not given'),
  })
  .meta({ id: 'CreateFact' });
export type CreateFact = z.infer<typeof CreateFact>;

/** Edit a fact's text or category; confirm a suggestion (`confirmed`) or decline it (`dismissed`). */
export const UpdateFact = z
  .strictObject({
    text: FactText.optional(),
    category: FactCategory.optional(),
    status: z.enum(['confirmed', 'dismissed']).optional(),
  })
  .refine((input) => input.text !== undefined || input.category !== undefined || input.status !== undefined, {
    message: 'Change the text, the category or the status',
    path: ['text'],
  })
  .meta({ id: 'UpdateFact' });
export type UpdateFact = z.infer<typeof UpdateFact>;
