import { describe, expect, it } from 'vitest';
import type { ConversationEvent, Message } from '@sincere/contracts';
import { buildTimeline, describeEvent } from './timeline';

const message = (id: string, createdAt: string): Message => ({
  id,
  direction: 'inbound',
  author: null,
  body: id,
  format: 'plain',
  language: null,
  createdAt,
  attachments: [],
  delivery: null,
  hasOriginal: false,
});
let seq = 0;
const event = (
  type: ConversationEvent['type'],
  occurredAt: string,
  data: Record<string, unknown> = {},
  actor: Pick<ConversationEvent, 'actorType' | 'actorId'> = { actorType: 'user', actorId: 'u1' },
): ConversationEvent => ({ id: `e${++seq}`, seq, conversationId: 'c', type, data, occurredAt, ...actor });

const names = (id: string | null) => ({ u1: 'Dana', u2: 'Dewi' })[id ?? ''] ?? 'someone';

describe('the conversation timeline', () => {
  it('interleaves messages and readable events by time, leaving out the events messages already tell', () => {
    const timeline = buildTimeline(
      [message('m1', '2026-11-25T10:00:00Z'), message('m2', '2026-11-25T10:05:00Z')],
      [
        event('conversation.created', '2026-11-25T10:00:00Z'),
        event('message.inbound', '2026-11-25T10:00:00Z'),
        event('conversation.assigned', '2026-11-25T10:01:00Z', { from: null, to: 'u2' }),
        event('conversation.status_changed', '2026-11-25T10:05:00Z', { from: 'open', to: 'resolved' }),
      ],
    );
    expect(timeline.map((entry) => (entry.kind === 'message' ? entry.message.id : entry.event.type))).toEqual([
      'm1',
      'conversation.assigned',
      'm2',
      'conversation.status_changed',
    ]);
  });

  it('tells a reopening once, not also as a status change', () => {
    const at = '2026-11-25T11:00:00Z';
    const timeline = buildTimeline(
      [],
      [
        event('conversation.reopened', at, { cycle: 2 }, { actorType: 'customer', actorId: 'k' }),
        event(
          'conversation.status_changed',
          at,
          { from: 'resolved', to: 'open' },
          { actorType: 'customer', actorId: 'k' },
        ),
      ],
    );
    expect(timeline).toHaveLength(1);
  });
});

describe('describing an event', () => {
  it('keeps a person’s reason in their own words, and turns system reasons into their own sentences', () => {
    expect(describeEvent(event('conversation.assigned', 'x', { to: 'u2', reason: 'Habla español' }), names)).toEqual({
      key: 'assignedWithReason',
      values: { actor: 'Dana', to: 'Dewi', reason: 'Habla español' },
    });
    expect(describeEvent(event('conversation.assigned', 'x', { to: 'u2', reason: 'auto' }), names)).toEqual({
      key: 'assignedAuto',
      values: { actor: 'Dana', to: 'Dewi' },
    });
  });

  it('says who changed the status: a person, the customer, or the snooze ending', () => {
    expect(describeEvent(event('conversation.status_changed', 'x', { to: 'resolved' }), names).key).toBe(
      'statusByUser',
    );
    expect(
      describeEvent(
        event('conversation.status_changed', 'x', { to: 'open' }, { actorType: 'customer', actorId: 'k' }),
        names,
      ).key,
    ).toBe('statusByCustomer');
    expect(
      describeEvent(
        event(
          'conversation.status_changed',
          'x',
          { to: 'open', reason: 'snooze_ended' },
          { actorType: 'system', actorId: null },
        ),
        names,
      ).key,
    ).toBe('snoozeEnded');
  });

  it('lists the addresses a conversation was forwarded to', () => {
    expect(describeEvent(event('conversation.forwarded', 'x', { to: ['a@x.io', 'b@y.io'] }), names).values['to']).toBe(
      'a@x.io, b@y.io',
    );
  });
});
