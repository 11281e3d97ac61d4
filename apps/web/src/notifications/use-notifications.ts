import { API, Notification, NotificationPage, ReadAllNotificationsResponse } from '@sincere/contracts';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { apiGet, apiSend, withQuery } from '../api/client';
import { useServerEvents } from '../realtime/realtime-context';
import { INITIAL_NOTIFICATIONS, notificationsReducer } from './notifications-state';

const PAGE_SIZE = 20;

/**
 * The signed-in person's notifications: loaded once, then kept current by
 * `notification.created` deltas; reloaded when the socket reconnects, since
 * deltas sent while it was down are not replayed.
 */
export function useNotifications() {
  const [state, dispatch] = useReducer(notificationsReducer, INITIAL_NOTIFICATIONS);
  const [loadingMore, setLoadingMore] = useState(false);

  const reload = useCallback(async () => {
    const page = await apiGet(withQuery(API.notifications, { limit: PAGE_SIZE }), NotificationPage);
    dispatch({ type: 'loaded', page });
  }, []);

  useEffect(() => {
    void reload().catch(() => undefined);
  }, [reload]);

  useServerEvents((event) => {
    if (event.type === 'notification.created') dispatch({ type: 'arrived', notification: event.notification });
    if (event.type === 'ready') void reload().catch(() => undefined);
  });

  const loadMore = async () => {
    if (!state.nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await apiGet(
        withQuery(API.notifications, { limit: PAGE_SIZE, cursor: state.nextCursor }),
        NotificationPage,
      );
      dispatch({ type: 'more', page });
    } finally {
      setLoadingMore(false);
    }
  };

  const markRead = async (id: string) => {
    const notification = await apiSend('POST', API.readNotification(id), {}, Notification);
    dispatch({ type: 'read', notification });
  };

  const markAllRead = async () => {
    await apiSend('POST', API.readAllNotifications, {}, ReadAllNotificationsResponse);
    dispatch({ type: 'read-all', at: new Date().toISOString() });
  };

  return { ...state, loadingMore, loadMore, markRead, markAllRead };
}
