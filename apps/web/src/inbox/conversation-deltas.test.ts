import type { ConversationDetail, Message } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { withMessage, withoutMessages, withSummary, withUpdatedMessage } from './conversation-deltas';

const detail: ConversationDetail = {
  id: 'c1',
  customer: {
    id: 'u1',
    name: 'Layla',
    email: 'layla@example.com',
    phone: null,
    locale: 'ar',
    country: null,
    timeZone: null,
    company: null,
    addressAs: null,
    referralSource: null,
    plan: null,
    revenue: null,
    attributes: {},
    identities: [],
    mergedIntoId: null,
    forgottenAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  },
  channel: 'api',
  subject: null,
  language: 'ar',
  status: 'open',
  priority: 'normal',
  assignee: null,
  team: null,
  tags: [],
  snoozedUntil: null,
  cycle: 1,
  waitingSince: null,
  createdAt: '2026-01-01T00:00:00Z',
  lastMessageAt: null,
  sla: null,
  mergedIntoId: null,
  messages: [],
  events: [],
};

const message: Message = {
  id: 'm1',
  direction: 'outbound',
  author: null,
  body: 'مرحبا',
  format: 'plain',
  language: 'ar',
  createdAt: '2026-01-01T00:01:00Z',
  attachments: [],
  delivery: null,
  hasOriginal: false,
};

describe('conversation deltas', () => {
  it('adds a message once even when it arrives twice', () => {
    expect(withMessage(withMessage(detail, message), message).messages).toHaveLength(1);
  });

  it('puts messages merged in from another conversation where they belong in time', () => {
    const later = { ...message, id: 'm3', createdAt: '2026-01-01T00:05:00Z' };
    const older = { ...message, id: 'm2', createdAt: '2026-01-01T00:03:00Z' };
    const next = withMessage(withMessage(withMessage(detail, message), later), older);
    expect(next.messages.map((item) => item.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('replaces a message whose delivery changed, in its place', () => {
    const pending: Message = { ...message, delivery: { status: 'pending', error: null } };
    const two = withMessage(withMessage(detail, pending), { ...message, id: 'm2', createdAt: '2026-01-01T00:02:00Z' });
    const failed: Message = { ...pending, delivery: { status: 'failed', error: 'Bot was blocked by the user' } };
    const next = withUpdatedMessage(two, failed);
    expect(next.messages.map((item) => item.id)).toEqual(['m1', 'm2']);
    expect(next.messages[0]?.delivery).toEqual({ status: 'failed', error: 'Bot was blocked by the user' });
  });

  it('keeps the delivered state when the older copy of the message arrives after its update', () => {
    const sent: Message = { ...message, delivery: { status: 'sent', error: null } };
    const next = withMessage(withUpdatedMessage(detail, sent), {
      ...message,
      delivery: { status: 'pending', error: null },
    });
    expect(next.messages).toEqual([sent]);
  });

  it('drops the messages a merge or a split moved away, and changes nothing otherwise', () => {
    const two = withMessage(withMessage(detail, message), { ...message, id: 'm2' });
    expect(withoutMessages(two, ['m1']).messages.map((item) => item.id)).toEqual(['m2']);
    expect(withoutMessages(two, ['elsewhere'])).toBe(two);
  });

  it('takes status and tags from the list row but keeps the customer details', () => {
    const next = withSummary(detail, {
      ...detail,
      customer: { id: 'u1', name: 'Layla A.' },
      status: 'resolved',
      tags: ['billing'],
    });
    expect(next.status).toBe('resolved');
    expect(next.tags).toEqual(['billing']);
    expect(next.customer.email).toBe('layla@example.com');
    expect(next.customer.name).toBe('Layla A.');
  });
});
