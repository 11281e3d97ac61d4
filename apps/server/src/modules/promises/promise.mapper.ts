import { PromiseEvidence, type AgentPromise, type FollowUp } from '@sincere/contracts';
import type { FollowUpRow, PromiseListRow, PromiseRow } from './promises.repository';

type Names = ReadonlyMap<string, string>;

const person = (id: string | null, names: Names) => (id ? { id, name: names.get(id) ?? '' } : null);

/** Every person a promise names, to look their names up in one query. */
export function peopleOfPromise(row: PromiseRow): (string | null)[] {
  return [row.ownerId, row.createdBy, row.keptBy];
}

export function toAgentPromise(row: PromiseRow | PromiseListRow, names: Names): AgentPromise {
  const evidence = row.keptEvidence ? PromiseEvidence.safeParse(row.keptEvidence) : null;
  const customer = 'customerId' in row && row.customerId ? { id: row.customerId, name: row.customerName ?? '' } : null;
  return {
    id: row.id,
    conversationId: row.conversationId,
    messageId: row.messageId,
    owner: { id: row.ownerId, name: names.get(row.ownerId) ?? '' },
    what: row.what,
    dueAt: row.dueAt.toISOString(),
    timeText: row.timeText,
    status: row.status,
    remindAt: row.remindAt.toISOString(),
    remindedAt: row.remindedAt?.toISOString() ?? null,
    brokenAt: row.brokenAt?.toISOString() ?? null,
    keptAt: row.keptAt?.toISOString() ?? null,
    keptBy: person(row.keptBy, names),
    evidence: evidence?.success ? evidence.data : null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    createdBy: person(row.createdBy, names),
    createdAt: row.createdAt.toISOString(),
    customer,
  };
}

export function toFollowUp(row: FollowUpRow, names: Names): FollowUp {
  return {
    id: row.id,
    conversationId: row.conversationId,
    owner: { id: row.ownerId, name: names.get(row.ownerId) ?? '' },
    dueAt: row.dueAt.toISOString(),
    mode: row.mode,
    body: row.body,
    status: row.status,
    messageId: row.messageId,
    doneAt: row.doneAt?.toISOString() ?? null,
    failure: row.failure,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The data every promise event carries: enough for a webhook consumer and the timeline without a look-up. */
export function promiseEventData(row: PromiseRow): Record<string, unknown> {
  return { promiseId: row.id, what: row.what, dueAt: row.dueAt.toISOString(), ownerId: row.ownerId };
}
