import type { AgentPromise } from '@sincere/contracts';
import { RunCardActionRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { cardActionRequest, unsettledPromises } from './action-promises';

const conversationId = '00000000-0000-4000-8000-0000000000c1';
let next = 0;
const promise = (what: string, status: AgentPromise['status'], dueAt: string): AgentPromise => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    conversationId,
    messageId: null,
    owner: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Diego' },
    what,
    dueAt,
    timeText: null,
    status,
    remindAt: dueAt,
    remindedAt: null,
    brokenAt: status === 'broken' ? dueAt : null,
    keptAt: status === 'kept' ? dueAt : null,
    keptBy: null,
    evidence: null,
    cancelledAt: status === 'cancelled' ? dueAt : null,
    cancelReason: null,
    createdBy: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    customer: null,
  };
};

describe('the promises a card action may keep', () => {
  it('offers open and broken promises, broken first, then the soonest due', () => {
    const items = [
      promise('Send the invoice', 'open', '2026-11-28T10:00:00.000Z'),
      promise('Refund the order', 'kept', '2026-11-21T10:00:00.000Z'),
      promise('Extend the subscription', 'open', '2026-11-27T10:00:00.000Z'),
      promise('Call back', 'cancelled', '2026-11-22T10:00:00.000Z'),
      promise('Replace the charger', 'broken', '2026-11-25T10:00:00.000Z'),
    ];
    expect(unsettledPromises(items).map((item) => item.what)).toEqual([
      'Replace the charger',
      'Extend the subscription',
      'Send the invoice',
    ]);
  });

  it('offers nothing when every promise is settled', () => {
    expect(unsettledPromises([promise('Refund the order', 'kept', '2026-11-21T10:00:00.000Z')])).toEqual([]);
  });
});

describe('the request that runs a card action', () => {
  it('names the promise the agent chose, and the server’s schema accepts it', () => {
    const promiseId = '00000000-0000-4000-8000-0000000000b1';
    const body = cardActionRequest(conversationId, { payload: { orderId: 1042 } }, promiseId);
    expect(body).toEqual({ conversationId, confirm: true, payload: { orderId: 1042 }, promiseId });
    expect(RunCardActionRequest.safeParse(body).success).toBe(true);
  });

  it('sends no promise (and no payload) when none was chosen', () => {
    const body = cardActionRequest(conversationId, {}, null);
    expect(body).toEqual({ conversationId, confirm: true });
    expect('promiseId' in body).toBe(false);
    expect(RunCardActionRequest.safeParse(body).success).toBe(true);
  });
});
