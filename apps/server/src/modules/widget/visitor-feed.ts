import type { ServerEvent, WidgetServerEvent } from '@sincere/contracts';
import { isVisitorConnection } from './visitor-conversation';
import { widgetMessageFromDelta } from './widget.mapper';

/**
 * Narrows an account's realtime deltas to what one visitor may see: the team's replies in the visitor's own
 * conversations and who is writing one there. Everything else (other customers, notes, views, presence,
 * who is merely viewing) is dropped. Conversations become the visitor's as their deltas name the visitor's
 * customer, so no delta costs a query.
 */
export class VisitorFeed {
  private readonly own = new Set<string>();
  /** Agents' tabs writing a reply now: the only ones whose stop is worth telling. */
  private readonly writing = new Set<string>();

  constructor(
    private customerId: string | null,
    ownConversationId: string | null,
    private readonly send: (event: WidgetServerEvent) => void,
  ) {
    if (ownConversationId) this.own.add(ownConversationId);
  }

  /** Whether the hub should hand this socket a conversation's activity (`viewersOf`). */
  follows(conversationId: string): boolean {
    return this.own.has(conversationId);
  }

  handle(event: ServerEvent): void {
    switch (event.type) {
      case 'conversation.updated': {
        const { conversation } = event;
        if (this.customerId !== null && conversation.customer.id === this.customerId && conversation.channel === 'web')
          this.own.add(conversation.id);
        return;
      }
      case 'message.created':
      case 'message.updated': {
        if (!this.own.has(event.conversationId) || event.message.direction !== 'outbound') return;
        const message = widgetMessageFromDelta(event.message);
        if (message) this.send({ type: 'message', conversationId: event.conversationId, message });
        return;
      }
      case 'conversation.activity': {
        const { conversationId, activity } = event;
        if (!this.own.has(conversationId) || isVisitorConnection(activity.connectionId)) return;
        const key = activity.connectionId;
        if (activity.typing?.kind === 'reply') {
          this.writing.add(key);
          this.send({ type: 'typing', key, name: activity.user.name, forMs: activity.typing.forMs });
        } else if (this.writing.delete(key)) {
          // Stopped, switched to a note, or left: to the visitor, all the same.
          this.send({ type: 'typing', key, name: activity.user.name, forMs: 0 });
        }
        return;
      }
      default:
        return;
    }
  }
}
