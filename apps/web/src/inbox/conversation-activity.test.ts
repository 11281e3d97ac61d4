import { describe, expect, it } from 'vitest';
import type { AgentActivity, Message } from '@sincere/contracts';
import { fromSnapshot, nextChangeAt, peopleIn, pruned, replyWhileWriting, withActivity } from './conversation-activity';

const me = { id: '00000000-0000-4000-8000-000000000001', name: 'Me' };
const dana = { id: '00000000-0000-4000-8000-00000000000d', name: 'Dana' };
const ivan = { id: '00000000-0000-4000-8000-00000000000e', name: 'Ivan' };

const tab = (connectionId: string, user = dana, fields: Partial<AgentActivity> = {}): AgentActivity => ({
  connectionId,
  user,
  viewingForMs: 30_000,
  typing: null,
  ...fields,
});

describe('what the colleagues in a conversation are doing', () => {
  it('shows each colleague once, with the most telling of their tabs, sorted by name', () => {
    let tabs = fromSnapshot([tab('d1'), tab('i1', ivan)], 0);
    tabs = withActivity(tabs, tab('d2', dana, { typing: { kind: 'reply', forMs: 6_000 } }), 0);
    expect(peopleIn(tabs, 1_000, me.id)).toEqual([
      { user: dana, customer: false, state: 'typing_reply' },
      { user: ivan, customer: false, state: 'viewing' },
    ]);
  });

  it('tells a customer typing in the chat widget from a colleague', () => {
    const visitor = { id: '00000000-0000-4000-8000-0000000000c1', name: 'Visitor c1' };
    const tabs = withActivity(
      new Map(),
      tab(`widget-${visitor.id}`, visitor, { typing: { kind: 'reply', forMs: 6_000 } }),
      0,
    );
    expect(peopleIn(tabs, 1_000, me.id)).toEqual([{ user: visitor, customer: true, state: 'typing_reply' }]);
  });

  it('falls back to viewing when typing lapses, and forgets a colleague whose viewing lapsed', () => {
    const tabs = withActivity(new Map(), tab('d1', dana, { typing: { kind: 'note', forMs: 6_000 } }), 10_000);
    expect(peopleIn(tabs, 15_999, me.id)).toEqual([{ user: dana, customer: false, state: 'typing_note' }]);
    expect(nextChangeAt(tabs, 10_000)).toBe(16_000);
    expect(peopleIn(tabs, 16_000, me.id)).toEqual([{ user: dana, customer: false, state: 'viewing' }]);
    expect(nextChangeAt(tabs, 16_000)).toBe(40_000);
    expect(peopleIn(tabs, 40_000, me.id)).toEqual([]);
    expect(pruned(tabs, 40_000).size).toBe(0);
    expect(nextChangeAt(tabs, 40_000)).toBeNull();
  });

  it('removes a tab that left, and keeps the colleague while another of their tabs is there', () => {
    let tabs = fromSnapshot([tab('d1'), tab('d2')], 0);
    tabs = withActivity(tabs, tab('d1', dana, { viewingForMs: 0 }), 0);
    expect(peopleIn(tabs, 0, me.id)).toEqual([{ user: dana, customer: false, state: 'viewing' }]);
    tabs = withActivity(tabs, tab('d2', dana, { viewingForMs: 0 }), 0);
    expect(peopleIn(tabs, 0, me.id)).toEqual([]);
  });

  it('never lists the agent themself', () => {
    expect(peopleIn(fromSnapshot([tab('m1', me)], 0), 0, me.id)).toEqual([]);
  });
});

const message = (id: string, direction: Message['direction'], author: Message['author']): Message =>
  ({
    id,
    direction,
    author,
    body: 'Hi',
    format: 'plain',
    language: null,
    createdAt: '2030-01-01T00:00:00Z',
  }) as Message;

describe('a reply that arrived while the agent was writing', () => {
  const before = message('m1', 'inbound', null);
  it('is the latest reply to the customer by someone else since the draft began', () => {
    const messages = [
      before,
      message('m2', 'outbound', dana),
      message('m3', 'outbound', ivan),
      message('m4', 'inbound', null),
    ];
    expect(replyWhileWriting(messages, new Set(['m1']), me.id)?.id).toBe('m3');
  });

  it('is not the agent’s own reply, a note, a customer message, or one there before the draft', () => {
    const messages = [
      message('m0', 'outbound', dana),
      before,
      message('m2', 'outbound', me),
      message('m3', 'note', dana),
      message('m4', 'inbound', null),
    ];
    expect(replyWhileWriting(messages, new Set(['m0', 'm1']), me.id)).toBeNull();
  });
});
