import type { RescoreRun } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { rescoreProgress } from './rescore-progress';

interface RescoreStatusProps {
  /** The version a save has just made, if any. */
  saved: { name: string; version: number } | null;
  run: RescoreRun | null;
  /** Whether to show a run found on arrival that has already finished well (old news otherwise). */
  showFinished: boolean;
}

/**
 * "Version N saved" and how re-scoring the automatic reviews is going. Only the outcome is announced: a screen
 * reader reading out every 2-second step would drown the page; the progress bar says where it stands.
 */
export function RescoreStatus({ saved, run, showFinished }: RescoreStatusProps) {
  const { t } = useTranslation();
  const progress = run ? rescoreProgress(run) : null;
  const visibleRun = run && (run.status === 'running' || run.status === 'failed' || showFinished) ? run : null;
  if (!saved && !visibleRun) return null;

  const outcome = (() => {
    if (!visibleRun || !progress) return null;
    switch (visibleRun.status) {
      case 'running':
        return null;
      case 'done':
        return t('qualityReports.settings.rescore.done', { count: progress.total });
      case 'failed':
        return t('qualityReports.settings.rescore.failed', { error: visibleRun.error ?? '—' });
      case 'superseded':
        return t('qualityReports.settings.rescore.superseded');
    }
  })();

  return (
    <div className={visibleRun?.status === 'failed' ? 'panel rescore-status' : 'panel panel--success rescore-status'}>
      <div role="status">
        {saved ? (
          <p className="panel__title">
            {t('qualityReports.settings.versionSaved', { version: saved.version, name: saved.name })}
          </p>
        ) : null}
        {outcome ? <p>{outcome}</p> : null}
      </div>
      {visibleRun && progress?.running ? (
        <p className="rescore-status__progress">
          <span id="rescore-label">{t('qualityReports.settings.rescore.running')}</span>
          <progress
            className="rescore-status__bar"
            aria-labelledby="rescore-label"
            value={progress.done}
            max={Math.max(progress.total, 1)}
          />
          <span>
            {t('qualityReports.settings.rescore.progress', {
              done: progress.done,
              total: progress.total,
              percent: progress.percent,
            })}
          </span>
        </p>
      ) : null}
    </div>
  );
}
