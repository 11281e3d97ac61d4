import type { ConversationEvent } from '@sincere/contracts';

export interface ConversationChange {
  accountId: string;
  conversationId: string;
  /** The events the change appended, in order. */
  events: ConversationEvent[];
  /**
   * What the writer read under the conversation's lock: true when its current cycle's clocks had already started
   * (SLA then needs no look-up for further customer messages). Absent when unknown, as in a retried reaction.
   */
  cycleStarted?: boolean;
}

export type ConversationListener = (change: ConversationChange) => Promise<void>;
/** Reacts to several committed changes at once (a batch of messages): one look-up for all of them. */
export type ManyChangesListener = (changes: ConversationChange[]) => Promise<void>;

interface Registered {
  name: string;
  listener: ConversationListener;
  many: ManyChangesListener | undefined;
}

/**
 * Modules that react to conversation changes (routing, SLA, notifications)
 * register here instead of being called from each use case. Listeners run
 * after the change has committed, one after another; a failing listener is
 * reported and does not stop the others or fail the request. Because the
 * outbox (`pending-reactions.ts`) runs them again after a crash or a failure,
 * every listener must be idempotent: the same change twice, one reaction.
 */
export class ConversationListeners {
  private readonly listeners: Registered[] = [];

  constructor(private readonly report: (name: string, error: unknown) => void) {}

  /** `many`, when given, takes the changes of a batch in one call; without it they come one by one. */
  on(name: string, listener: ConversationListener, many?: ManyChangesListener): void {
    this.listeners.push({ name, listener, many });
  }

  /** True when every listener succeeded (the outbox record may go); false leaves it for a retry. */
  async notify(change: ConversationChange): Promise<boolean> {
    return this.notifyAll([change]);
  }

  /** Several committed changes at once: true when every listener succeeded for all of them. */
  async notifyAll(changes: ConversationChange[]): Promise<boolean> {
    const withEvents = changes.filter((change) => change.events.length > 0);
    if (withEvents.length === 0) return true;
    let succeeded = true;
    for (const { name, listener, many } of this.listeners) {
      try {
        if (many && withEvents.length > 1) await many(withEvents);
        else for (const change of withEvents) await listener(change);
      } catch (error) {
        succeeded = false;
        this.report(name, error);
      }
    }
    return succeeded;
  }
}
