import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes, minutesOfDraft, type DurationDraft } from './duration';

/** 90 days, the contract's longest target. */
const MAX_HOURS = 90 * 24;

interface DurationFieldProps {
  label: string;
  value: DurationDraft;
  onChange: (value: DurationDraft) => void;
  error?: string | undefined;
}

/** A duration typed as hours and minutes, read back in words ("1 day 2 hr") once it adds up to something. */
export function DurationField({ label, value, onChange, error }: DurationFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const minutes = minutesOfDraft(value);
  const readable = typeof minutes === 'number' && minutes > 0 ? formatMinutes(minutes, i18n.language) : null;
  const describedBy = [readable ? `${id}-readable` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const control = (part: keyof DurationDraft) => ({
    className: 'input input--number',
    type: 'number',
    inputMode: 'numeric' as const,
    min: 0,
    value: value[part],
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': describedBy || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement>) => onChange({ ...value, [part]: event.target.value }),
  });
  return (
    <div className="duration-field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="duration-field__label">
        {label}
      </span>
      <span className="duration-field__inputs">
        <label className="duration-field__part">
          <input {...control('hours')} max={MAX_HOURS} aria-label={t('slaSettings.hoursLabel')} />
          <span aria-hidden="true">{t('slaSettings.hours')}</span>
        </label>
        <label className="duration-field__part">
          <input {...control('minutes')} aria-label={t('slaSettings.minutesLabel')} />
          <span aria-hidden="true">{t('slaSettings.minutes')}</span>
        </label>
      </span>
      {readable ? (
        <span id={`${id}-readable`} className="field__hint">
          = {readable}
        </span>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
