import type { ReviewRating, ScorecardCategory, UiLocale } from '@sincere/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingText } from './category-text';
import { EvidenceList } from './evidence-list';
import { PointChoices } from './point-choices';
import type { DraftValue } from './score-preview';

interface CategoryFieldProps {
  category: ScorecardCategory;
  locale: UiLocale;
  value: DraftValue;
  comment: string;
  onValue: (value: DraftValue) => void;
  onComment: (comment: string) => void;
  /** What the automatic review gave this category; hidden in calibration rounds. */
  automatic: { rating: ReviewRating | null; category: ScorecardCategory | undefined } | null;
  /** Left to people by the automatic scorer. */
  humanOnly: boolean;
  /** Not rated when the reviewer tried to submit. */
  missing: boolean;
  onShowMessage: (messageId: string) => void;
}

/**
 * One scorecard category: what it is about, its points (and N/A where allowed), a comment, and the automatic
 * rating with its evidence beside it.
 */
export function CategoryField(props: CategoryFieldProps) {
  const { category, locale, value, comment, onValue, onComment, automatic, humanOnly, missing, onShowMessage } = props;
  const { t } = useTranslation();
  const id = useId();
  const name = category.name[locale];

  return (
    <fieldset
      className={missing ? 'quality-category quality-category--missing' : 'quality-category'}
      data-category={category.key}
      aria-describedby={missing ? `${id}-missing` : undefined}
    >
      <legend className="quality-category__name">
        {name}
        {category.critical ? <span className="badge badge--critical">{t('quality.scoring.critical')}</span> : null}
        {humanOnly ? <span className="badge">{t('quality.scoring.humanOnly')}</span> : null}
        <span className="muted quality-category__weight">
          {t('quality.scoring.weight', { weight: category.weight })}
        </span>
      </legend>
      <details className="disclosure quality-category__description">
        <summary>{t('quality.scoring.description')}</summary>
        <p dir="auto">{category.description[locale]}</p>
      </details>
      <PointChoices category={category} locale={locale} value={value} onChange={onValue} />
      {missing ? (
        <p id={`${id}-missing`} className="field__error">
          {t('quality.scoring.rateThis')}
        </p>
      ) : null}
      {automatic ? (
        <AutomaticRating {...automatic} humanOnly={humanOnly} locale={locale} onShowMessage={onShowMessage} />
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('quality.scoring.comment', { category: name })}</label>
        <input
          id={`${id}-comment`}
          className="input"
          value={comment}
          maxLength={2000}
          dir="auto"
          onChange={(event) => onComment(event.target.value)}
        />
      </div>
    </fieldset>
  );
}

function AutomaticRating({
  rating,
  category,
  humanOnly,
  locale,
  onShowMessage,
}: NonNullable<CategoryFieldProps['automatic']> & {
  humanOnly: boolean;
  locale: UiLocale;
  onShowMessage: (messageId: string) => void;
}) {
  const { t } = useTranslation();
  if (humanOnly) return <p className="muted quality-automatic">{t('quality.scoring.automaticSkipped')}</p>;
  if (!rating) return null;
  return (
    <div className="quality-automatic" data-testid="automatic-rating">
      <p className="quality-automatic__rating">
        {t('quality.scoring.automatic', { rating: ratingText(category, rating.value, locale, t('quality.na')) })}
      </p>
      <EvidenceList evidence={rating.evidence} onShowMessage={onShowMessage} />
    </div>
  );
}
