import { describe, expect, it } from 'vitest';
import type { Notification } from '@sincere/contracts';
import { INITIAL_NOTIFICATIONS, notificationsReducer } from './notifications-state';

const note = (id: string, readAt: string | null = null): Notification => ({
  id,
  kind: 'mention',
  conversationId: 'c',
  messageId: 'm',
  actor: { id: 'u', name: 'Dana' },
  excerpt: '@you look',
  promiseId: null,
  dueAt: null,
  readAt,
  createdAt: '2026-11-25T10:00:00.000Z',
});

const loaded = notificationsReducer(INITIAL_NOTIFICATIONS, {
  type: 'loaded',
  page: { items: [note('b'), note('a', '2026-11-25T11:00:00.000Z')], unreadCount: 5, nextCursor: 'next' },
});

describe('notifications state', () => {
  it('takes the server’s unread total, not the count of the loaded page', () => {
    expect(loaded.unreadCount).toBe(5);
    expect(loaded.loaded).toBe(true);
  });

  it('puts an arrival first and counts it once, even when the delta comes twice', () => {
    const once = notificationsReducer(loaded, { type: 'arrived', notification: note('c') });
    const twice = notificationsReducer(once, { type: 'arrived', notification: note('c') });
    expect(twice.items.map((item) => item.id)).toEqual(['c', 'b', 'a']);
    expect(twice.unreadCount).toBe(6);
  });

  it('counts down when an unread one is read, and not again when it is read twice', () => {
    const read = { ...note('b'), readAt: '2026-11-25T12:00:00.000Z' };
    const once = notificationsReducer(loaded, { type: 'read', notification: read });
    const twice = notificationsReducer(once, { type: 'read', notification: read });
    expect(twice.unreadCount).toBe(4);
    expect(twice.items[0]?.readAt).toBe(read.readAt);
  });

  it('marks everything read at once', () => {
    const all = notificationsReducer(loaded, { type: 'read-all', at: '2026-11-25T12:00:00.000Z' });
    expect(all.unreadCount).toBe(0);
    expect(all.items.every((item) => item.readAt !== null)).toBe(true);
    expect(all.items[1]?.readAt).toBe('2026-11-25T11:00:00.000Z');
  });

  it('appends an older page without repeating what an arrival already showed', () => {
    const more = notificationsReducer(loaded, {
      type: 'more',
      page: { items: [note('a'), note('z')], unreadCount: 5, nextCursor: null },
    });
    expect(more.items.map((item) => item.id)).toEqual(['b', 'a', 'z']);
    expect(more.nextCursor).toBeNull();
  });
});
