import type { Priority } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { DurationField } from './duration-field';
import { PRIORITIES, TARGET_KINDS, targetPath, type TargetKind, type TargetsDraft } from './sla-policy-draft';

interface SlaTargetsFieldsProps {
  targets: TargetsDraft;
  errors: Record<string, string>;
  onChange: (targets: TargetsDraft) => void;
}

/** First-response and resolution targets per priority; a target left empty has no clock. */
export function SlaTargetsFields({ targets, errors, onChange }: SlaTargetsFieldsProps) {
  const { t } = useTranslation();
  const set = (priority: Priority, kind: TargetKind, value: TargetsDraft[Priority][TargetKind]) =>
    onChange({ ...targets, [priority]: { ...targets[priority], [kind]: value } });
  return (
    <fieldset className="sla-targets">
      <legend className="choice-group__legend">{t('slaSettings.targets')}</legend>
      <p className="field__hint">{t('slaSettings.targetsHint')}</p>
      {PRIORITIES.map((priority) => (
        <fieldset key={priority} className="sla-targets__row">
          <legend className="sla-targets__priority">{t(`slaSettings.priorities.${priority}`)}</legend>
          {TARGET_KINDS.map((kind) => (
            <DurationField
              key={kind}
              label={t(`slaSettings.targetKinds.${kind}`)}
              value={targets[priority][kind]}
              error={errors[targetPath(priority, kind)]}
              onChange={(value) => set(priority, kind, value)}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
