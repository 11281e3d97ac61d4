import { MAX_HOLIDAYS } from '@sincere/contracts';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withHoliday } from './business-hours-form';

interface HolidaysEditorProps {
  holidays: readonly string[];
  errors: Record<string, string>;
  editable: boolean;
  onChange: (holidays: string[]) => void;
}

/** Dates on which no block starts, read in the schedule's time zone. */
export function HolidaysEditor({ holidays, errors, editable, onChange }: HolidaysEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [date, setDate] = useState('');
  // A date of the schedule, not an instant: format it as the calendar day it names.
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' });
  const label = (holiday: string) => format.format(new Date(`${holiday}T00:00:00Z`));
  const error =
    errors['businessHours.holidays'] ?? holidays.map((_, i) => errors[`businessHours.holidays.${i}`]).find(Boolean);

  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    onChange(withHoliday(holidays, date));
    setDate('');
  };
  // Enter adds the date instead of submitting the whole policy.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="holidays">
      <legend className="choice-group__legend">{t('businessHours.holidays')}</legend>
      <p className="field__hint">{t('businessHours.holidaysHint')}</p>
      {holidays.length > 0 ? (
        <ul className="holidays__list" aria-label={t('businessHours.holidays')}>
          {holidays.map((holiday) => (
            <li key={holiday} className="tag">
              <time dateTime={holiday}>{label(holiday)}</time>
              {editable ? (
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={t('businessHours.removeHoliday', { date: label(holiday) })}
                  onClick={() => onChange(holidays.filter((other) => other !== holiday))}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable && holidays.length < MAX_HOLIDAYS ? (
        <div className="inline-form">
          <label htmlFor={id} className="visually-hidden">
            {t('businessHours.holidayDate')}
          </label>
          <input
            id={id}
            type="date"
            className="input input--date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button button--small" onClick={add}>
            {t('businessHours.addHoliday')}
          </button>
        </div>
      ) : null}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
