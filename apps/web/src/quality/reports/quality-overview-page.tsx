import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { useSignedIn } from '../../session/session-context';
import { OverviewContent } from './overview-content';
import { categoryNames } from './report-format';
import { PeriodPicker } from './report-toolbar';
import { loadOverview, loadScorecards, loadTeams, type PeriodWeeks } from './quality-reports-api';
import './quality-reports.css';

/** The team's quality at a glance: IQS beside the automatic score, the trend, agents and categories. */
export function QualityOverviewPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { role } = useSignedIn().session.user;
  const teamSelectId = useId();
  const [weeks, setWeeks] = useState<PeriodWeeks>(12);
  const [team, setTeam] = useState<string | null>(null);
  const overview = useResource((signal) => loadOverview({ weeks, team }, signal), [weeks, team]);
  const teams = useResource(loadTeams, []);
  const scorecards = useResource(loadScorecards, []);
  const names = categoryNames(scorecards.data?.scorecards ?? [], i18n.language);

  return (
    <section className="quality-report" aria-labelledby="quality-overview-title" aria-busy={overview.loading}>
      <h2 id="quality-overview-title" tabIndex={-1}>
        {t('qualityReports.overview.title')}
      </h2>
      <div className="quality-report__toolbar">
        <PeriodPicker value={weeks} onChange={setWeeks} />
        <div className="inline-field">
          <label htmlFor={teamSelectId}>{t('qualityReports.overview.team')}</label>
          <select
            id={teamSelectId}
            className="select select--compact"
            value={team ?? ''}
            onChange={(event) => setTeam(event.target.value || null)}
          >
            <option value="">{t('qualityReports.overview.allTeams')}</option>
            {(teams.data?.items ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {overview.error ? (
        <p className="notice notice--error" role="alert">
          {errorText(overview.error)}
        </p>
      ) : overview.data ? (
        <OverviewContent overview={overview.data} names={names} canSettle={role === 'lead' || role === 'admin'} />
      ) : (
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      )}
    </section>
  );
}
