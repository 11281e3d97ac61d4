import { describe, expect, it } from 'vitest';
import type { ConversationEvent, ConversationEventType } from '@sincere/contracts';
import { routingWorkFor } from './routing-triggers';

const event = (type: ConversationEventType, data: Record<string, unknown> = {}) =>
  ({
    id: 'e',
    seq: 1,
    conversationId: 'c',
    type,
    actorType: 'user',
    actorId: 'u',
    data,
    occurredAt: '2026-01-01T00:00:00Z',
  }) as ConversationEvent;

describe('what a change means for routing', () => {
  it.each(['conversation.created', 'conversation.team_changed', 'conversation.reopened'] as const)(
    'serves the team’s queue after %s',
    (type) => {
      expect(routingWorkFor([event(type)], null)).toEqual({ serveOwnTeam: true, freedUserIds: [] });
    },
  );

  it('serves the queue and frees the former owner’s slot when a conversation is unassigned', () => {
    expect(routingWorkFor([event('conversation.unassigned', { from: 'ann', to: null })], null)).toEqual({
      serveOwnTeam: true,
      freedUserIds: ['ann'],
    });
  });

  it('frees the former owner’s slot on a reassignment, and nobody’s on a first assignment', () => {
    expect(routingWorkFor([event('conversation.assigned', { from: 'ann', to: 'bob' })], 'bob').freedUserIds).toEqual([
      'ann',
    ]);
    expect(routingWorkFor([event('conversation.assigned', { from: null, to: 'bob' })], 'bob')).toEqual({
      serveOwnTeam: false,
      freedUserIds: [],
    });
  });

  it('frees the owner’s slot when the conversation is resolved or snoozed, not when it waits on the customer', () => {
    expect(
      routingWorkFor([event('conversation.status_changed', { from: 'open', to: 'resolved' })], 'ann').freedUserIds,
    ).toEqual(['ann']);
    expect(
      routingWorkFor([event('conversation.status_changed', { from: 'pending', to: 'snoozed' })], 'ann').freedUserIds,
    ).toEqual(['ann']);
    expect(
      routingWorkFor([event('conversation.status_changed', { from: 'open', to: 'pending' })], 'ann').freedUserIds,
    ).toEqual([]);
  });

  it('serves the queue when a conversation opens again', () => {
    expect(
      routingWorkFor([event('conversation.status_changed', { from: 'snoozed', to: 'open' })], null).serveOwnTeam,
    ).toBe(true);
  });

  it('ignores messages, notes, tags and priority', () => {
    const events = [
      event('message.inbound'),
      event('note.added'),
      event('conversation.tags_changed'),
      event('conversation.priority_changed'),
    ];
    expect(routingWorkFor(events, 'ann')).toEqual({ serveOwnTeam: false, freedUserIds: [] });
  });
});
