import type { ConversationDetail, ConversationEvent, ConversationSummary, Message } from '@sincere/contracts';

/** The open conversation after its list row changed: the row's fields win, the full customer stays. */
export function withSummary(detail: ConversationDetail, summary: ConversationSummary): ConversationDetail {
  if (summary.id !== detail.id) return detail;
  return { ...detail, ...summary, customer: { ...detail.customer, name: summary.customer.name } };
}

/**
 * Adds a message once (our own reply arrives both as the response and over the
 * socket), in time order: messages merged in from another conversation are older.
 */
export function withMessage(detail: ConversationDetail, message: Message): ConversationDetail {
  if (detail.messages.some((existing) => existing.id === message.id)) return detail;
  const at = Date.parse(message.createdAt);
  const index = detail.messages.findLastIndex((existing) => Date.parse(existing.createdAt) <= at);
  const messages = [...detail.messages];
  messages.splice(index + 1, 0, message);
  return { ...detail, messages };
}

/**
 * A message changed after it was created (its delivery went out or failed): the newer copy replaces it.
 * One not shown yet is added, since the update can overtake its own `message.created`.
 */
export function withUpdatedMessage(detail: ConversationDetail, message: Message): ConversationDetail {
  if (!detail.messages.some((existing) => existing.id === message.id)) return withMessage(detail, message);
  return { ...detail, messages: detail.messages.map((existing) => (existing.id === message.id ? message : existing)) };
}

/** Drops messages a merge or a split moved to another conversation. */
export function withoutMessages(detail: ConversationDetail, messageIds: readonly string[]): ConversationDetail {
  const moved = new Set(messageIds);
  if (!detail.messages.some((message) => moved.has(message.id))) return detail;
  return { ...detail, messages: detail.messages.filter((message) => !moved.has(message.id)) };
}

export function withEvent(detail: ConversationDetail, event: ConversationEvent): ConversationDetail {
  if (event.conversationId !== detail.id || detail.events.some((existing) => existing.id === event.id)) return detail;
  return { ...detail, events: [...detail.events, event] };
}
