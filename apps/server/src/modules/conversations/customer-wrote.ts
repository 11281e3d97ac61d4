import type { conversations } from '@sincere/db';
import type { NewConversationEvent } from './event-log';
import type { ConversationRow } from './conversation-writes';

/**
 * What a customer's message does to the conversation it lands in, whichever way it came (API, widget,
 * email, Telegram): it waits for an answer from now on (unless it already did), a resolved conversation
 * reopens as a new cycle, a pending or snoozed one wakes.
 */
export function customerWrote(
  conversation: ConversationRow,
  messageId: string,
  now: Date,
): { changes: Partial<typeof conversations.$inferInsert>; events: NewConversationEvent[] } {
  const byCustomer = {
    accountId: conversation.accountId,
    conversationId: conversation.id,
    occurredAt: now,
    actorType: 'customer' as const,
    actorId: conversation.customerId,
  };
  const events: NewConversationEvent[] = [{ ...byCustomer, type: 'message.inbound', data: { messageId } }];
  const changes: Partial<typeof conversations.$inferInsert> = {
    updatedAt: now,
    lastMessageAt: now,
    waitingSince: conversation.waitingSince ?? now,
  };
  if (conversation.status === 'resolved') {
    changes.status = 'open';
    changes.cycle = conversation.cycle + 1;
    events.push({ ...byCustomer, type: 'conversation.reopened', data: { cycle: conversation.cycle + 1 } });
  } else if (conversation.status !== 'open') {
    changes.status = 'open';
    changes.snoozedUntil = null;
    events.push({
      ...byCustomer,
      type: 'conversation.status_changed',
      data: { from: conversation.status, to: 'open' },
    });
  }
  return { changes, events };
}
