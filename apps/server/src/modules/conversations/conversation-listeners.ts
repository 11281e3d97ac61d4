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
 * reported and does not stop the others or fail the request. Because the
 * outbox (`pending-reactions.ts`) runs them again after a crash or a failure,
 * every listener must be idempotent: the same change twice, one reaction.
 */
export class ConversationListeners {
  private readonly listeners: { name: string; listener: ConversationListener }[] = [];

  constructor(private readonly report: (name: string, error: unknown) => void) {}

  on(name: string, listener: ConversationListener): void {
    this.listeners.push({ name, listener });
  }

  /** True when every listener succeeded (the outbox record may go); false leaves it for a retry. */
  async notify(change: ConversationChange): Promise<boolean> {
    if (change.events.length === 0) return true;
    let succeeded = true;
    for (const { name, listener } of this.listeners) {
      try {
        await listener(change);
      } catch (error) {
        succeeded = false;
        this.report(name, error);
      }
    }
    return succeeded;
  }
}
