import {
  API,
  CreateSlaPolicyRequest,
  MAX_SLA_TARGET_MINUTES,
  MAX_SLA_TARGET_WEEKS,
  SlaPolicy,
} from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { TextField } from '../forms/field';
import { useSaveForm } from '../forms/use-save-form';
import { validate, type FieldProblem } from '../forms/validate';
import { useSignedIn } from '../session/session-context';
import { useToast } from '../ui/toast-context';
import { BusinessHoursEditor } from './business-hours-editor';
import { DialogFormActions } from '../ui/dialog-form-actions';
import { formatMinutes } from './duration';
import { RadioGroupField } from './radio-group-field';
import { draftOfPolicy, requestOfDraft, slaProblemText, type SlaPolicyDraft } from './sla-policy-draft';
import { SlaTargetsFields } from './sla-targets-fields';

interface SlaPolicyFormProps {
  policy: SlaPolicy | null;
  editable: boolean;
  onSaved: (policy: SlaPolicy) => void;
  onCancel: () => void;
}

export function SlaPolicyForm({ policy, editable, onSaved, onCancel }: SlaPolicyFormProps) {
  const { t, i18n } = useTranslation();
  const { session } = useSignedIn();
  const toast = useToast();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<SlaPolicyDraft>(() => draftOfPolicy(policy, session.account.timeZone));
  const change = (update: Partial<SlaPolicyDraft>) => setDraft((current) => ({ ...current, ...update }));

  // The generic texts would mislead here ("at most 129600 characters"): say what is wrong with a target or a block.
  const showProblems = (problems: Record<string, FieldProblem>) => {
    form.fromProblems(problems);
    for (const [path, problem] of Object.entries(problems)) {
      const text = slaProblemText(path, problem);
      if (text) {
        form.set(
          path,
          t(`slaSettings.problems.${text}`, {
            max: formatMinutes(MAX_SLA_TARGET_MINUTES, i18n.language),
            weeks: MAX_SLA_TARGET_WEEKS,
          }),
        );
      }
    }
  };

  const submit = () => {
    const { body, unreadable } = requestOfDraft(draft);
    const validated = validate(CreateSlaPolicyRequest, body);
    // A target the draft could not read (e.g. "1h 9x") fails like a field the contract refused.
    const check: typeof validated =
      unreadable.length === 0
        ? validated
        : {
            ok: false,
            problems: {
              ...(validated.ok ? {} : validated.problems),
              ...Object.fromEntries(unreadable.map((path) => [path, { kind: 'invalid' } as const])),
            },
          };
    return save(
      check,
      (data) =>
        apiSend(policy ? 'PATCH' : 'POST', policy ? API.slaPolicy(policy.id) : API.slaPolicies, data, SlaPolicy),
      (saved) => {
        toast.success(t(policy ? 'slaSettings.saved' : 'slaSettings.created', { name: saved.name }));
        onSaved(saved);
      },
      (problems) => {
        showProblems(problems);
        for (const path of unreadable) form.set(path, t('slaSettings.problems.targetUnreadable'));
      },
    );
  };

  return (
    <form ref={attachForm} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <fieldset className="form__fieldset" disabled={!editable}>
        <TextField
          label={t('slaSettings.name')}
          error={form.errors.name}
          dir="auto"
          autoFocus={!policy}
          value={draft.name}
          onValue={(name) => change({ name })}
        />
        <SlaTargetsFields targets={draft.targets} errors={form.errors} onChange={(targets) => change({ targets })} />
        <RadioGroupField
          legend={t('slaSettings.counting')}
          value={draft.counting}
          onChange={(counting) => change({ counting })}
          error={form.errors.businessHours}
          options={[
            { value: 'schedule', label: t('slaSettings.schedule'), hint: t('slaSettings.scheduleHint') },
            { value: 'calendar', label: t('slaSettings.calendarTime'), hint: t('slaSettings.calendarHint') },
          ]}
        />
        {draft.counting === 'schedule' ? (
          <BusinessHoursEditor
            hours={draft.hours}
            errors={form.errors}
            editable={editable}
            onChange={(hours) => change({ hours })}
          />
        ) : null}
      </fieldset>
      <DialogFormActions
        error={failure}
        editable={editable}
        busy={busy}
        submitLabel={policy ? t('common.save') : t('slaSettings.createSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
