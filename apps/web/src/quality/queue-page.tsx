import type { Assignment } from '@sincere/contracts';
import { useCallback, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../api/use-paged-list';
import { useErrorText } from '../api/use-error-text';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { qualityPath } from '../router/routes';
import { useSignedIn } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { isQualityLead } from './quality-access';
import { listAssignments } from './quality-api';
import { formatScore } from './score-preview';

/** Leads look at every reviewer's queue; everyone else at their own. */
type Whose = 'me' | 'anyone';

/** The scoring screen of an assignment; a calibration round's conversation is scored as part of the round. */
export function scoringPath(assignment: Pick<Assignment, 'conversationId' | 'calibrationId'>): string {
  const path = qualityPath('score', assignment.conversationId);
  return assignment.calibrationId ? `${path}?calibration=${encodeURIComponent(assignment.calibrationId)}` : path;
}

/** The caller's pending assignments, oldest first (as the server sends them); leads may look at everyone's. */
export function QueuePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { role } = useSignedIn().session.user;
  const [reviewer, setReviewer] = useState<Whose>('me');
  const load = useCallback(
    (cursor: string | null, signal?: AbortSignal) => listAssignments({ reviewer, cursor }, signal),
    [reviewer],
  );
  const list = usePagedList(load, [reviewer]);

  return (
    <section className="quality-queue" aria-labelledby="quality-queue-title">
      <h2 id="quality-queue-title" tabIndex={-1}>
        {t('quality.queue.title')}
      </h2>
      <p className="muted">{t('quality.queue.intro')}</p>
      {isQualityLead(role) ? (
        <div className="quality-toolbar" role="group" aria-label={t('quality.queue.whose')}>
          {(['me', 'anyone'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className={reviewer === value ? 'button button--small button--primary' : 'button button--small'}
              aria-pressed={reviewer === value}
              onClick={() => setReviewer(value)}
            >
              {value === 'me' ? t('quality.queue.mine') : t('quality.queue.everyone')}
            </button>
          ))}
        </div>
      ) : null}
      {list.error && list.items.length === 0 ? (
        <p className="field__error" role="alert">
          {errorText(list.error)}
        </p>
      ) : list.loading && list.items.length === 0 ? (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : list.items.length === 0 ? (
        <p className="empty">{reviewer === 'me' ? t('quality.queue.empty') : t('quality.queue.emptyAll')}</p>
      ) : (
        <QueueList items={list.items} showReviewer={reviewer === 'anyone'} />
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
    </section>
  );
}

/** Rows are links: Tab or the arrow keys move between them, Enter opens the scorecard. */
function QueueList({ items, showReviewer }: { items: Assignment[]; showReviewer: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.quality-queue__item')];
    const index = links.findIndex((link) => link === document.activeElement);
    const keys: Record<string, HTMLAnchorElement | undefined> = {
      ArrowDown: links[Math.min(index + 1, links.length - 1)],
      ArrowUp: links[Math.max(index - 1, 0)],
      Home: links[0],
      End: links.at(-1),
    };
    const target = keys[event.key];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <ul className="plain-list quality-queue__list" aria-label={t('quality.queue.list')} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li key={item.id}>
          <Link
            href={scoringPath(item)}
            className="quality-queue__item"
            data-testid="queue-item"
            data-conversation-id={item.conversationId}
            data-reason={item.reason}
          >
            <span className={`badge quality-reason quality-reason--${item.reason}`}>
              {t(`quality.reasons.${item.reason}`)}
            </span>
            <span className="quality-queue__subject" dir="auto">
              {item.conversationSubject ?? t('quality.untitled')}
            </span>
            <span className="quality-queue__score">
              {item.automaticScore === null
                ? t('quality.queue.noAutomatic')
                : t('quality.queue.automatic', { score: formatScore(item.automaticScore) })}
            </span>
            <span className="quality-queue__meta">
              {item.customerName ? <bdi>{item.customerName}</bdi> : null}
              {item.customerName ? ' · ' : null}
              <bdi>{item.agent ? t('quality.queue.agent', { name: item.agent.name }) : t('quality.queue.noAgent')}</bdi>
              {showReviewer ? (
                <>
                  {' · '}
                  <bdi>{t('quality.queue.reviewer', { name: item.reviewer.name })}</bdi>
                </>
              ) : null}
              {' · '}
              <time dateTime={item.createdAt}>
                {t('quality.queue.queued', { date: format.recent(item.createdAt) })}
              </time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
