import type { Review } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../i18n/format';
import { Link } from '../router/link';
import { qualityPath } from '../router/routes';
import { formatScore } from './score-preview';

/** The human reviews of a conversation the caller may see; the server keeps calibration reviews blind. */
export function HumanReviews({ reviews }: { reviews: readonly Review[] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  return (
    <section className="quality-human-reviews" aria-labelledby="quality-human-reviews-title">
      <h3 id="quality-human-reviews-title">{t('quality.scoring.humanReviews')}</h3>
      {reviews.length === 0 ? (
        <p className="empty">{t('quality.scoring.noHumanReviews')}</p>
      ) : (
        <ul className="plain-list quality-human-reviews__list">
          {reviews.map((review) => (
            <li key={review.id}>
              <Link href={qualityPath('review', review.id)}>
                {t('quality.score', { score: formatScore(review.score) })}
              </Link>{' '}
              <span className="badge">{t(`quality.kinds.${review.kind}`)}</span>{' '}
              <span className="muted">
                {t('quality.scoring.reviewedBy', {
                  name: review.reviewer?.name ?? t('quality.reviews.automaticReviewer'),
                  date: format.date(review.createdAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
