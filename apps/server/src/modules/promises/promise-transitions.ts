import type { promises } from '@sincere/db';
import type { PromiseEvidence } from '@sincere/contracts';
import type { NewConversationEvent } from '../conversations/event-log';
import { promiseEventData } from './promise.mapper';
import type { PromiseRow } from './promises.repository';

/*
 * How a promise moves, as data: each transition is the row's changes and the event the log records. The use
 * cases (an agent's request, resolving, the sweeper, a "done" reply) apply them inside their own transaction.
 */

type Changes = Partial<typeof promises.$inferInsert>;
export interface Transition {
  changes: Changes;
  event: NewConversationEvent;
}
/** Who moved it: an agent, or the system (the sweeper, evidence found in a reply). */
export type Actor = { type: 'user'; id: string } | { type: 'system' };

/** Open and broken promises can still be kept (a broken one is kept late) or cancelled. */
export const UNSETTLED: readonly PromiseRow['status'][] = ['open', 'broken'];

function eventOf(row: PromiseRow, type: NewConversationEvent['type'], actor: Actor, at: Date, extra = {}) {
  return {
    accountId: row.accountId,
    conversationId: row.conversationId,
    type,
    actorType: actor.type,
    actorId: actor.type === 'user' ? actor.id : null,
    data: { ...promiseEventData(row), ...extra },
    occurredAt: at,
  };
}

export function keep(row: PromiseRow, actor: Actor, evidence: PromiseEvidence, at: Date): Transition {
  return {
    changes: {
      status: 'kept',
      keptAt: at,
      keptBy: actor.type === 'user' ? actor.id : null,
      keptEvidence: evidence,
      updatedAt: at,
    },
    event: eventOf(row, 'promise.kept', actor, at, { evidence, late: row.dueAt < at }),
  };
}

export function cancel(row: PromiseRow, actor: Actor, reason: string, at: Date): Transition {
  return {
    changes: {
      status: 'cancelled',
      cancelledAt: at,
      cancelledBy: actor.type === 'user' ? actor.id : null,
      cancelReason: reason,
      updatedAt: at,
    },
    event: eventOf(row, 'promise.cancelled', actor, at, { reason }),
  };
}

export function breakPromise(row: PromiseRow, at: Date): Transition {
  return {
    changes: { status: 'broken', brokenAt: at, updatedAt: at },
    event: eventOf(row, 'promise.broken', { type: 'system' }, at),
  };
}

export function remind(row: PromiseRow, at: Date): Transition {
  return {
    changes: { remindedAt: at, updatedAt: at },
    event: eventOf(row, 'promise.reminded', { type: 'system' }, at),
  };
}
