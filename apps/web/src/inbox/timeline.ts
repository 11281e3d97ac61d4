import type { ConversationEvent, Message } from '@sincere/contracts';
import { PROMISE_EVENT_TYPES } from './promises/promise-timeline';

export type TimelineEntry =
  { kind: 'message'; at: string; message: Message } | { kind: 'event'; at: string; event: ConversationEvent };

/** What a person reads in the history; messages show themselves, so their events are left out. */
const SHOWN = new Set<ConversationEvent['type']>([
  'conversation.assigned',
  'conversation.unassigned',
  'conversation.status_changed',
  'conversation.reopened',
  'conversation.priority_changed',
  'conversation.team_changed',
  'sla.breached',
  'conversation.merged',
  'conversation.merged_into',
  'conversation.split',
  'conversation.split_from',
  'conversation.forwarded',
  ...PROMISE_EVENT_TYPES,
]);

/** Messages and the events worth reading, oldest first; a message comes before an event of the same instant. */
export function buildTimeline(messages: readonly Message[], events: readonly ConversationEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...messages.map((message) => ({ kind: 'message' as const, at: message.createdAt, message })),
    ...events
      .filter((event) => SHOWN.has(event.type))
      // Reopening is told by the status change that comes with it.
      .filter(
        (event) =>
          !(event.type === 'conversation.status_changed' && event.data['to'] === 'open' && reopenedAt(events, event)),
      )
      .map((event) => ({ kind: 'event' as const, at: event.occurredAt, event })),
  ];
  const rank = (entry: TimelineEntry) => (entry.kind === 'message' ? 0 : 1);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || rank(a.entry) - rank(b.entry) || a.index - b.index,
    )
    .map(({ entry }) => entry);
}

function reopenedAt(events: readonly ConversationEvent[], change: ConversationEvent): boolean {
  return events.some((event) => event.type === 'conversation.reopened' && event.occurredAt === change.occurredAt);
}

type By = '' | 'ByUser' | 'ByCustomer';
export type TimelineKey =
  | 'assigned'
  | 'assignedWithReason'
  | 'assignedAuto'
  | 'assignedReplied'
  | 'unassigned'
  | 'unassignedWithReason'
  | `status${By}`
  | 'snoozeEnded'
  | `reopened${By}`
  | 'priority'
  | 'teamChanged'
  | 'teamRemoved'
  | 'slaBreached'
  | 'merged'
  | 'mergedInto'
  | 'split'
  | 'splitFrom'
  | 'forwarded'
  | 'other';

/** An i18n key under `timeline.` and its values; names are looked up by the caller (people may be renamed). */
export interface EventText {
  key: TimelineKey;
  values: Record<string, string>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** System reasons are codes; a person's reason is their own words. */
const REASON_CODES = new Set(['auto', 'replied', 'snooze_ended']);

export function describeEvent(event: ConversationEvent, nameOf: (userId: string | null) => string): EventText {
  const actor = event.actorType === 'user' ? nameOf(event.actorId) : '';
  const by: By = event.actorType === 'user' ? 'ByUser' : event.actorType === 'customer' ? 'ByCustomer' : '';
  const data = event.data;
  const reason = text(data['reason']);
  const values: Record<string, string> = { actor };
  if (reason && !REASON_CODES.has(reason)) values['reason'] = reason;
  switch (event.type) {
    case 'conversation.assigned': {
      values['to'] = nameOf(text(data['to']) || null);
      if (reason === 'auto') return { key: 'assignedAuto', values };
      if (reason === 'replied') return { key: 'assignedReplied', values };
      return { key: values['reason'] ? 'assignedWithReason' : 'assigned', values };
    }
    case 'conversation.unassigned':
      return { key: values['reason'] ? 'unassignedWithReason' : 'unassigned', values };
    case 'conversation.status_changed': {
      values['to'] = text(data['to']);
      if (reason === 'snooze_ended') return { key: 'snoozeEnded', values };
      return { key: `status${by}`, values };
    }
    case 'conversation.reopened':
      values['cycle'] = typeof data['cycle'] === 'number' ? String(data['cycle']) : '';
      return { key: `reopened${by}`, values };
    case 'conversation.priority_changed':
      values['to'] = text(data['to']);
      return { key: 'priority', values };
    case 'conversation.team_changed':
      return { key: data['to'] ? 'teamChanged' : 'teamRemoved', values };
    case 'sla.breached':
      values['target'] = text(data['target']);
      return { key: 'slaBreached', values };
    case 'conversation.merged':
      return { key: 'merged', values };
    case 'conversation.merged_into':
      return { key: 'mergedInto', values };
    case 'conversation.split':
      return { key: 'split', values };
    case 'conversation.split_from':
      return { key: 'splitFrom', values };
    case 'conversation.forwarded': {
      const to = data['to'];
      values['to'] = Array.isArray(to) ? to.filter((item) => typeof item === 'string').join(', ') : text(to);
      return { key: 'forwarded', values };
    }
    default:
      return { key: 'other', values: { ...values, type: event.type } };
  }
}
