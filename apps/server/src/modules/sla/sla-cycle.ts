import type { ConversationEventType } from '@sincere/contracts';
import type { PendingPeriod, SlaCycle } from './sla-clock';

/** What the SLA clocks need of a logged event, in log order. */
export interface CycleEvent {
  type: ConversationEventType;
  actorType: 'user' | 'customer' | 'system';
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** The event types that can move a clock: anything else leaves the due times as they are. */
export const SLA_RELEVANT_EVENTS: ReadonlySet<ConversationEventType> = new Set<ConversationEventType>([
  'conversation.created',
  'message.inbound',
  'message.outbound',
  'conversation.status_changed',
  'conversation.reopened',
  'conversation.priority_changed',
  'conversation.team_changed',
  'conversation.split_from',
]);

/** The events of the current cycle: those from its last reopening on. */
export function currentCycleEvents(events: readonly CycleEvent[]): CycleEvent[] {
  let current: CycleEvent[] = [];
  for (const event of events) {
    if (event.type === 'conversation.reopened') {
      // A customer's message reopens a conversation and is logged just before the reopening: it starts the new cycle.
      const previous = current.at(-1);
      const reopenedBy =
        event.actorType === 'customer' && previous?.type === 'message.inbound' && previous.actorType === 'customer'
          ? previous
          : null;
      current = reopenedBy ? [reopenedBy] : [];
    }
    current.push(event);
  }
  return current;
}

/**
 * The SLA clocks' view of the current cycle, read from the event log: its first customer
 * message, the first reply of a person after it, its resolution and its pending periods.
 * Null while the cycle has no customer message (an agent reopened it): no clock runs then.
 */
export function slaCycleOf(events: readonly CycleEvent[]): SlaCycle | null {
  const cycle = currentCycleEvents(events);
  // A conversation split off another starts with the customer message it was given, logged only in the source.
  const startIndex = cycle.findIndex(
    (event) => event.type === 'message.inbound' || event.type === 'conversation.split_from',
  );
  const start = cycle[startIndex];
  if (!start) return null;
  const messageAt = start.type === 'conversation.split_from' ? start.data['messageAt'] : undefined;
  const startedAt = typeof messageAt === 'string' ? new Date(messageAt) : start.occurredAt;
  // A reply through an API token counts: the token acts for its person. Automations write as 'system' and do not.
  const reply = cycle
    .slice(startIndex)
    .find((event) => event.type === 'message.outbound' && event.actorType === 'user');
  const statusChanges = cycle.filter((event) => event.type === 'conversation.status_changed');
  const last = statusChanges.at(-1);
  const pendingPeriods: PendingPeriod[] = [];
  let pendingSince: Date | null = null;
  for (const change of statusChanges) {
    if (change.data['to'] === 'pending' && pendingSince === null) pendingSince = change.occurredAt;
    else if (change.data['to'] !== 'pending' && pendingSince !== null) {
      pendingPeriods.push({ from: pendingSince, to: change.occurredAt });
      pendingSince = null;
    }
  }
  if (pendingSince !== null) pendingPeriods.push({ from: pendingSince, to: null });
  return {
    startedAt,
    firstHumanReplyAt: reply?.occurredAt ?? null,
    resolvedAt: last?.data['to'] === 'resolved' ? last.occurredAt : null,
    pendingPeriods,
  };
}
