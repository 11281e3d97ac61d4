import { UpdateConversationRequest } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validate } from '../forms/validate';
import { Modal } from '../ui/modal';

interface Props {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onSnooze: (change: UpdateConversationRequest) => Promise<boolean>;
}

/** `datetime-local` wants local time without a zone: tomorrow at 09:00 by default. */
function tomorrowMorning(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T09:00`;
}

/** Snooze until a chosen time; the conversation reopens by itself then. */
export function SnoozeDialog({ open, busy, onClose, onSnooze }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [until, setUntil] = useState(tomorrowMorning);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const time = new Date(until);
    const inFuture = !Number.isNaN(time.getTime()) && time.getTime() > Date.now();
    const checked = inFuture
      ? validate(UpdateConversationRequest, { status: 'snoozed', snoozedUntil: time.toISOString() })
      : null;
    if (!checked?.ok) return setError(t('snooze.invalid'));
    setError(null);
    if (await onSnooze(checked.data)) onClose();
  };

  return (
    <Modal open={open} title={t('snooze.title')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('snooze.until')}</label>
          <input
            id={id}
            type="datetime-local"
            className="input"
            value={until}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setUntil(event.target.value)}
            autoFocus
          />
          {error ? (
            <p id={`${id}-error`} className="field__error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('snooze.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
