import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PERIODS, type PeriodWeeks } from './quality-reports-api';

/** The period buttons every report starts with; pressed state says which one is shown. */
export function PeriodPicker({ value, onChange }: { value: PeriodWeeks; onChange: (weeks: PeriodWeeks) => void }) {
  const { t } = useTranslation();
  return (
    <div className="quality-report__periods" role="group" aria-label={t('qualityReports.period.label')}>
      {PERIODS.map((weeks) => (
        <button
          key={weeks}
          type="button"
          className={value === weeks ? 'button button--small button--primary' : 'button button--small'}
          aria-pressed={value === weeks}
          onClick={() => onChange(weeks)}
        >
          {t('qualityReports.period.weeks', { count: weeks })}
        </button>
      ))}
    </div>
  );
}

/** A big number with what it is and how many reviews it rests on. */
export function Stat({ label, value, detail }: { label: string; value: string; detail?: ReactNode }) {
  return (
    <div className="quality-stat">
      <dt className="quality-stat__label">{label}</dt>
      <dd className="quality-stat__value">{value}</dd>
      {detail ? <dd className="quality-stat__detail">{detail}</dd> : null}
    </div>
  );
}
