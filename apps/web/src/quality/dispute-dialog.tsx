import type { Review, ScorecardCategory, UiLocale } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { DialogFormActions } from '../ui/dialog-form-actions';
import { Modal } from '../ui/modal';
import { useToast } from '../ui/toast-context';
import { ratingText } from './category-text';
import { disputeReview } from './quality-api';

interface DisputeDialogProps {
  review: Review;
  /** The category being disputed; null when the dialog is closed. */
  category: string | null;
  categories: readonly ScorecardCategory[];
  locale: UiLocale;
  onClose: () => void;
  onDisputed: (review: Review) => void;
}

/** The agent reviewed says why one rating is wrong; a lead reads it and decides. Escape closes. */
export function DisputeDialog({ review, category, categories, locale, onClose, onDisputed }: DisputeDialogProps) {
  const { t } = useTranslation();
  const definition = categories.find((item) => item.key === category);
  const name = definition?.name[locale] ?? category ?? '';
  return (
    <Modal open={category !== null} title={t('quality.review.disputeCategory', { category: name })} onClose={onClose}>
      {category ? (
        <DisputeForm
          key={category}
          review={review}
          category={category}
          definition={definition}
          locale={locale}
          onClose={onClose}
          onDisputed={onDisputed}
        />
      ) : null}
    </Modal>
  );
}

interface DisputeFormProps {
  review: Review;
  category: string;
  definition: ScorecardCategory | undefined;
  locale: UiLocale;
  onClose: () => void;
  onDisputed: (review: Review) => void;
}

function DisputeForm({ review, category, definition, locale, onClose, onDisputed }: DisputeFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rating = review.ratings.find((item) => item.category === category);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const updated = await disputeReview(review.id, { category, reason: reason.trim() });
      toast.success(t('quality.disputeDialog.sent'));
      onDisputed(updated);
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {rating ? (
        <p className="dialog__body">
          {t('quality.disputeDialog.rated', { rating: ratingText(definition, rating.value, locale, t('quality.na')) })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={id}>{t('quality.disputeDialog.reason')}</label>
        <input
          id={id}
          className="input"
          value={reason}
          maxLength={2000}
          dir="auto"
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : `${id}-hint`}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('quality.disputeDialog.reasonHint')}
        </p>
        {missing ? (
          <p id={`${id}-error`} className="field__error">
            {t('quality.disputeDialog.reasonRequired')}
          </p>
        ) : null}
      </div>
      <DialogFormActions
        editable
        busy={busy}
        busyLabel={t('common.working')}
        submitLabel={t('quality.disputeDialog.submit')}
        error={error}
        onCancel={onClose}
      />
    </form>
  );
}
