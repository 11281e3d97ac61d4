import { describe, expect, it } from 'vitest';
import type { Message, ServerEvent, WidgetServerEvent } from '@sincere/contracts';
import { VisitorFeed } from './visitor-feed';

const CUSTOMER = '0190a0b0-0000-7000-8000-00000000000c';
const MINE = '0190a0b0-0000-7000-8000-000000000001';
const THEIRS = '0190a0b0-0000-7000-8000-000000000002';

const message = (direction: Message['direction'], body: string): Message => ({
  id: `0190a0b0-0000-7000-8000-${String(body.length).padStart(12, '0')}`,
  direction,
  author: direction === 'inbound' ? null : { id: '0190a0b0-0000-7000-8000-0000000000aa', name: 'Dewi' },
  body,
  format: 'plain',
  language: null,
  createdAt: '2030-01-01T00:00:00.000Z',
  attachments: [],
  delivery: null,
  hasOriginal: false,
});

const activity = (conversationId: string, typing: 'reply' | 'note' | null, connectionId = 'tab-1'): ServerEvent => ({
  type: 'conversation.activity',
  conversationId,
  activity: {
    connectionId,
    user: { id: '0190a0b0-0000-7000-8000-0000000000aa', name: 'Dewi' },
    viewingForMs: 30_000,
    typing: typing ? { kind: typing, forMs: 6_000 } : null,
  },
});

function feed() {
  const sent: WidgetServerEvent[] = [];
  return { feed: new VisitorFeed(CUSTOMER, MINE, (event) => sent.push(event)), sent };
}

describe('what a visitor’s socket passes on', () => {
  it('passes replies in the visitor’s conversation, not notes, not their own messages, not others’ replies', () => {
    const { feed: visitor, sent } = feed();
    visitor.handle({ type: 'message.created', conversationId: MINE, message: message('note', 'internal') });
    visitor.handle({ type: 'message.created', conversationId: MINE, message: message('inbound', 'hi') });
    visitor.handle({ type: 'message.created', conversationId: THEIRS, message: message('outbound', 'other') });
    visitor.handle({ type: 'message.created', conversationId: MINE, message: message('outbound', 'hello') });
    expect(sent).toEqual([
      {
        type: 'message',
        conversationId: MINE,
        message: expect.objectContaining({ direction: 'outbound', body: 'hello', author: { name: 'Dewi' } }),
      },
    ]);
  });

  it('tells a reply being typed and its end, but not a note being typed or mere viewing', () => {
    const { feed: visitor, sent } = feed();
    visitor.handle(activity(MINE, null));
    visitor.handle(activity(MINE, 'note'));
    visitor.handle(activity(THEIRS, 'reply'));
    visitor.handle(activity(MINE, 'reply', 'widget-someone'));
    visitor.handle(activity(MINE, 'reply'));
    visitor.handle(activity(MINE, 'note'));
    expect(sent).toEqual([
      { type: 'typing', key: 'tab-1', name: 'Dewi', forMs: 6_000 },
      { type: 'typing', key: 'tab-1', name: 'Dewi', forMs: 0 },
    ]);
  });

  it('follows a new conversation of the visitor’s customer once its delta names them', () => {
    const { feed: visitor } = feed();
    expect(visitor.follows(THEIRS)).toBe(false);
    visitor.handle({
      type: 'conversation.updated',
      conversation: { id: THEIRS, customer: { id: CUSTOMER, name: 'V' }, channel: 'web' } as never,
    });
    expect(visitor.follows(THEIRS)).toBe(true);
  });
});
