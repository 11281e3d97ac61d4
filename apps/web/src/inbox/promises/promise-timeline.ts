import type { ConversationEvent } from '@sincere/contracts';

/** The promise and follow-up events the conversation's history shows. */
export const PROMISE_EVENT_TYPES = [
  'promise.made',
  'promise.changed',
  'promise.reminded',
  'promise.kept',
  'promise.broken',
  'promise.cancelled',
  'follow_up.scheduled',
  'follow_up.sent',
  'follow_up.reminded',
  'follow_up.cancelled',
] as const satisfies readonly ConversationEvent['type'][];

export type PromiseEventType = (typeof PROMISE_EVENT_TYPES)[number];

export function isPromiseEvent(type: ConversationEvent['type']): type is PromiseEventType {
  return (PROMISE_EVENT_TYPES as readonly string[]).includes(type);
}

/** Keys under `promises.timeline.`. */
export type PromiseTimelineKey =
  | 'made'
  | 'madeFor'
  | 'changed'
  | 'reminded'
  | 'kept'
  | 'keptLate'
  | 'keptByReply'
  | 'keptByAction'
  | 'broken'
  | 'cancelled'
  | 'cancelledNoReason'
  | 'followUpPlannedSend'
  | 'followUpPlannedRemind'
  | 'followUpSent'
  | 'followUpReminded'
  | 'followUpCancelled';

export interface PromiseEventText {
  key: PromiseTimelineKey;
  /** Names are already looked up; `dueAt` is an ISO time for the caller to format in the reader's locale. */
  values: Record<string, string>;
  /** Shown as an alert (a broken promise). */
  alert: boolean;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The human line for a promise or follow-up event, or null for any other event. */
export function describePromiseEvent(
  event: ConversationEvent,
  nameOf: (userId: string | null) => string,
): PromiseEventText | null {
  if (!isPromiseEvent(event.type)) return null;
  const data = event.data;
  const owner = nameOf(text(data['ownerId']) || null);
  const actor = event.actorType === 'user' ? nameOf(event.actorId) : '';
  const values: Record<string, string> = { owner, actor, what: text(data['what']), dueAt: text(data['dueAt']) };
  const line = (key: PromiseTimelineKey, alert = false): PromiseEventText => ({ key, values, alert });
  switch (event.type) {
    case 'promise.made':
      // Someone may confirm a promise a colleague made: say both.
      return line(actor && event.actorId !== text(data['ownerId']) ? 'madeFor' : 'made');
    case 'promise.changed':
      return line('changed');
    case 'promise.reminded':
      return line('reminded');
    case 'promise.kept': {
      const evidence = data['evidence'];
      const kind = evidence && typeof evidence === 'object' && 'kind' in evidence ? text(evidence.kind) : '';
      if (data['late'] === true) return line('keptLate');
      if (kind === 'message') return line('keptByReply');
      if (kind === 'connector_action') return line('keptByAction');
      return line('kept');
    }
    case 'promise.broken':
      return line('broken', true);
    case 'promise.cancelled':
      values['reason'] = text(data['reason']);
      return line(values['reason'] ? 'cancelled' : 'cancelledNoReason');
    case 'follow_up.scheduled':
      return line(data['mode'] === 'send' ? 'followUpPlannedSend' : 'followUpPlannedRemind');
    case 'follow_up.sent':
      return line('followUpSent');
    case 'follow_up.reminded':
      return line('followUpReminded');
    case 'follow_up.cancelled':
      return line('followUpCancelled');
  }
}
