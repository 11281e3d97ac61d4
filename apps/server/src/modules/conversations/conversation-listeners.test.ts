import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '@sincere/contracts';
import { ConversationListeners } from './conversation-listeners';

const event = {
  id: 'e',
  seq: 1,
  conversationId: 'c',
  type: 'message.inbound',
  actorType: 'customer',
  actorId: null,
  data: {},
  occurredAt: '2026-01-01T00:00:00Z',
} as ConversationEvent;

describe('conversation listeners', () => {
  it('calls every listener in order, and a failing one neither stops the rest nor escapes', async () => {
    const calls: string[] = [];
    const failures: string[] = [];
    const listeners = new ConversationListeners((name) => failures.push(name));
    listeners.on('routing', async () => {
      calls.push('routing');
      throw new Error('boom');
    });
    listeners.on('sla', async () => {
      calls.push('sla');
    });
    await listeners.notify({ accountId: 'a', conversationId: 'c', events: [event] });
    expect(calls).toEqual(['routing', 'sla']);
    expect(failures).toEqual(['routing']);
  });

  it('does not call anyone for a change that appended no event', async () => {
    const listeners = new ConversationListeners(() => undefined);
    let called = false;
    listeners.on('x', async () => {
      called = true;
    });
    await listeners.notify({ accountId: 'a', conversationId: 'c', events: [] });
    expect(called).toBe(false);
  });
});
