import type { Dispute, ScorecardCategory, UiLocale } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';
import { ratingText } from './category-text';
import { PointChoices } from './point-choices';
import { decideDispute } from './quality-api';
import type { DraftValue } from './score-preview';

interface DisputeDecisionFormProps {
  dispute: Dispute;
  category: ScorecardCategory;
  locale: UiLocale;
  onSettled: (id: string) => void;
}

/**
 * Accept (the default on Enter) with the corrected rating, or reject; the comment goes to the agent either way.
 * Accepting re-scores the review on the server.
 */
export function DisputeDecisionForm({ dispute, category, locale, onSettled }: DisputeDecisionFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  const [value, setValue] = useState<DraftValue>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const na = t('quality.na');
  const decide = async (decision: 'accept' | 'reject') => {
    if (decision === 'accept' && value === null) return setProblem(t('quality.disputes.chooseRating'));
    setProblem(null);
    setBusy(decision);
    try {
      await decideDispute(dispute.id, {
        decision,
        ...(decision === 'accept' && value !== null ? { value } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      toast.success(decision === 'accept' ? t('quality.disputes.acceptedToast') : t('quality.disputes.rejectedToast'));
      onSettled(dispute.id);
    } catch (caught) {
      setProblem(errorText(caught));
      setBusy(null);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void decide('accept');
  };

  return (
    <form className="form quality-decision" onSubmit={submit} noValidate>
      <p>{t('quality.disputes.original', { rating: ratingText(category, dispute.originalValue, locale, na) })}</p>
      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t('quality.disputes.corrected')}</legend>
        <PointChoices category={category} locale={locale} value={value} onChange={setValue} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('quality.disputes.comment')}</label>
        <input
          id={`${id}-comment`}
          className="input"
          value={comment}
          maxLength={2000}
          dir="auto"
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="quality-decision__actions">
        <BusyButton type="submit" className="button button--primary" busy={busy === 'accept'} disabled={busy !== null}>
          {t('quality.disputes.accept')}
        </BusyButton>
        <BusyButton
          type="button"
          className="button"
          busy={busy === 'reject'}
          disabled={busy !== null}
          onClick={() => void decide('reject')}
        >
          {t('quality.disputes.reject')}
        </BusyButton>
      </div>
    </form>
  );
}
