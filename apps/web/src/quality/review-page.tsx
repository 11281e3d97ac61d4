import type { Review, ScorecardEntry } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { qualityPath } from '../router/routes';
import { useSignedIn } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';
import { textLocale } from './category-text';
import { DisputeDialog } from './dispute-dialog';
import { acknowledgeReview, readReview, readScorecard } from './quality-api';
import { ReviewRatings } from './review-ratings';
import { formatScore } from './score-preview';
import { SentimentLine } from './sentiment-line';

/** One review: every rating with its evidence; the agent reviewed acknowledges it or disputes a rating. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const review = useResource((signal) => readReview(reviewId, signal), [reviewId]);
  const scorecardId = review.data?.scorecardId ?? null;
  const scorecard = useResource(
    (signal) => (scorecardId ? readScorecard(scorecardId, signal) : Promise.resolve(null)),
    [scorecardId],
  );
  const error = review.error ?? scorecard.error;
  return (
    <section className="quality-review" aria-labelledby="quality-review-title">
      <Link href={qualityPath('reviews')} className="quality-back">
        {t('quality.review.back')}
      </Link>
      {error ? (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      ) : review.data && scorecard.data ? (
        <ReviewDetail review={review.data} scorecard={scorecard.data} onChange={(next) => review.setData(() => next)} />
      ) : (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      )}
    </section>
  );
}

interface ReviewDetailProps {
  review: Review;
  scorecard: ScorecardEntry;
  onChange: (review: Review) => void;
}

function ReviewDetail({ review, scorecard, onChange }: ReviewDetailProps) {
  const { t, i18n } = useTranslation();
  const format = useDateFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const { user } = useSignedIn().session;
  const locale = textLocale(i18n.language);
  const [disputing, setDisputing] = useState<string | null>(null);
  const [acknowledging, setAcknowledging] = useState(false);
  // Only the agent a manual review is about answers it (the server's rule); automatic ones are re-scored instead.
  const isMine = review.kind === 'manual' && review.agent?.id === user.id;

  const acknowledge = async () => {
    setAcknowledging(true);
    try {
      onChange(await acknowledgeReview(review.id));
      toast.success(t('quality.review.acknowledgedToast'));
    } catch (caught) {
      toast.error(errorText(caught));
    } finally {
      setAcknowledging(false);
    }
  };

  return (
    <>
      <header className="quality-review__header">
        <h2 id="quality-review-title" tabIndex={-1} dir="auto">
          {t('quality.review.title', { subject: review.conversationSubject ?? t('quality.untitled') })}
        </h2>
        <p className="quality-review__score" data-testid="review-score" data-score={formatScore(review.score)}>
          {t('quality.score', { score: formatScore(review.score) })}
        </p>
        <p className="quality-review__meta">
          <span className="badge">{t(`quality.kinds.${review.kind}`)}</span>{' '}
          {review.reviewer
            ? t('quality.review.reviewedBy', { name: review.reviewer.name, date: format.date(review.createdAt) })
            : t('quality.review.reviewedAutomatically', { date: format.date(review.createdAt) })}
          {review.agent ? (
            <>
              {' · '}
              <bdi>{t('quality.review.agent', { name: review.agent.name })}</bdi>
            </>
          ) : null}
          {' · '}
          <Link href={`/inbox/${encodeURIComponent(review.conversationId)}`}>
            {t('quality.review.openConversation')}
          </Link>
        </p>
        {review.criticalFailed ? <p className="notice notice--warning">{t('quality.review.criticalFailed')}</p> : null}
        <SentimentLine sentiment={review.sentiment} />
        {review.kind === 'automatic' && review.agent?.id === user.id ? (
          <p className="muted">{t('quality.review.automaticNote')}</p>
        ) : null}
        {isMine && !review.acknowledgedAt ? (
          <BusyButton
            type="button"
            className="button button--primary"
            busy={acknowledging}
            onClick={() => void acknowledge()}
          >
            {t('quality.review.acknowledge')}
          </BusyButton>
        ) : null}
        {review.acknowledgedAt ? (
          <p className="muted" data-testid="acknowledged">
            {t('quality.review.acknowledged', { date: format.date(review.acknowledgedAt) })}
          </p>
        ) : null}
      </header>
      {review.comment ? (
        <section className="quality-review__comment">
          <h3>{t('quality.review.overallComment')}</h3>
          <p dir="auto">{review.comment}</p>
        </section>
      ) : null}
      <h3>{t('quality.review.ratings')}</h3>
      <ReviewRatings
        review={review}
        categories={scorecard.categories}
        locale={locale}
        onDispute={isMine ? setDisputing : null}
      />
      {isMine ? (
        <DisputeDialog
          review={review}
          category={disputing}
          categories={scorecard.categories}
          locale={locale}
          onClose={() => setDisputing(null)}
          onDisputed={onChange}
        />
      ) : null}
    </>
  );
}
