import type { Dispute, Review, ScorecardCategory, UiLocale } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { outOf, ratingText } from './category-text';
import { EvidenceList } from './evidence-list';

interface ReviewRatingsProps {
  review: Review;
  categories: readonly ScorecardCategory[];
  locale: UiLocale;
  /** Offered per category to the agent reviewed, where no dispute exists yet. */
  onDispute: ((category: string) => void) | null;
}

/** Every category of a review in scorecard order: the rating and what it means, comment, evidence, dispute. */
export function ReviewRatings({ review, categories, locale, onDispute }: ReviewRatingsProps) {
  const { t } = useTranslation();
  const order = new Map(categories.map((category, index) => [category.key, index]));
  const ratings = [...review.ratings].sort(
    (a, b) => (order.get(a.category) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.category) ?? Number.MAX_SAFE_INTEGER),
  );
  return (
    <ul className="plain-list quality-ratings" aria-label={t('quality.review.ratings')}>
      {ratings.map((rating) => {
        const category = categories.find((item) => item.key === rating.category);
        const name = category?.name[locale] ?? rating.category;
        const dispute = review.disputes.find((item) => item.category === rating.category);
        const failed = review.byCategory.find((item) => item.category === rating.category)?.criticalFailed ?? false;
        return (
          <li key={rating.category} className="quality-rating" data-category={rating.category}>
            <div className="quality-rating__head">
              <h4 className="quality-rating__name">{name}</h4>
              {category?.critical ? (
                <span className="badge badge--critical">{t('quality.scoring.critical')}</span>
              ) : null}
              <span
                className={failed ? 'quality-rating__value quality-rating__value--failed' : 'quality-rating__value'}
              >
                {outOf(category, rating.value, t('quality.na'))}
              </span>
              {onDispute && !dispute ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('quality.review.disputeCategory', { category: name })}
                  onClick={() => onDispute(rating.category)}
                >
                  {t('quality.review.dispute')}
                </button>
              ) : null}
            </div>
            <p className="quality-rating__meaning" dir="auto">
              {ratingText(category, rating.value, locale, t('quality.na'))}
            </p>
            {rating.comment ? (
              <p className="quality-rating__comment" dir="auto">
                {rating.comment}
              </p>
            ) : null}
            <EvidenceList evidence={rating.evidence} />
            {dispute ? <DisputeState dispute={dispute} category={category} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function DisputeState({ dispute, category }: { dispute: Dispute; category: ScorecardCategory | undefined }) {
  const { t } = useTranslation();
  const na = t('quality.na');
  const decidedBy = dispute.decidedBy?.name ?? '';
  const status =
    dispute.status === 'open'
      ? t('quality.review.disputes.open')
      : dispute.status === 'accepted'
        ? t('quality.review.disputes.accepted', {
            name: decidedBy,
            from: outOf(category, dispute.originalValue, na),
            to: dispute.decidedValue === null ? '—' : outOf(category, dispute.decidedValue, na),
          })
        : t('quality.review.disputes.rejected', { name: decidedBy });
  return (
    <div
      className={`quality-dispute quality-dispute--${dispute.status}`}
      data-testid="dispute-state"
      data-status={dispute.status}
    >
      <p className="quality-dispute__status">{status}</p>
      <p className="muted" dir="auto">
        {t('quality.review.disputes.reason', { reason: dispute.reason })}
      </p>
      {dispute.decisionComment ? (
        <p dir="auto">{t('quality.review.disputes.decisionComment', { comment: dispute.decisionComment })}</p>
      ) : null}
    </div>
  );
}
