import { z } from 'zod';
import { ConversationEvent, ConversationSummary, Message } from './conversations';
import { User } from './users';
import { BuiltInView } from './views';
import { AgentPresence } from './routing';
import { Notification } from './notifications';

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
  /**
   * Built-in view counters that changed: merge into those shown. `all` and `unassigned` go to
   * everyone; `mine` and `my_team` only to the people whose numbers they are.
   */
  z.object({ type: z.literal('views.changed'), counts: z.partialRecord(BuiltInView, z.number().int()) }),
  /** An agent's presence or capacity changed: team and assignment pickers update in place. */
  z.object({ type: z.literal('presence.changed'), agent: AgentPresence }),
  /** Sent only to the person notified (an @mention in a note…). */
  z.object({ type: z.literal('notification.created'), notification: Notification }),
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

/** What a browser may send. Anything else closes the socket with code 1008. */
export const ClientEvent = z.discriminatedUnion('type', [z.object({ type: z.literal('ping') })]);
export type ClientEvent = z.infer<typeof ClientEvent>;
