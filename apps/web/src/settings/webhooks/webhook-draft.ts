import { ConversationEventType, type WebhookEndpoint } from '@sincere/contracts';

export interface WebhookDraft {
  url: string;
  description: string;
  /** Ticked event types; none ticked means every event. */
  events: readonly ConversationEventType[];
  allowPrivate: boolean;
}

export function draftOfWebhook(endpoint: WebhookEndpoint | null): WebhookDraft {
  return {
    url: endpoint?.url ?? '',
    description: endpoint?.description ?? '',
    events: endpoint?.events ?? [],
    allowPrivate: endpoint?.allowPrivate ?? false,
  };
}

/** Ticks or unticks one event type, keeping the contract's order so the list reads the same every time. */
export function toggleEvent(
  events: readonly ConversationEventType[],
  type: ConversationEventType,
  on: boolean,
): ConversationEventType[] {
  const chosen = new Set(events);
  if (on) chosen.add(type);
  else chosen.delete(type);
  return ConversationEventType.options.filter((option) => chosen.has(option));
}

/**
 * The body of POST /webhooks, or of PATCH /webhooks/:id when editing. An empty description is
 * left out of a new endpoint and cleared (null) on an existing one.
 */
export function webhookRequestOfDraft(draft: WebhookDraft, editing: boolean): Record<string, unknown> {
  const description = draft.description.trim();
  return {
    url: draft.url.trim(),
    events: [...draft.events],
    allowPrivate: draft.allowPrivate,
    ...(description ? { description } : editing ? { description: null } : {}),
  };
}
