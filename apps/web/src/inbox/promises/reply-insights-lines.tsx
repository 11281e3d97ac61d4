import type { CoachingWarning, PromiseSuggestion } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { formatDueForBoth } from './promise-format';

interface LineProps {
  suggestion: PromiseSuggestion;
  defaultDueAt: string;
  customerTimeZone: string | null;
}

/**
 * "Promise: <what> — due today 15:30 (today 13:30 for the customer)", or, with no time in the words,
 * "— no time said: follow up tomorrow 09:00".
 */
export function PromiseLine({ suggestion, defaultDueAt, customerTimeZone }: LineProps) {
  const { t, i18n } = useTranslation();
  const due = formatDueForBoth(suggestion.dueAt ?? defaultDueAt, i18n.language, customerTimeZone);
  const values = { what: suggestion.what, due: due.agent };
  return (
    <p className="promise-line">
      <span dir="auto">
        {suggestion.dueAt ? t('promises.check.promise', values) : t('promises.check.noTime', values)}
      </span>
      {suggestion.dueAt && due.customer ? (
        <span className="muted"> ({t('promises.check.customerTime', { time: due.customer })})</span>
      ) : null}
    </p>
  );
}

/** One coaching warning: what it is, the words that raised it, why it costs trust and a better way. */
export function CoachingNote({ warning }: { warning: CoachingWarning }) {
  const { t } = useTranslation();
  const check = warning.check;
  return (
    <div className="notice notice--warning coaching-note" data-check={check}>
      <p className="coaching-note__head">
        <strong>{t(`promises.coaching.${check}.title`)}</strong>{' '}
        <bdi dir="auto" className="coaching-note__quote">
          {t('promises.check.quoted', { text: warning.text })}
        </bdi>
      </p>
      <p className="coaching-note__why">{t(`promises.coaching.${check}.why`)}</p>
      <p className="coaching-note__better">
        <strong>{t('promises.check.better')}</strong> {t(`promises.coaching.${check}.better`)}
      </p>
    </div>
  );
}
