import { describe, expect, it } from 'vitest';
import { notificationText } from './promise-notification-text';

const now = new Date('2026-11-26T10:00:00.000Z');
const base = { actor: null, excerpt: 'специалист приедет сегодня до 15:30', dueAt: '2026-11-26T15:30:00.000Z' };

describe('notification texts', () => {
  it('names only the time of a reminder due today', () => {
    const text = notificationText({ ...base, kind: 'promise_due_soon' }, 'en-GB', 'System', now);
    expect(text).toEqual({
      key: 'dueSoon',
      time: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }).format(new Date(base.dueAt)),
      excerpt: base.excerpt,
    });
  });

  it('names the day too when the promise falls due on another day', () => {
    const text = notificationText(
      { ...base, kind: 'promise_due_soon', dueAt: '2026-11-29T15:30:00.000Z' },
      'en-GB',
      'System',
      now,
    );
    expect(text.key === 'dueSoon' && text.time).toMatch(/29/);
  });

  it('puts the promise’s words into broken and follow-up lines', () => {
    expect(notificationText({ ...base, kind: 'promise_broken' }, 'en', 'System', now)).toEqual({
      key: 'broken',
      excerpt: base.excerpt,
    });
    expect(notificationText({ ...base, kind: 'follow_up_due' }, 'en', 'System', now).key).toBe('followUpDue');
  });

  it('keeps a mention as it was: who mentioned you', () => {
    expect(
      notificationText({ ...base, kind: 'mention', actor: { id: 'u', name: 'Dana' } }, 'en', 'System', now),
    ).toEqual({
      key: 'mention',
      name: 'Dana',
    });
    expect(notificationText({ ...base, kind: 'mention' }, 'en', 'System', now)).toEqual({
      key: 'mention',
      name: 'System',
    });
  });
});
