import { API, CreateTeamRequest, Team, TeamAssignment, UpdateTeamRequest, type SlaPolicy } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { Field, TextField } from '../forms/field';
import { useSaveForm } from '../forms/use-save-form';
import { validate } from '../forms/validate';
import { DialogFormActions } from '../ui/dialog-form-actions';
import { RadioGroupField } from './radio-group-field';

interface TeamFormProps {
  team: Team | null;
  policies: readonly SlaPolicy[];
  editable: boolean;
  onSaved: (team: Team) => void;
  /** Says what happened; the dialog shows it where a screen reader hears it. */
  notify: (text: string) => void;
  onCancel: () => void;
}

/** Name, how the team hands out conversations, and the SLA policy its conversations are measured by. */
export function TeamForm({ team, policies, editable, onSaved, notify, onCancel }: TeamFormProps) {
  const { t } = useTranslation();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [name, setName] = useState(team?.name ?? '');
  const [assignment, setAssignment] = useState<TeamAssignment>(team?.assignment ?? 'manual');
  const [slaPolicyId, setSlaPolicyId] = useState(team?.slaPolicyId ?? '');

  const submit = () => {
    const input = { name, assignment, slaPolicyId: slaPolicyId || null };
    const check = team ? validate(UpdateTeamRequest, input) : validate(CreateTeamRequest, input);
    return save(
      check,
      (data) => apiSend(team ? 'PATCH' : 'POST', team ? API.team(team.id) : API.teams, data, Team),
      (saved) => {
        notify(t(team ? 'teamsSettings.saved' : 'teamsSettings.created', { name: saved.name }));
        onSaved(saved);
      },
    );
  };

  return (
    <form ref={attachForm} className="form" onSubmit={onSubmit(submit)} noValidate>
      <fieldset className="form__fieldset" disabled={!editable}>
        <TextField
          label={t('teamsSettings.name')}
          error={form.errors.name}
          dir="auto"
          autoFocus={!team}
          value={name}
          onValue={setName}
        />
        <RadioGroupField
          legend={t('teamsSettings.assignment')}
          value={assignment}
          onChange={setAssignment}
          error={form.errors.assignment}
          options={TeamAssignment.options.map((mode) => ({
            value: mode,
            label: t(`teamsSettings.assignmentModes.${mode}`),
            hint: t(`teamsSettings.assignmentHints.${mode}`),
          }))}
        />
        <Field
          label={t('teamsSettings.slaPolicy')}
          hint={t('teamsSettings.slaPolicyHint')}
          error={form.errors.slaPolicyId}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={slaPolicyId}
              onChange={(e) => setSlaPolicyId(e.target.value)}
            >
              <option value="">{t('teamsSettings.noSlaPolicy')}</option>
              {policies.map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <DialogFormActions
        error={failure}
        editable={editable}
        busy={busy}
        submitLabel={team ? t('common.save') : t('teamsSettings.createSubmit')}
        // Members change as soon as they are added, so once the team exists there is nothing to cancel.
        cancelLabel={team ? t('itemTable.close') : undefined}
        onCancel={onCancel}
      />
    </form>
  );
}
