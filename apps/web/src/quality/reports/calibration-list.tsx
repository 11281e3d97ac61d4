import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/use-resource';
import { useDateFormat } from '../../i18n/format';
import { Link } from '../../router/link';
import { navigate } from '../../router/navigation';
import { useSignedIn } from '../../session/session-context';
import { SectionStatus } from '../../settings/section-loading';
import { useToast } from '../../ui/toast-context';
import { CalibrationProgress } from './calibration-progress';
import { NewCalibrationDialog } from './new-calibration-dialog';
import { loadCalibrations } from './quality-reports-api';

/** Calibration rounds, newest first; leads start new ones. */
export function CalibrationList() {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const toast = useToast();
  const { role } = useSignedIn().session.user;
  const lead = role === 'lead' || role === 'admin';
  const rounds = useResource(loadCalibrations, []);
  const [creating, setCreating] = useState(false);
  const items = rounds.data?.calibrations ?? [];

  return (
    <section className="quality-report" aria-labelledby="calibration-title">
      <div className="quality-report__heading">
        <h2 id="calibration-title" tabIndex={-1}>
          {t('qualityReports.calibration.title')}
        </h2>
        {lead ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('qualityReports.calibration.new')}
          </button>
        ) : null}
      </div>
      <p className="section__intro">{t('qualityReports.calibration.intro')}</p>
      {!rounds.data ? (
        <SectionStatus error={rounds.error} />
      ) : items.length === 0 ? (
        <p className="empty">{t('qualityReports.calibration.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('qualityReports.calibration.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('qualityReports.calibration.name')}</th>
                <th scope="col">{t('qualityReports.calibration.started')}</th>
                <th scope="col">{t('qualityReports.calibration.status')}</th>
                <th scope="col">{t('qualityReports.calibration.progressHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((round) => (
                <tr key={round.id}>
                  <th scope="row">
                    <Link href={`/quality/calibration/${encodeURIComponent(round.id)}`}>
                      <bdi>{round.name}</bdi>
                    </Link>
                  </th>
                  <td>{dates.date(round.createdAt)}</td>
                  <td>
                    {round.closedAt ? (
                      <span className="badge">{t('qualityReports.calibration.closed')}</span>
                    ) : (
                      <span className="badge badge--open">{t('qualityReports.calibration.open')}</span>
                    )}
                  </td>
                  <td>
                    <CalibrationProgress round={round} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lead ? (
        <NewCalibrationDialog
          open={creating}
          onClose={() => setCreating(false)}
          onStarted={(round) => {
            setCreating(false);
            toast.success(t('qualityReports.calibration.startedToast', { name: round.name }));
            navigate(`/quality/calibration/${encodeURIComponent(round.id)}`);
          }}
        />
      ) : null}
    </section>
  );
}
