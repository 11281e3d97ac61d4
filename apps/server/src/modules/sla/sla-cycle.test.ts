import { describe, expect, it } from 'vitest';
import type { ConversationEventType } from '@sincere/contracts';
import { slaCycleOf, type CycleEvent } from './sla-cycle';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const event = (
  type: ConversationEventType,
  time: string,
  actorType: CycleEvent['actorType'] = 'customer',
  data: Record<string, unknown> = {},
): CycleEvent => ({ type, actorType, data, occurredAt: at(time) });
const status = (time: string, from: string, to: string, actor: CycleEvent['actorType'] = 'user') =>
  event('conversation.status_changed', time, actor, { from, to });

describe('the SLA cycle read from the log', () => {
  it('starts at the first customer message and stops the first-response clock at a person’s reply only', () => {
    const cycle = slaCycleOf([
      event('message.inbound', '10:00'),
      event('message.outbound', '10:05', 'system'),
      event('message.inbound', '10:10'),
      event('message.outbound', '10:20', 'user'),
    ]);
    expect(cycle).toEqual({
      startedAt: at('10:00'),
      firstHumanReplyAt: at('10:20'),
      resolvedAt: null,
      pendingPeriods: [],
    });
  });

  it('collects the pending periods, one still open', () => {
    const cycle = slaCycleOf([
      event('message.inbound', '10:00'),
      status('10:30', 'open', 'pending'),
      status('11:00', 'pending', 'open', 'customer'),
      status('12:00', 'open', 'pending'),
    ]);
    expect(cycle?.pendingPeriods).toEqual([
      { from: at('10:30'), to: at('11:00') },
      { from: at('12:00'), to: null },
    ]);
  });

  it('starts a reopened cycle afresh at the customer message that reopened it', () => {
    const cycle = slaCycleOf([
      event('message.inbound', '10:00'),
      event('message.outbound', '10:05', 'user'),
      status('10:30', 'open', 'resolved'),
      event('message.inbound', '12:00'),
      event('conversation.reopened', '12:00', 'customer', { cycle: 2 }),
    ]);
    expect(cycle).toEqual({ startedAt: at('12:00'), firstHumanReplyAt: null, resolvedAt: null, pendingPeriods: [] });
  });

  it('runs no clock in a cycle an agent reopened until the customer writes', () => {
    const events = [
      event('message.inbound', '10:00'),
      status('10:30', 'open', 'resolved'),
      event('conversation.reopened', '11:00', 'user', { cycle: 2 }),
      status('11:00', 'resolved', 'open'),
    ];
    expect(slaCycleOf(events)).toBeNull();
    expect(slaCycleOf([...events, event('message.inbound', '11:30')])?.startedAt).toEqual(at('11:30'));
  });

  it('knows when the cycle was resolved', () => {
    const cycle = slaCycleOf([event('message.inbound', '10:00'), status('10:30', 'open', 'resolved')]);
    expect(cycle?.resolvedAt).toEqual(at('10:30'));
  });

  it('starts a conversation split off another when the customer wrote the message, not when it was split', () => {
    const cycle = slaCycleOf([
      event('conversation.created', '12:00', 'user'),
      event('conversation.split_from', '12:00', 'user', {
        sourceId: 's',
        messageId: 'm',
        messageAt: at('09:30').toISOString(),
      }),
      event('message.outbound', '12:10', 'user'),
    ]);
    expect(cycle).toMatchObject({ startedAt: at('09:30'), firstHumanReplyAt: at('12:10') });
  });
});
