import type { AgentPromise, PromiseListQuery } from '@sincere/contracts';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../api/use-paged-list';
import { useErrorText } from '../../api/use-error-text';
import { useServerEvents } from '../../realtime/realtime-context';
import { Link } from '../../router/link';
import { useSignedIn } from '../../session/session-context';
import { BusyButton } from '../../ui/busy-button';
import { formatDue, promiseBadge, sortDuePromises } from './promise-format';
import { isPromiseEvent } from './promise-timeline';
import { listDuePromises } from './promises-api';
import './promises.css';

const PAGE_SIZE = 50;
/** Several changes arrive together (the sweeper breaks many at once): ask once for all of them. */
const RELOAD_DELAY_MS = 300;
const PROMISE_NOTIFICATIONS = new Set(['promise_due_soon', 'promise_broken', 'follow_up_due']);

/** "Promises due": open and broken promises, broken first, then soonest; each opens its conversation. */
export function DuePromisesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { role } = useSignedIn().session.user;
  // Leads and admins watch the whole team's promises; an agent starts from their own.
  const [owner, setOwner] = useState<PromiseListQuery['owner']>(role === 'lead' || role === 'admin' ? 'anyone' : 'me');
  const load = useCallback(
    (cursor: string | null, signal?: AbortSignal) => listDuePromises({ owner, cursor, limit: PAGE_SIZE }, signal),
    [owner],
  );
  const list = usePagedList(load, [owner]);
  const { reload } = list;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const soon = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(reload, RELOAD_DELAY_MS);
  }, [reload]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useServerEvents((event) => {
    if (event.type === 'notification.created' && PROMISE_NOTIFICATIONS.has(event.notification.kind)) soon();
    if (event.type === 'conversation.event' && isPromiseEvent(event.event.type)) soon();
    if (event.type === 'ready') soon();
  });

  const items = sortDuePromises(list.items);
  return (
    <div className="due-promises">
      <h1 tabIndex={-1}>{t('promises.due.title')}</h1>
      <p className="muted">{t('promises.due.intro')}</p>
      <div className="due-promises__toolbar" role="group" aria-label={t('promises.due.whose')}>
        {(['me', 'anyone'] as const).map((value) => (
          <button
            key={value}
            type="button"
            className={owner === value ? 'button button--small button--primary' : 'button button--small'}
            aria-pressed={owner === value}
            onClick={() => setOwner(value)}
          >
            {value === 'me' ? t('promises.due.mine') : t('promises.due.everyone')}
          </button>
        ))}
      </div>
      {list.error && list.items.length === 0 ? (
        <p className="field__error" role="alert">
          {errorText(list.error)}
        </p>
      ) : list.loading && list.items.length === 0 ? (
        <p className="muted">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{owner === 'me' ? t('promises.due.emptyMine') : t('promises.due.empty')}</p>
      ) : (
        <DueList items={items} />
      )}
      {list.hasMore ? (
        <BusyButton
          type="button"
          className="button"
          busy={list.loadingMore}
          busyLabel={t('common.loading')}
          onClick={() => void list.loadMore()}
        >
          {t('common.loadMore')}
        </BusyButton>
      ) : null}
    </div>
  );
}

/** Rows are links reached with Tab; the arrow keys, Home and End move between them too. */
function DueList({ items }: { items: AgentPromise[] }) {
  const { t, i18n } = useTranslation();
  const now = new Date();
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.due-promise')];
    const index = links.findIndex((link) => link === document.activeElement);
    const target =
      event.key === 'ArrowDown'
        ? links[Math.min(index + 1, links.length - 1)]
        : event.key === 'ArrowUp'
          ? links[Math.max(index - 1, 0)]
          : event.key === 'Home'
            ? links[0]
            : event.key === 'End'
              ? links.at(-1)
              : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <ul className="plain-list due-promises__list" aria-label={t('promises.due.list')} onKeyDown={onKeyDown}>
      {items.map((promise) => {
        const badge = promiseBadge(promise, now);
        return (
          <li key={promise.id}>
            <Link
              href={`/inbox/${encodeURIComponent(promise.conversationId)}`}
              className={`due-promise due-promise--${promise.status}`}
              data-testid="due-promise"
              data-status={promise.status}
              data-badge={badge}
            >
              <span className={`badge badge--promise-${badge}`}>{t(`promises.status.${badge}`)}</span>
              <span className="due-promise__what" dir="auto">
                {promise.what}
              </span>
              <time className="due-promise__due" dateTime={promise.dueAt}>
                {formatDue(promise.dueAt, i18n.language, now)}
              </time>
              <span className="due-promise__meta">
                <bdi>{promise.owner.name}</bdi>
                {promise.customer ? (
                  <>
                    {' · '}
                    <bdi>{t('promises.due.to', { name: promise.customer.name })}</bdi>
                  </>
                ) : null}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
