import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';

/** What a section shows before its data has arrived, or instead of it when loading failed. */
export function SectionStatus({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        {errorText(error)}
      </p>
    );
  }
  return (
    <p className="muted" aria-busy="true">
      <span className="spinner" aria-hidden="true" /> {t('common.loading')}
    </p>
  );
}
