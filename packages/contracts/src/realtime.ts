import { z } from 'zod';
import { ConversationEvent, ConversationSummary, Message } from './conversations';
import { User } from './users';
import { BuiltInView } from './views';
import { AgentPresence } from './routing';
import { Notification } from './notifications';
import { Id } from './common';
import { AgentActivity, TypingKind } from './conversation-activity';

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
  /** A message changed after it was created: its delivery through a channel went out or failed. */
  z.object({ type: z.literal('message.updated'), conversationId: z.string(), message: Message }),
  /** A merge or a split moved these messages to another conversation: views of the old one drop them. */
  z.object({
    type: z.literal('messages.moved'),
    fromConversationId: z.string(),
    toConversationId: z.string(),
    messageIds: z.array(z.string()),
  }),
  /**
   * Built-in view counters that changed: merge into those shown. `all` and `unassigned` go to
   * everyone; `mine` and `my_team` only to the people whose numbers they are.
   */
  z.object({ type: z.literal('views.changed'), counts: z.partialRecord(BuiltInView, z.number().int()) }),
  /** An agent's presence or capacity changed: team and assignment pickers update in place. */
  z.object({ type: z.literal('presence.changed'), agent: AgentPresence }),
  /** Sent only to the person notified (an @mention in a note…). */
  z.object({ type: z.literal('notification.created'), notification: Notification }),
  /**
   * Another agent's tab opened, is writing in, or left a conversation this socket has open (collision warning).
   * Only the sockets viewing the conversation get it, never the acting agent's own; `viewingForMs: 0` with
   * `typing: null` means it left. Entries expire by themselves after their durations.
   */
  z.object({ type: z.literal('conversation.activity'), conversationId: Id, activity: AgentActivity }),
  /** Answer to a socket's first `viewing` of a conversation: who else is there already, as far as this process knows. */
  z.object({
    type: z.literal('conversation.activity.snapshot'),
    conversationId: Id,
    activities: z.array(AgentActivity),
  }),
]);
export type ServerEvent = z.infer<typeof ServerEvent>;

/** What a browser may send. Anything else closes the socket with code 1008. */
export const ClientEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  /** The agent has the conversation open in a visible tab; repeated every 15 s as a heartbeat. */
  z.object({ type: z.literal('viewing'), conversationId: Id }),
  z.object({ type: z.literal('viewing.stopped'), conversationId: Id }),
  /** The agent is writing (implies viewing); repeated at most every 2.5 s while they type. */
  z.object({ type: z.literal('typing'), conversationId: Id, kind: TypingKind }),
  /** Sent, cleared or switched away: back to just viewing. */
  z.object({ type: z.literal('typing.stopped'), conversationId: Id }),
]);
export type ClientEvent = z.infer<typeof ClientEvent>;
