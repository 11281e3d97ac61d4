import type { CategoryRating, Review, ScorecardEntry, UiLocale } from '@sincere/contracts';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { BusyButton } from '../ui/busy-button';
import { CategoryField } from './category-field';
import { submitReview } from './quality-api';
import { formatScore, previewScore, type DraftValue } from './score-preview';

interface ScorecardFormProps {
  conversationId: string;
  scorecard: ScorecardEntry;
  /** The automatic review beside the form; null in calibration rounds (scored blind) or before one exists. */
  automatic: { review: Review; scorecard: ScorecardEntry | null } | null;
  calibrationId: string | null;
  locale: UiLocale;
  onShowMessage: (messageId: string) => void;
  onSubmitted: (review: Review) => void;
}

/**
 * The reviewer's ratings: a point or N/A for every category, a comment where they want one, and the score
 * as it will be stored, updated as they rate. Enter in a comment submits; so does Ctrl+Enter in the overall one.
 */
export function ScorecardForm(props: ScorecardFormProps) {
  const { conversationId, scorecard, automatic, calibrationId, locale, onShowMessage, onSubmitted } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, DraftValue>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [overall, setOverall] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { categories } = scorecard;
  const preview = previewScore(categories, values);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const unrated = categories
      .filter((category) => (values[category.key] ?? null) === null)
      .map((category) => category.key);
    setMissing(unrated);
    if (unrated.length > 0) {
      setError(null);
      // Take the reviewer to the first category still to rate.
      formRef.current
        ?.querySelector<HTMLInputElement>(`[data-category="${unrated[0] ?? ''}"] input[type="radio"]`)
        ?.focus();
      return;
    }
    const ratings: CategoryRating[] = categories.map((category) => {
      const note = comments[category.key]?.trim();
      return { category: category.key, value: values[category.key] ?? 'na', ...(note ? { comment: note } : {}) };
    });
    setBusy(true);
    setError(null);
    try {
      const review = await submitReview(conversationId, {
        ratings,
        ...(overall.trim() ? { comment: overall.trim() } : {}),
        ...(calibrationId ? { calibrationId } : {}),
      });
      onSubmitted(review);
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  const onOverallKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const automaticRatings = new Map(automatic?.review.ratings.map((rating) => [rating.category, rating]));
  const humanOnly = new Set(automatic?.review.humanOnly);
  const missingNames = categories.filter((item) => missing.includes(item.key)).map((item) => item.name[locale]);

  return (
    <form
      ref={formRef}
      className="form quality-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="quality-form__head">
        <h3 id={`${id}-title`}>{t('quality.scoring.form')}</h3>
        <p className="muted">
          {t('quality.scoring.version', { name: scorecard.name[locale], version: scorecard.version })}
        </p>
      </div>
      <p className="quality-live" role="status" data-testid="live-score" data-score={formatScore(preview.score)}>
        <strong>{t('quality.scoring.live', { score: formatScore(preview.score) })}</strong>{' '}
        <span className="muted">{t('quality.scoring.progress', { rated: preview.rated, total: preview.total })}</span>
        {preview.criticalFailed ? (
          <span className="quality-live__critical">{t('quality.scoring.criticalFailed')}</span>
        ) : null}
      </p>
      {categories.map((category) => (
        <CategoryField
          key={category.key}
          category={category}
          locale={locale}
          value={values[category.key] ?? null}
          comment={comments[category.key] ?? ''}
          onValue={(value) => {
            setValues((current) => ({ ...current, [category.key]: value }));
            setMissing((current) => current.filter((key) => key !== category.key));
          }}
          onComment={(comment) => setComments((current) => ({ ...current, [category.key]: comment }))}
          automatic={
            automatic
              ? {
                  rating: automaticRatings.get(category.key) ?? null,
                  category: automatic.scorecard?.categories.find((item) => item.key === category.key),
                }
              : null
          }
          humanOnly={humanOnly.has(category.key) || category.automatic === 'human_only'}
          missing={missing.includes(category.key)}
          onShowMessage={onShowMessage}
        />
      ))}
      <div className="field">
        <label htmlFor={`${id}-overall`}>{t('quality.scoring.overall')}</label>
        <textarea
          id={`${id}-overall`}
          className="input"
          rows={3}
          maxLength={4000}
          dir="auto"
          value={overall}
          aria-describedby={`${id}-overall-hint`}
          onChange={(event) => setOverall(event.target.value)}
          onKeyDown={onOverallKeyDown}
        />
        <p id={`${id}-overall-hint`} className="field__hint">
          {t('quality.scoring.overallHint')}
        </p>
      </div>
      {missingNames.length > 0 ? (
        <p className="form__error" role="alert">
          {t('quality.scoring.missing', { names: missingNames.join(', ') })}
        </p>
      ) : null}
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="quality-form__actions">
        <BusyButton
          type="submit"
          className="button button--primary"
          busy={busy}
          busyLabel={t('quality.scoring.submitting')}
        >
          {t('quality.scoring.submit')}
        </BusyButton>
      </div>
    </form>
  );
}
