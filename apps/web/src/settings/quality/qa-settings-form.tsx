import { UpdateQualitySettingsRequest, type QualitySettings, type ScorecardEntry } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../forms/field';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { BusyButton } from '../../ui/busy-button';
import { useToast } from '../../ui/toast-context';
import { saveQualitySettings } from './quality-settings-api';
import { draftOfSettings, settingsInputOf, type QaSettingsDraft } from './scorecard-draft';
import { useScorecardName } from './use-scorecard-name';

interface QaSettingsFormProps {
  settings: QualitySettings;
  /** Current versions only: the one in use is always the latest of its family. */
  scorecards: readonly ScorecardEntry[];
  onSaved: (settings: QualitySettings) => void;
}

/** Which scorecard reviews use, how many conversations a week each agent gets reviewed, and what counts as low. */
export function QaSettingsForm({ settings, scorecards, onSaved }: QaSettingsFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const scorecardName = useScorecardName();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<QaSettingsDraft>(() => draftOfSettings(settings));
  // A new version of the scorecard in use changes its id: follow it rather than offer a stale one.
  const [shown, setShown] = useState(settings);
  if (settings !== shown) {
    setShown(settings);
    setDraft(draftOfSettings(settings));
  }
  const change = (update: Partial<QaSettingsDraft>) => setDraft((current) => ({ ...current, ...update }));

  const submit = () =>
    save(validate(UpdateQualitySettingsRequest, settingsInputOf(draft)), saveQualitySettings, (saved) => {
      toast.success(t('qualityReports.settings.settingsSaved'));
      onSaved(saved);
    });

  return (
    <form ref={attach} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <Field
        label={t('qualityReports.settings.inUse')}
        hint={t('qualityReports.settings.inUseHint')}
        error={form.errors.defaultScorecardId}
      >
        {(control) => (
          <select
            {...control}
            className="select"
            value={draft.defaultScorecardId}
            onChange={(event) => change({ defaultScorecardId: event.target.value })}
          >
            {scorecards.map((card) => (
              <option key={card.id} value={card.id}>
                {t('qualityReports.settings.nameWithVersion', { name: scorecardName(card), version: card.version })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('qualityReports.settings.samplePerAgent')}
          hint={t('qualityReports.settings.samplePerAgentHint')}
          error={form.errors.samplePerAgent}
        >
          {(control) => (
            <input
              {...control}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={0}
              max={50}
              step={1}
              value={draft.samplePerAgent}
              onChange={(event) => change({ samplePerAgent: event.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('qualityReports.settings.lowScoreBelow')}
          hint={t('qualityReports.settings.lowScoreBelowHint')}
          error={form.errors.lowScoreBelow}
        >
          {(control) => (
            <input
              {...control}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              value={draft.lowScoreBelow}
              onChange={(event) => change({ lowScoreBelow: event.target.value })}
            />
          )}
        </Field>
      </div>
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <p>
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </BusyButton>
      </p>
    </form>
  );
}
