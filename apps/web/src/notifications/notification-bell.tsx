import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { useDateFormat } from '../i18n/format';
import { notificationText } from '../inbox/promises/promise-notification-text';
import { Link } from '../router/link';
import { useToast } from '../ui/toast-context';
import { BusyButton } from '../ui/busy-button';
import { useDisclosure } from '../ui/use-disclosure';
import { useNotifications } from './use-notifications';

/**
 * The bell in the header: the unread count, and a panel with the newest
 * notifications (an @mention, a promise due soon or broken, a follow-up to write: each opens its
 * conversation and is marked read).
 * A disclosure, not a menu: the panel holds links and buttons reached with Tab;
 * Escape or a click elsewhere closes it and focus returns to the bell.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const notifications = useNotifications();
  const [markingAll, setMarkingAll] = useState(false);
  const { open, panelId, rootRef, buttonRef, dismiss, toggle, onKeyDown } = useDisclosure();
  const attempt = (action: () => Promise<void>) => action().catch((error: unknown) => toast.error(errorText(error)));
  const { unreadCount } = notifications;

  return (
    <div className="bell" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.bell', { count: unreadCount })}
        data-testid="notification-bell"
        onClick={toggle}
      >
        <span aria-hidden="true">🔔</span>
        {unreadCount > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {unreadCount > 99 ? '99+' : unreadCount}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="bell__panel" hidden={!open} role="region" aria-label={t('notifications.title')}>
        <div className="bell__head">
          <h2 className="bell__title">{t('notifications.title')}</h2>
          {unreadCount > 0 ? (
            <BusyButton
              type="button"
              className="button button--quiet"
              busy={markingAll}
              busyLabel={t('common.working')}
              onClick={() => {
                setMarkingAll(true);
                void attempt(notifications.markAllRead).finally(() => setMarkingAll(false));
              }}
            >
              {t('notifications.markAllRead')}
            </BusyButton>
          ) : null}
        </div>
        {notifications.items.length === 0 ? (
          <p className="muted bell__empty">{notifications.loaded ? t('notifications.empty') : t('common.loading')}</p>
        ) : (
          <ul className="bell__list">
            {notifications.items.map((item) => {
              const text = notificationText(item, i18n.language, t('inbox.system'));
              return (
                <li
                  key={item.id}
                  className={item.readAt ? 'bell__item' : 'bell__item bell__item--unread'}
                  data-kind={item.kind}
                >
                  <Link
                    href={item.conversationId ? `/inbox/${item.conversationId}` : '/inbox'}
                    className="bell__link"
                    onClick={() => {
                      if (!item.readAt) void attempt(() => notifications.markRead(item.id));
                      dismiss();
                    }}
                  >
                    <span className="bell__what" dir={text.key === 'mention' ? undefined : 'auto'}>
                      {text.key === 'mention'
                        ? t('notifications.mentioned', { name: text.name })
                        : text.key === 'dueSoon'
                          ? t('promises.notifications.dueSoon', { time: text.time, excerpt: text.excerpt })
                          : t(`promises.notifications.${text.key}`, { excerpt: text.excerpt })}
                    </span>
                    {text.key !== 'mention' ? null : (
                      <bdi className="bell__excerpt" dir="auto">
                        {item.excerpt}
                      </bdi>
                    )}
                    <time className="muted" dateTime={item.createdAt}>
                      {format.recent(item.createdAt)}
                    </time>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
        {notifications.nextCursor ? (
          <BusyButton
            type="button"
            className="button button--quiet"
            busy={notifications.loadingMore}
            busyLabel={t('common.loading')}
            onClick={() => void attempt(notifications.loadMore)}
          >
            {t('common.loadMore')}
          </BusyButton>
        ) : null}
      </div>
    </div>
  );
}
