import type { Dispute, ScorecardEntry } from '@sincere/contracts';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { qualityPath } from '../router/routes';
import { textLocale } from './category-text';
import { DisputeDecisionForm } from './dispute-decision-form';
import { EvidenceList } from './evidence-list';
import { listOpenDisputes, readReview, readScorecard } from './quality-api';

type LoadScorecard = (id: string) => Promise<ScorecardEntry>;

/** Leads settle the agents' disputes: accept with the corrected rating, or reject; settled ones leave the list. */
export function DisputesPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const disputes = useResource((signal) => listOpenDisputes(signal), []);
  // Disputes of one review share its scorecard: ask for each version once.
  const scorecards = useRef(new Map<string, Promise<ScorecardEntry>>());
  const loadScorecard = useCallback<LoadScorecard>((id) => {
    const known = scorecards.current.get(id);
    if (known) return known;
    const loading = readScorecard(id);
    loading.catch(() => scorecards.current.delete(id));
    scorecards.current.set(id, loading);
    return loading;
  }, []);
  const { setData } = disputes;
  const settled = useCallback(
    (id: string) =>
      setData((current) => (current ? { disputes: current.disputes.filter((item) => item.id !== id) } : current)),
    [setData],
  );
  const items = disputes.data?.disputes ?? [];

  return (
    <section className="quality-disputes" aria-labelledby="quality-disputes-title">
      <h2 id="quality-disputes-title" tabIndex={-1}>
        {t('quality.disputes.title')}
      </h2>
      <p className="muted">{t('quality.disputes.intro')}</p>
      {disputes.error ? (
        <p className="field__error" role="alert">
          {errorText(disputes.error)}
        </p>
      ) : !disputes.data ? (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : items.length === 0 ? (
        <p className="empty">{t('quality.disputes.empty')}</p>
      ) : (
        <ul className="plain-list quality-disputes__list" aria-label={t('quality.disputes.list')}>
          {items.map((dispute) => (
            <DisputeItem key={dispute.id} dispute={dispute} loadScorecard={loadScorecard} onSettled={settled} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface DisputeItemProps {
  dispute: Dispute;
  loadScorecard: LoadScorecard;
  onSettled: (id: string) => void;
}

/** One dispute with what the lead needs to decide: the review's rating, comment and evidence for the category. */
function DisputeItem({ dispute, loadScorecard, onSettled }: DisputeItemProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const format = useDateFormat();
  const locale = textLocale(i18n.language);
  const review = useResource((signal) => readReview(dispute.reviewId, signal), [dispute.reviewId]);
  const scorecardId = review.data?.scorecardId ?? null;
  const scorecard = useResource(
    () => (scorecardId ? loadScorecard(scorecardId) : Promise.resolve(null)),
    [scorecardId],
  );
  const category = scorecard.data?.categories.find((item) => item.key === dispute.category);
  const rating = review.data?.ratings.find((item) => item.category === dispute.category);
  const name = category?.name[locale] ?? dispute.category;
  const error = review.error ?? scorecard.error;

  return (
    <li
      className="quality-dispute-item"
      data-testid="dispute-item"
      data-review-id={dispute.reviewId}
      data-category={dispute.category}
    >
      <h3 className="quality-dispute-item__title">
        <bdi>{t('quality.disputes.raised', { name: dispute.raisedBy.name, category: name })}</bdi>
      </h3>
      <p className="muted">
        <span dir="auto">{review.data?.conversationSubject ?? t('quality.untitled')}</span>
        {' · '}
        <time dateTime={dispute.createdAt}>{format.dateTime(dispute.createdAt)}</time>
        {' · '}
        <Link href={qualityPath('review', dispute.reviewId)}>{t('quality.disputes.openReview')}</Link>
        {' · '}
        <Link href={`/inbox/${encodeURIComponent(dispute.conversationId)}`}>
          {t('quality.disputes.openConversation')}
        </Link>
      </p>
      <blockquote className="quality-dispute-item__reason" dir="auto">
        {dispute.reason}
      </blockquote>
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : category && review.data ? (
        <>
          {rating?.comment ? (
            <p className="quality-rating__comment" dir="auto">
              {rating.comment}
            </p>
          ) : null}
          {rating ? <EvidenceList evidence={rating.evidence} /> : null}
          <DisputeDecisionForm dispute={dispute} category={category} locale={locale} onSettled={onSettled} />
        </>
      ) : (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      )}
    </li>
  );
}
