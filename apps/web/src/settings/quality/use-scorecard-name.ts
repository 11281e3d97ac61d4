import type { Scorecard } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { uiLocale } from '../../quality/reports/report-format';

/** A scorecard's (or category's) name in the UI language: scorecards carry both English and Russian. */
export function useScorecardName(): (item: Pick<Scorecard, 'name'>) => string {
  const { i18n } = useTranslation();
  return (item) => item.name[uiLocale(i18n.language)];
}
