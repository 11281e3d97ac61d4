import { z } from 'zod';

/** The kinds of personal fact an agent can note about a customer (relationship memory). */
export const FACT_CATEGORIES = ['family', 'pets', 'hobbies', 'media', 'food_drink', 'sport', 'dates', 'other'] as const;

export const FactCategory = z.enum(FACT_CATEGORIES);
export type FactCategory = z.infer<typeof FactCategory>;

/**
 * A personal fact Sincere noticed in a customer's message and offers to an agent.
 * Only a suggestion: nothing becomes a fact until an agent confirms it.
 */
export const FactSuggestion = z
  .strictObject({
    category: FactCategory,
    text: z.string().min(1).max(300).describe('The customer’s own words that carry the fact: the clause, trimmed'),
    start: z.number().int().min(0).describe('Offset of `text` in the message text (UTF-16 code units)'),
    end: z.number().int().min(0).describe('Offset just past `text` in the message text'),
    language: z.enum(['ru', 'en', 'es', 'id', 'pt']),
  })
  .meta({ id: 'FactSuggestion' });
export type FactSuggestion = z.infer<typeof FactSuggestion>;
