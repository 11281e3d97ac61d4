import { z } from 'zod';
import { Id } from './common';
import { Channel, ConversationStatus, Priority, Tag } from './conversations';

/**
 * Which conversations a list shows. Every criterion narrows the list (AND);
 * a list inside one criterion means any of them (OR). The same schema serves
 * built-in views, saved views and search.
 */
export const ConversationFilter = z
  .object({
    status: z.array(ConversationStatus).min(1).optional(),
    /** 'me': the caller; 'none': unassigned; or a user id. */
    assignee: z.union([z.literal('me'), z.literal('none'), Id]).optional(),
    /** 'mine': any team the caller belongs to; or a team id. */
    team: z.union([z.literal('mine'), Id]).optional(),
    /** Conversations carrying all of these tags. */
    tags: z.array(Tag).min(1).max(10).optional(),
    channel: z.array(Channel).min(1).optional(),
    priority: z.array(Priority).min(1).optional(),
    /** The customer's language (BCP 47 primary subtag, e.g. 'ru') and country (ISO 3166-1 alpha-2). */
    customerLanguage: z.array(z.string().min(2).max(8)).min(1).optional(),
    customerCountry: z.array(z.string().length(2).toUpperCase()).min(1).optional(),
    /** One customer's conversations (all channels): the customer panel, merging. */
    customerId: Id.optional(),
    /** Customers waiting for an answer for longer than this. */
    waitingLongerThanMinutes: z.number().int().min(1).max(525_600).optional(),
  })
  .strict()
  .meta({ id: 'ConversationFilter' });
export type ConversationFilter = z.infer<typeof ConversationFilter>;

/** waiting: longest-waiting customer first; recent: latest activity first; oldest: earliest created first. */
export const ConversationSort = z.enum(['waiting', 'recent', 'oldest']);
export type ConversationSort = z.infer<typeof ConversationSort>;

/** The views every agent has without saving anything. */
export const BUILT_IN_VIEWS = ['mine', 'unassigned', 'my_team', 'all'] as const;
export const BuiltInView = z.enum(BUILT_IN_VIEWS);
export type BuiltInView = z.infer<typeof BuiltInView>;
