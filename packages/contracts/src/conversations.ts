import { z } from 'zod';
import { OpenPromisesDecision } from './promises';
import { Id, IsoDateTime, pageOf } from './common';
import { Attachment, MAX_ATTACHMENTS_PER_MESSAGE } from './attachments';
import { ErrorCodeSchema } from './errors';

export const Channel = z.enum(['web', 'email', 'telegram', 'api']);
export type Channel = z.infer<typeof Channel>;
export const ConversationStatus = z.enum(['open', 'pending', 'snoozed', 'resolved']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;
export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof Priority>;
export const MessageDirection = z.enum(['inbound', 'outbound', 'note']);

export const CustomerIdentityKind = z.enum(['email', 'telegram', 'web_user', 'web_visitor', 'api', 'phone']);
export type CustomerIdentityKind = z.infer<typeof CustomerIdentityKind>;

/** How a channel knows the customer. */
export const CustomerIdentity = z
  .object({
    kind: CustomerIdentityKind,
    value: z
      .string()
      .nullable()
      .describe('Null for an anonymous widget visitor (web_visitor): what identifies them is never shown'),
  })
  .meta({ id: 'CustomerIdentity' });
export type CustomerIdentity = z.infer<typeof CustomerIdentity>;

/** Money in minor units (cents, kopecks) of an ISO 4217 currency. */
export const CustomerRevenue = z
  .object({ amountCents: z.number().int(), currency: z.string() })
  .meta({ id: 'CustomerRevenue' });
export type CustomerRevenue = z.infer<typeof CustomerRevenue>;

export const Customer = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.string().nullable(),
    country: z.string().nullable(),
    timeZone: z.string().nullable(),
    company: z.string().nullable(),
    /** How the team addresses this person ("Ibu Sari", "Екатерина Сергеевна"). */
    addressAs: z.string().nullable(),
    /** "How did you hear about us?" */
    referralSource: z.string().nullable(),
    plan: z.string().nullable(),
    revenue: CustomerRevenue.nullable(),
    /** Values of the account's customer fields (GET /customer-attributes), by key: numbers, 'YYYY-MM-DD' dates, text. */
    attributes: z.record(z.string(), z.union([z.string(), z.number()])),
    identities: z.array(CustomerIdentity),
    /** Set once merged into another customer: this one only points there (follow it). */
    mergedIntoId: Id.nullable(),
    /** Set once everything personal was erased on request. */
    forgottenAt: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

/** ok → warning (under 20% of the target left) → breached; met or met_late once the clock stopped. */
export const SlaState = z.enum(['ok', 'warning', 'breached', 'met', 'met_late']);
export type SlaState = z.infer<typeof SlaState>;
const SlaClock = z.object({ dueAt: IsoDateTime, state: SlaState });
export const ConversationSla = z
  .object({ firstResponse: SlaClock.optional(), resolution: SlaClock.optional() })
  .meta({ id: 'ConversationSla' });
export type ConversationSla = z.infer<typeof ConversationSla>;

export const ConversationSummary = z
  .object({
    id: Id,
    customer: z.object({ id: Id, name: z.string() }),
    channel: Channel,
    subject: z.string().nullable(),
    language: z.string().nullable(),
    status: ConversationStatus,
    priority: Priority,
    assignee: z.object({ id: Id, name: z.string() }).nullable(),
    team: z.object({ id: Id, name: z.string() }).nullable(),
    tags: z.array(z.string()),
    snoozedUntil: IsoDateTime.nullable(),
    /** 1, then +1 each time the conversation is reopened after being resolved. */
    cycle: z.number().int(),
    /** Since when the customer has been waiting for an answer; null when they are not. */
    waitingSince: IsoDateTime.nullable(),
    createdAt: IsoDateTime,
    lastMessageAt: IsoDateTime.nullable(),
    /** The current cycle's SLA clocks; null without a policy or once resolved. */
    sla: ConversationSla.nullable(),
    /** Set once this conversation was merged into another: it is resolved, and its messages live on there. */
    mergedIntoId: Id.nullable(),
  })
  .meta({ id: 'ConversationSummary' });
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const Message = z
  .object({
    id: Id,
    direction: MessageDirection,
    author: z.object({ id: Id, name: z.string() }).nullable(),
    body: z.string(),
    format: z.enum(['plain', 'markdown']),
    language: z.string().nullable(),
    createdAt: IsoDateTime,
    attachments: z.array(Attachment),
    /**
     * A reply sent out through the conversation's channel (email, Telegram): pending until it is out, sent, or
     * failed with the channel's reason (retried meanwhile). Null for messages no channel carries.
     */
    delivery: z.object({ status: z.enum(['pending', 'sent', 'failed']), error: z.string().nullable() }).nullable(),
    /** An email whose quoted part, signature or HTML original was set aside: GET …/messages/{id}/original shows it. */
    hasOriginal: z.boolean(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const ConversationEventType = z.enum([
  'conversation.created',
  'message.inbound',
  'message.outbound',
  /** A customer edited a message in their messenger (Telegram): the text now, the text before. */
  'message.edited',
  'note.added',
  'conversation.assigned',
  'conversation.unassigned',
  'conversation.status_changed',
  'conversation.reopened',
  'conversation.priority_changed',
  'conversation.tags_changed',
  'conversation.team_changed',
  'sla.warning',
  'sla.breached',
  /** On the target: { sourceId, messageIds } moved in. The source's own events stay in its log. */
  'conversation.merged',
  /** On the source: { targetId } it now lives on in. */
  'conversation.merged_into',
  /** On the source: { messageId, newConversationId } the message now starts. */
  'conversation.split',
  /** On the new conversation, after its conversation.created: { sourceId, messageId }. */
  'conversation.split_from',
  /** Promises: { promiseId, what, dueAt, ownerId } (made, changed), plus { reason } (cancelled), { evidence } (kept). */
  'promise.made',
  'promise.changed',
  'promise.reminded',
  'promise.kept',
  'promise.broken',
  'promise.cancelled',
  /** Follow-ups after resolving: { followUpId, dueAt, mode, ownerId }, plus { messageId } when sent. */
  'follow_up.scheduled',
  'follow_up.sent',
  'follow_up.reminded',
  'follow_up.cancelled',
  /** An agent asked to forward it: { forwardId, to, includeNotes }. */
  'conversation.forward_requested',
  /** The mail went out: { forwardId, to, messageCount, messageId } (messageId is the email's Message-ID). */
  'conversation.forwarded',
]);
export type ConversationEventType = z.infer<typeof ConversationEventType>;

export const ConversationEvent = z
  .object({
    id: Id,
    seq: z.number().int(),
    conversationId: Id,
    type: ConversationEventType,
    actorType: z.enum(['user', 'customer', 'system']),
    actorId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    occurredAt: IsoDateTime,
  })
  .meta({ id: 'ConversationEvent' });
export type ConversationEvent = z.infer<typeof ConversationEvent>;

export const ConversationDetail = ConversationSummary.extend({
  customer: Customer,
  messages: z.array(Message),
  events: z.array(ConversationEvent),
}).meta({ id: 'ConversationDetail' });
export type ConversationDetail = z.infer<typeof ConversationDetail>;

// ConversationListQuery (view, filter fields, sort) lives in saved-views.ts: it needs views.ts, which imports this file.
export const ConversationPage = pageOf(ConversationSummary);
export type ConversationPage = z.infer<typeof ConversationPage>;

/** Tags are short labels, compared case-insensitively: stored trimmed and lower-cased. */
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(50)
  .regex(/^[^,]+$/, 'No commas in a tag');
/** May be empty only when the message carries attachments (checked by `hasBodyOrAttachments`). */
const MessageBody = z.string().trim().max(50_000);
const ClientMessageId = z
  .string()
  .min(1)
  .max(200)
  .describe('Your own id for this message: sending it again returns the stored message instead of a copy');

export const NewMessage = z
  .object({
    body: MessageBody.default(''),
    format: z.enum(['plain', 'markdown']).default('plain'),
    clientMessageId: ClientMessageId.optional(),
    /** Uploads of the caller (POST /attachments) not attached to a message yet. */
    attachmentIds: z.array(Id).max(MAX_ATTACHMENTS_PER_MESSAGE).default([]),
  })
  .strict();

/** A refinement of the requests, not of NewMessage itself, so that NewMessage can still be extended. */
const hasBodyOrAttachments = (message: { body: string; attachmentIds: string[] }) =>
  message.body !== '' || message.attachmentIds.length > 0;
const EMPTY_MESSAGE = { message: 'The message is empty: write something or attach a file', path: ['body'] };

export const CustomerRef = z.union([
  z.object({ id: Id }).strict(),
  z
    .object({
      name: z.string().trim().min(1).max(200),
      email: z.email().max(254).optional(),
      phone: z.string().trim().min(3).max(40).optional(),
      locale: z.string().min(2).max(35).optional(),
      country: z.string().length(2).toUpperCase().optional(),
      timeZone: z.string().min(1).max(64).optional(),
    })
    .strict(),
]);

/** A customer's first message opens a conversation (the API channel; the other channels call the same use case). */
export const CreateConversationRequest = z
  .object({
    customer: CustomerRef.describe('An existing customer by id, or one found by email (or created) from these fields'),
    channel: Channel.default('api'),
    subject: z.string().trim().max(300).optional(),
    language: z.string().min(2).max(35).optional(),
    priority: Priority.default('normal'),
    tags: z.array(Tag).max(30).default([]),
    /** The team it is routed to; a team with automatic assignment gives it to an online member at once. */
    teamId: Id.optional(),
    message: NewMessage.refine(hasBodyOrAttachments, EMPTY_MESSAGE),
  })
  .strict();
export type CreateConversationRequest = z.infer<typeof CreateConversationRequest>;

export const AddMessageRequest = NewMessage.extend({
  /** inbound: from the customer (integrations); outbound: a reply by the caller; note: internal, never sent. */
  direction: MessageDirection,
})
  .strict()
  .refine(hasBodyOrAttachments, EMPTY_MESSAGE);
export type AddMessageRequest = z.infer<typeof AddMessageRequest>;

/** Paths of the batch ingestion API. */
export const BATCH_API = {
  messages: '/api/v1/messages/batch',
} as const;

export const MAX_BATCH_MESSAGES = 500;

/** One customer message of a batch: text only (files go one message at a time, through the conversation). */
export const BatchMessage = z
  .strictObject({
    conversationId: Id,
    body: MessageBody.pipe(z.string().min(1, 'A message needs text')),
    format: z.enum(['plain', 'markdown']).default('plain'),
    clientMessageId: ClientMessageId.describe(
      'Your own id for this message (required in a batch): sending the batch again stores nothing twice',
    ),
  })
  .meta({ id: 'BatchMessage' });

export const AddMessagesBatchRequest = z
  .strictObject({ messages: z.array(BatchMessage).min(1).max(MAX_BATCH_MESSAGES) })
  .meta({ id: 'AddMessagesBatchRequest' });
export type AddMessagesBatchRequest = z.infer<typeof AddMessagesBatchRequest>;

/** What became of one message of a batch, in the order they were sent. */
export const BatchMessageResult = z
  .object({
    clientMessageId: z.string(),
    status: z
      .enum(['created', 'duplicate', 'rejected'])
      .describe('duplicate: stored before (by an earlier request or earlier in this batch); nothing was added'),
    conversationId: Id.nullable().describe('Where the message is: a merged conversation’s messages land in its target'),
    messageId: Id.nullable(),
    error: z.object({ code: ErrorCodeSchema, message: z.string() }).nullable(),
  })
  .meta({ id: 'BatchMessageResult' });
export type BatchMessageResult = z.infer<typeof BatchMessageResult>;

export const AddMessagesBatchResponse = z
  .object({ results: z.array(BatchMessageResult) })
  .meta({ id: 'AddMessagesBatchResponse' });
export type AddMessagesBatchResponse = z.infer<typeof AddMessagesBatchResponse>;

export const UpdateConversationRequest = z
  .object({
    status: ConversationStatus.optional(),
    /** Required with status 'snoozed': when it reopens by itself. */
    snoozedUntil: IsoDateTime.optional(),
    priority: Priority.optional(),
    tags: z.array(Tag).max(30).optional(),
    teamId: Id.nullable().optional(),
    /**
     * Resolving with open promises: what happens to them. Without it such a resolve is refused (409
     * open_promises) so that the agent is asked.
     */
    openPromises: OpenPromisesDecision.optional(),
    /** Why the open promises are cancelled (with openPromises 'cancel'). */
    openPromisesReason: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .refine((input) => input.openPromises !== 'cancel' || input.openPromisesReason !== undefined, {
    message: 'Say why the open promises are cancelled',
    path: ['openPromisesReason'],
  })
  .refine((input) => input.status !== 'snoozed' || input.snoozedUntil !== undefined, {
    message: 'Say until when to snooze',
    path: ['snoozedUntil'],
  })
  .refine((input) => input.snoozedUntil === undefined || input.status === 'snoozed', {
    message: 'Only a snoozed conversation has a snooze time',
    path: ['snoozedUntil'],
  });
export type UpdateConversationRequest = z.infer<typeof UpdateConversationRequest>;

export const AssignConversationRequest = z
  .object({
    /** null unassigns. */
    assigneeId: Id.nullable(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type AssignConversationRequest = z.infer<typeof AssignConversationRequest>;
