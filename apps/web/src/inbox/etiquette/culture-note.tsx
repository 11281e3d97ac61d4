import type { CultureWarning } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

/** One warning for the customer's culture: what it is, the words that raised it, why, and what to write instead. */
export function CultureNote({ warning }: { warning: CultureWarning }) {
  const { t } = useTranslation();
  const { check } = warning;
  return (
    <div className="notice notice--warning coaching-note" data-check={check} data-testid="culture-warning">
      <p className="coaching-note__head">
        <strong>{t(`etiquette.checks.${check}.title`)}</strong>{' '}
        {warning.text ? (
          <bdi dir="auto" className="coaching-note__quote">
            {t('promises.check.quoted', { text: warning.text })}
          </bdi>
        ) : null}
      </p>
      <p className="coaching-note__why">{t(`etiquette.checks.${check}.why`)}</p>
      {warning.suggestion ? (
        <p className="coaching-note__better">
          <strong>{t('etiquette.instead')}</strong> <bdi dir="auto">{warning.suggestion}</bdi>
        </p>
      ) : null}
    </div>
  );
}
