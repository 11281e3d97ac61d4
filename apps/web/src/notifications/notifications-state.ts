import type { Notification, NotificationPage } from '@sincere/contracts';

/** What the bell shows: the newest notifications loaded so far and the caller's unread total. */
export interface NotificationsState {
  items: Notification[];
  unreadCount: number;
  nextCursor: string | null;
  loaded: boolean;
}

export type NotificationsAction =
  | { type: 'loaded'; page: NotificationPage }
  | { type: 'more'; page: NotificationPage }
  | { type: 'arrived'; notification: Notification }
  | { type: 'read'; notification: Notification }
  | { type: 'read-all'; at: string };

export const INITIAL_NOTIFICATIONS: NotificationsState = { items: [], unreadCount: 0, nextCursor: null, loaded: false };

/**
 * Pure state changes, so that a delta arriving twice (a reconnect races the
 * reload) or a read racing an arrival never miscounts.
 */
export function notificationsReducer(state: NotificationsState, action: NotificationsAction): NotificationsState {
  switch (action.type) {
    case 'loaded':
      return {
        items: action.page.items,
        unreadCount: action.page.unreadCount,
        nextCursor: action.page.nextCursor,
        loaded: true,
      };
    case 'more': {
      const known = new Set(state.items.map((item) => item.id));
      return {
        ...state,
        items: [...state.items, ...action.page.items.filter((item) => !known.has(item.id))],
        nextCursor: action.page.nextCursor,
        unreadCount: action.page.unreadCount,
      };
    }
    case 'arrived': {
      if (state.items.some((item) => item.id === action.notification.id)) return state;
      const unread = action.notification.readAt === null ? 1 : 0;
      return { ...state, items: [action.notification, ...state.items], unreadCount: state.unreadCount + unread };
    }
    case 'read': {
      const before = state.items.find((item) => item.id === action.notification.id);
      const wasUnread = before ? before.readAt === null : false;
      return {
        ...state,
        items: state.items.map((item) => (item.id === action.notification.id ? action.notification : item)),
        unreadCount:
          wasUnread && action.notification.readAt !== null ? Math.max(0, state.unreadCount - 1) : state.unreadCount,
      };
    }
    case 'read-all':
      return {
        ...state,
        items: state.items.map((item) => (item.readAt === null ? { ...item, readAt: action.at } : item)),
        unreadCount: 0,
      };
  }
}
