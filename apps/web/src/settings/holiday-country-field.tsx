import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_COUNTRIES, countryOptions } from './culture/calendar-draft';

interface Props {
  /** ISO code, '' for none. */
  value: string;
  error: string | undefined;
  editable: boolean;
  onChange: (country: string) => void;
}

/** Closed on a country's public holidays as well: the list follows Sincere's calendars (Settings › Calendar). */
export function HolidayCountryField({ value, error, editable, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // The countries the calendar settings offer, and the one chosen before if it is not among them.
  const known: readonly string[] = CALENDAR_COUNTRIES;
  const codes = value && !known.includes(value) ? [...known, value] : known;
  const options = countryOptions(codes, i18n.language);
  return (
    <div className="field">
      <label htmlFor={id}>{t('businessHours.holidayCountry')}</label>
      <select
        id={id}
        className="input"
        value={value}
        disabled={!editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('businessHours.noHolidayCountry')}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field__hint">
        {t('businessHours.holidayCountryHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
