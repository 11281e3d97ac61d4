import type { ConversationDetail, ConversationEvent, ConversationSummary, Message } from '@sincere/contracts';

/** The open conversation after its list row changed: the row's fields win, the full customer stays. */
export function withSummary(detail: ConversationDetail, summary: ConversationSummary): ConversationDetail {
  if (summary.id !== detail.id) return detail;
  return { ...detail, ...summary, customer: { ...detail.customer, name: summary.customer.name } };
}

/** Appends a message once: our own reply arrives both as the response and over the socket. */
export function withMessage(detail: ConversationDetail, message: Message): ConversationDetail {
  if (detail.messages.some((existing) => existing.id === message.id)) return detail;
  return { ...detail, messages: [...detail.messages, message] };
}

export function withEvent(detail: ConversationDetail, event: ConversationEvent): ConversationDetail {
  if (event.conversationId !== detail.id || detail.events.some((existing) => existing.id === event.id)) return detail;
  return { ...detail, events: [...detail.events, event] };
}
