import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';

/** Paths of promises and follow-ups. */
export const PROMISES_API = {
  replyCheck: (conversationId: string) => `/api/v1/conversations/${conversationId}/reply-check`,
  conversationPromises: (conversationId: string) => `/api/v1/conversations/${conversationId}/promises`,
  promises: '/api/v1/promises',
  promise: (id: string) => `/api/v1/promises/${id}`,
  keepPromise: (id: string) => `/api/v1/promises/${id}/keep`,
  cancelPromise: (id: string) => `/api/v1/promises/${id}/cancel`,
  conversationFollowUps: (conversationId: string) => `/api/v1/conversations/${conversationId}/follow-ups`,
  followUp: (id: string) => `/api/v1/follow-ups/${id}`,
} as const;

export const PromiseStatus = z.enum(['open', 'kept', 'broken', 'cancelled']);
export type PromiseStatus = z.infer<typeof PromiseStatus>;

const Person = z.object({ id: Id, name: z.string() });

/** How a promise was shown to be kept. */
export const PromiseEvidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('owner') }),
  z.object({ kind: z.literal('message'), messageId: Id, text: z.string() }),
  z.object({ kind: z.literal('connector_action'), connectorId: Id, action: z.string() }),
]);
export type PromiseEvidence = z.infer<typeof PromiseEvidence>;

/** `AgentPromise`, not `Promise`: the name must not shadow JavaScript's own. */
export const AgentPromise = z
  .object({
    id: Id,
    conversationId: Id,
    /** The reply that made it; null for one added by hand. */
    messageId: Id.nullable(),
    owner: Person,
    what: z.string(),
    dueAt: IsoDateTime,
    /** The words that gave the due time; null when the account's default delay was used. */
    timeText: z.string().nullable(),
    status: PromiseStatus,
    remindAt: IsoDateTime,
    remindedAt: IsoDateTime.nullable(),
    brokenAt: IsoDateTime.nullable(),
    keptAt: IsoDateTime.nullable(),
    keptBy: Person.nullable(),
    evidence: PromiseEvidence.nullable(),
    cancelledAt: IsoDateTime.nullable(),
    cancelReason: z.string().nullable(),
    createdBy: Person.nullable(),
    createdAt: IsoDateTime,
    /** For lists across conversations: whom it was made to. */
    customer: Person.nullable(),
  })
  .meta({ id: 'AgentPromise' });
export type AgentPromise = z.infer<typeof AgentPromise>;

const What = z.string().trim().min(1, 'Say what was promised').max(300);

/** The agent confirms a proposed promise (or adds one). No `dueAt`: now plus the account's default delay. */
export const NewPromiseRequest = z
  .strictObject({
    what: What,
    dueAt: IsoDateTime.optional(),
    timeText: z.string().max(200).nullable().optional(),
    ownerId: Id.optional().describe('Whose promise it is; the caller by default'),
    messageId: Id.optional().describe('The reply that made it'),
  })
  .meta({ id: 'NewPromiseRequest' });
export type NewPromiseRequest = z.infer<typeof NewPromiseRequest>;

/** Edit an open (or broken) promise: what, when, whose. A new due time resets the reminder. */
export const UpdatePromiseRequest = z
  .strictObject({ what: What.optional(), dueAt: IsoDateTime.optional(), ownerId: Id.optional() })
  .meta({ id: 'UpdatePromiseRequest' });
export type UpdatePromiseRequest = z.infer<typeof UpdatePromiseRequest>;

export const KeepPromiseRequest = z
  .strictObject({ messageId: Id.optional().describe('The reply that shows it is done') })
  .meta({ id: 'KeepPromiseRequest' });
export type KeepPromiseRequest = z.infer<typeof KeepPromiseRequest>;

export const CancelPromiseRequest = z
  .strictObject({ reason: z.string().trim().min(1, 'Say why the promise is cancelled').max(500) })
  .meta({ id: 'CancelPromiseRequest' });
export type CancelPromiseRequest = z.infer<typeof CancelPromiseRequest>;

/** The "promises due" view: open and broken promises by due time, soonest first. */
export const PromiseListQuery = z.object({
  status: z.enum(['open', 'broken', 'due', 'kept', 'cancelled']).default('due').describe('due: open or broken'),
  owner: z.enum(['me', 'anyone']).default('me'),
  dueBefore: IsoDateTime.optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type PromiseListQuery = z.infer<typeof PromiseListQuery>;

export const PromisePage = pageOf(AgentPromise);
export type PromisePage = z.infer<typeof PromisePage>;

export const ConversationPromises = z.object({ items: z.array(AgentPromise) });
export type ConversationPromises = z.infer<typeof ConversationPromises>;

/** What happens to open promises when their conversation is resolved. */
export const OpenPromisesDecision = z.enum(['keep_open', 'mark_kept', 'cancel']);
export type OpenPromisesDecision = z.infer<typeof OpenPromisesDecision>;

export const FollowUpStatus = z.enum(['scheduled', 'sent', 'reminded', 'cancelled', 'failed']);

export const FollowUp = z
  .object({
    id: Id,
    conversationId: Id,
    owner: Person,
    dueAt: IsoDateTime,
    /** send: Sincere sends `body` in the owner's name; remind: the owner is reminded to write personally. */
    mode: z.enum(['send', 'remind']),
    body: z.string(),
    status: FollowUpStatus,
    messageId: Id.nullable(),
    doneAt: IsoDateTime.nullable(),
    failure: z.string().nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof FollowUp>;

export const NewFollowUpRequest = z
  .strictObject({
    dueAt: IsoDateTime,
    mode: z.enum(['send', 'remind']),
    body: z.string().trim().min(1, 'Write the follow-up').max(5000),
  })
  .meta({ id: 'NewFollowUpRequest' });
export type NewFollowUpRequest = z.infer<typeof NewFollowUpRequest>;

export const ConversationFollowUps = z.object({ items: z.array(FollowUp) });
export type ConversationFollowUps = z.infer<typeof ConversationFollowUps>;
