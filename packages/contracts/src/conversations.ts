import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';

export const Channel = z.enum(['web', 'email', 'telegram', 'api']);
export type Channel = z.infer<typeof Channel>;
export const ConversationStatus = z.enum(['open', 'pending', 'snoozed', 'resolved']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;
export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof Priority>;
export const MessageDirection = z.enum(['inbound', 'outbound', 'note']);

export const Customer = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.string().nullable(),
    country: z.string().nullable(),
    timeZone: z.string().nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof Customer>;

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
    createdAt: IsoDateTime,
    lastMessageAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'ConversationSummary' });
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const Message = z
  .object({
    id: Id,
    direction: MessageDirection,
    author: z.object({ id: Id, name: z.string() }).nullable(),
    body: z.string(),
    language: z.string().nullable(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const ConversationEventType = z.enum([
  'conversation.created',
  'message.inbound',
  'message.outbound',
  'note.added',
  'conversation.assigned',
  'conversation.unassigned',
  'conversation.status_changed',
  'conversation.priority_changed',
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

export const ConversationListQuery = z.object({
  status: ConversationStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ConversationPage = pageOf(ConversationSummary);
export type ConversationPage = z.infer<typeof ConversationPage>;
