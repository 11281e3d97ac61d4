import type { ConversationEvent } from '@sincere/contracts';

export interface ConversationChange {
  accountId: string;
  conversationId: string;
  /** The events the change appended, in order. */
  events: ConversationEvent[];
}

export type ConversationListener = (change: ConversationChange) => Promise<void>;

/**
 * Modules that react to conversation changes (routing, SLA, notifications)
 * register here instead of being called from each use case. Listeners run
 * after the change has committed, one after another; a failing listener is
 * reported and does not stop the others or fail the request.
 */
export class ConversationListeners {
  private readonly listeners: { name: string; listener: ConversationListener }[] = [];

  constructor(private readonly report: (name: string, error: unknown) => void) {}

  on(name: string, listener: ConversationListener): void {
    this.listeners.push({ name, listener });
  }

  async notify(change: ConversationChange): Promise<void> {
    if (change.events.length === 0) return;
    for (const { name, listener } of this.listeners) {
      try {
        await listener(change);
      } catch (error) {
        this.report(name, error);
      }
    }
  }
}
