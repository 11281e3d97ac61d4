import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_COUNTRIES } from './holiday-countries';

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
  const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const options = HOLIDAY_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, i18n.language),
  );
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
