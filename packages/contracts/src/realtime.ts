import { z } from 'zod';
import { ConversationEvent, ConversationSummary, Message } from './conversations';
import { User } from './users';

/** Path of the agents' WebSocket. Authenticated by the session cookie (or a bearer token). */
export const REALTIME_PATH = '/api/v1/realtime';

/**
 * What the server pushes to an agent's browser: typed deltas, never "refetch".
 * Each carries everything a client needs to update its state in place.
 */
export const ServerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), userId: z.string() }),
  z.object({ type: z.literal('pong') }),
  z.object({ type: z.literal('user.updated'), user: User }),
  z.object({ type: z.literal('conversation.event'), event: ConversationEvent }),
  /** The conversation's list row as it is now: lists update it in place. */
  z.object({ type: z.literal('conversation.updated'), conversation: ConversationSummary }),
  z.object({ type: z.literal('message.created'), conversationId: z.string(), message: Message }),
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

/** What a browser may send. Anything else closes the socket with code 1008. */
export const ClientEvent = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })]);
export type ClientEvent = z.infer<typeof ClientEvent>;
