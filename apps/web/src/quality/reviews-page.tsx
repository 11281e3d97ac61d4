import type { Review } from '@sincere/contracts';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../api/use-paged-list';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { qualityPath } from '../router/routes';
import { useSignedIn } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { canScore } from './quality-access';
import { listAgents, listReviews } from './quality-api';
import { reviewState } from './review-state';
import { formatScore } from './score-preview';

/** Agents see the reviews of their own conversations; reviewers and leads anyone's, filtered by agent. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { role } = useSignedIn().session.user;
  const seesTeam = canScore(role);
  const [agent, setAgent] = useState<string | null>(null);
  const filter = seesTeam ? agent : 'me';
  const load = useCallback(
    (cursor: string | null, signal?: AbortSignal) => listReviews({ agent: filter, cursor }, signal),
    [filter],
  );
  const list = usePagedList(load, [filter]);

  return (
    <section className="quality-reviews" aria-labelledby="quality-reviews-title">
      <h2 id="quality-reviews-title" tabIndex={-1}>
        {t('quality.reviews.title')}
      </h2>
      <p className="muted">{seesTeam ? t('quality.reviews.intro') : t('quality.reviews.introMine')}</p>
      {seesTeam ? <AgentFilter value={agent} onChange={setAgent} /> : null}
      {list.error && list.items.length === 0 ? (
        <p className="field__error" role="alert">
          {errorText(list.error)}
        </p>
      ) : list.loading && list.items.length === 0 ? (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : list.items.length === 0 ? (
        <p className="empty">{seesTeam ? t('quality.reviews.empty') : t('quality.reviews.emptyMine')}</p>
      ) : (
        <ReviewTable reviews={list.items} showAgent={seesTeam} />
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

function AgentFilter({ value, onChange }: { value: string | null; onChange: (agent: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const agents = useResource((signal) => listAgents(signal), []);
  // Reviewers score conversations but answer none: nobody reviews them.
  const people = (agents.data?.items ?? []).filter((person) => person.role !== 'reviewer');
  return (
    <div className="quality-toolbar">
      <label htmlFor={id}>{t('quality.reviews.agent')}</label>
      <select
        id={id}
        className="select select--compact"
        value={value ?? ''}
        aria-busy={agents.loading || undefined}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('quality.reviews.everyone')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function ReviewTable({ reviews, showAgent }: { reviews: readonly Review[]; showAgent: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <div className="table-wrap">
      <table className="table quality-reviews__table">
        <caption className="visually-hidden">{t('quality.reviews.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quality.reviews.conversation')}</th>
            {showAgent ? <th scope="col">{t('quality.reviews.agent')}</th> : null}
            <th scope="col">{t('quality.reviews.reviewer')}</th>
            <th scope="col">{t('quality.reviews.kind')}</th>
            <th scope="col">{t('quality.reviews.scoreColumn')}</th>
            <th scope="col">{t('quality.reviews.date')}</th>
            <th scope="col">{t('quality.reviews.state')}</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => {
            const state = reviewState(review);
            return (
              <tr key={review.id} data-testid="review-row" data-review-id={review.id} data-state={state ?? undefined}>
                <td>
                  <Link href={qualityPath('review', review.id)} dir="auto">
                    {review.conversationSubject ?? t('quality.untitled')}
                  </Link>
                </td>
                {showAgent ? <td>{review.agent ? <bdi>{review.agent.name}</bdi> : '—'}</td> : null}
                <td>
                  <bdi>{review.reviewer?.name ?? t('quality.reviews.automaticReviewer')}</bdi>
                </td>
                <td>{t(`quality.kinds.${review.kind}`)}</td>
                <td className="quality-number">{formatScore(review.score)}</td>
                <td>
                  <time dateTime={review.createdAt}>{format.date(review.createdAt)}</time>
                </td>
                <td>
                  {state ? (
                    <span className={`badge quality-state--${state}`}>{t(`quality.reviews.states.${state}`)}</span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
