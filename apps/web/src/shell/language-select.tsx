import { UI_LOCALES, type UiLocale } from '@sincere/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLocale } from '../i18n/locale';

interface LanguageSelectProps {
  value: UiLocale;
  onChange: (locale: UiLocale) => void;
  disabled?: boolean;
}

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSelect({ value, onChange, disabled = false }: LanguageSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="select select--compact"
        value={value}
        disabled={disabled}
        onChange={(event) => {
          if (isUiLocale(event.target.value)) onChange(event.target.value);
        }}
      >
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
