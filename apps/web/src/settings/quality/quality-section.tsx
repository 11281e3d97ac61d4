import type { ScorecardEntry } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/use-resource';
import { useToast } from '../../ui/toast-context';
import { ItemTable } from '../item-table';
import { SectionStatus } from '../section-loading';
import { QaSettingsForm } from './qa-settings-form';
import { loadQualitySettings, loadScorecardList } from './quality-settings-api';
import { RescoreStatus } from './rescore-status';
import { ScorecardDialog } from './scorecard-dialog';
import { useRescoreRun } from './use-rescore-run';
import { useScorecardName } from './use-scorecard-name';
import './quality-settings.css';

/** Quality review settings (leads and admins): the scorecard in use, the weekly sample, and the scorecards. */
export function QualitySection() {
  const { t } = useTranslation();
  const toast = useToast();
  const scorecardName = useScorecardName();
  const settings = useResource(loadQualitySettings, []);
  const scorecards = useResource(loadScorecardList, []);
  const rescore = useRescoreRun();
  const [open, setOpen] = useState<ScorecardEntry | 'new' | null>(null);
  const [savedVersion, setSavedVersion] = useState<{ name: string; version: number } | null>(null);
  const current = (scorecards.data?.scorecards ?? []).filter((card) => card.current);

  return (
    <section className="section" aria-labelledby="quality-settings-title">
      <h2 id="quality-settings-title">{t('qualityReports.settings.title')}</h2>
      <p className="section__intro">{t('qualityReports.settings.intro')}</p>
      <RescoreStatus saved={savedVersion} run={rescore.run} showFinished={rescore.followed} />

      <h3>{t('qualityReports.settings.reviewTitle')}</h3>
      {settings.data && scorecards.data ? (
        <QaSettingsForm
          settings={settings.data}
          scorecards={current}
          onSaved={(saved) => settings.setData(() => saved)}
        />
      ) : (
        <SectionStatus error={settings.error ?? scorecards.error} />
      )}

      <div className="quality-settings__heading">
        <h3>{t('qualityReports.settings.scorecardsTitle')}</h3>
        <button type="button" className="button" onClick={() => setOpen('new')}>
          {t('qualityReports.settings.new')}
        </button>
      </div>
      <p className="field__hint">{t('qualityReports.settings.scorecardsHint')}</p>
      {scorecards.data ? (
        <ItemTable
          caption={t('qualityReports.settings.scorecardsTitle')}
          empty={t('qualityReports.settings.empty')}
          nameHeader={t('qualityReports.settings.name')}
          items={current.map((card) => ({ id: card.id, name: scorecardName(card), card }))}
          columns={[
            { header: t('qualityReports.settings.version'), cell: ({ card }) => card.version },
            {
              header: t('qualityReports.settings.categories'),
              cell: ({ card }) => card.categories.length,
            },
            {
              header: t('qualityReports.settings.status'),
              cell: ({ card }) =>
                card.isDefault ? (
                  <span className="badge badge--active">{t('qualityReports.settings.inUseBadge')}</span>
                ) : null,
            },
          ]}
          onOpen={({ card }) => setOpen(card)}
          editable={() => true}
        />
      ) : (
        <SectionStatus error={scorecards.error} />
      )}

      <ScorecardDialog
        open={open}
        onClose={() => setOpen(null)}
        onCreated={(entry) => {
          setOpen(null);
          toast.success(t('qualityReports.settings.created', { name: scorecardName(entry) }));
          scorecards.reload();
        }}
        onSaved={(saved) => {
          setOpen(null);
          if (saved.newVersion) {
            setSavedVersion({ name: scorecardName(saved.scorecard), version: saved.scorecard.version });
            // The scorecard in use is named by its current version's id, which has just changed.
            settings.reload();
          } else {
            toast.success(t('qualityReports.settings.savedInPlace', { name: scorecardName(saved.scorecard) }));
          }
          if (saved.rescore) rescore.follow(saved.rescore);
          scorecards.reload();
        }}
      />
    </section>
  );
}
