import type { ConversationEvent } from '@sincere/contracts';

/** Statuses that count against an agent's capacity. */
const WORKING = new Set(['open', 'pending']);

export interface RoutingWork {
  /** The conversation may have joined its team's queue: serve that queue. */
  serveOwnTeam: boolean;
  /** Agents who have a slot free now: serve the queues of their teams. */
  freedUserIds: string[];
}

/** The only events that can give routing work: a change with none of them needs no look-up. */
const ROUTING_EVENTS = new Set<string>([
  'conversation.created',
  'conversation.team_changed',
  'conversation.reopened',
  'conversation.unassigned',
  'conversation.assigned',
  'conversation.status_changed',
]);

export function mayNeedRouting(events: readonly ConversationEvent[]): boolean {
  return events.some((event) => ROUTING_EVENTS.has(event.type));
}

/**
 * What a committed change means for routing. A conversation enters its team's
 * queue when it is created in a team, moved to one, unassigned or reopened; an
 * agent's slot frees when they are relieved of one (unassigned, reassigned) or
 * it stops being worked (resolved, snoozed).
 */
export function routingWorkFor(events: readonly ConversationEvent[], assigneeId: string | null): RoutingWork {
  let serveOwnTeam = false;
  const freed = new Set<string>();
  for (const event of events) {
    const { from, to } = event.data;
    switch (event.type) {
      case 'conversation.created':
      case 'conversation.team_changed':
      case 'conversation.reopened':
        serveOwnTeam = true;
        break;
      case 'conversation.unassigned':
      case 'conversation.assigned':
        if (event.type === 'conversation.unassigned') serveOwnTeam = true;
        if (typeof from === 'string') freed.add(from);
        break;
      case 'conversation.status_changed':
        if (to === 'open') serveOwnTeam = true;
        if (assigneeId && WORKING.has(String(from)) && !WORKING.has(String(to))) freed.add(assigneeId);
        break;
      default:
        break;
    }
  }
  return { serveOwnTeam, freedUserIds: [...freed] };
}
