import {
  ChannelConfig,
  ChannelCreated,
  ChannelKind,
  CHANNEL_API,
  CreateChannelRequest,
  type Team,
} from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { Field, TextField } from '../../forms/field';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { useSignedIn } from '../../session/session-context';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { RadioGroupField } from '../radio-group-field';
import {
  createRequestOfDraft,
  draftOfChannel,
  newChannelDraft,
  validateUpdate,
  type ChannelDraft,
} from './channel-draft';
import { EmailChannelFields } from './email-channel-fields';
import { TelegramChannelFields } from './telegram-channel-fields';
import { WebChannelFields } from './web-channel-fields';

interface ChannelFormProps {
  /** null connects a new channel; its kind is chosen in the form. */
  channel: ChannelConfig | null;
  teams: readonly Team[];
  editable: boolean;
  onCreated: (created: ChannelCreated) => void;
  onSaved: (channel: ChannelConfig) => void;
  onCancel: () => void;
}

/** Connects a channel of any kind, or changes one: name, team and the kind's own settings and secrets. */
export function ChannelForm({ channel, teams, editable, onCreated, onSaved, onCancel }: ChannelFormProps) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const timeZone = session.account.timeZone;
  const [draft, setDraft] = useState<ChannelDraft>(() =>
    channel ? draftOfChannel(channel, timeZone) : newChannelDraft('web', timeZone),
  );
  const change = (update: Partial<ChannelDraft>) => setDraft((current) => ({ ...current, ...update }));
  const secretSet = (name: string) => channel?.secretsSet.includes(name) ?? false;

  const submit = () =>
    channel
      ? save(
          validateUpdate(draft),
          (data) => apiSend('PATCH', CHANNEL_API.channel(channel.id), data, ChannelConfig),
          onSaved,
        )
      : save(
          validate(CreateChannelRequest, createRequestOfDraft(draft)),
          (data) => apiSend('POST', CHANNEL_API.channels, data, ChannelCreated),
          onCreated,
        );

  return (
    <form ref={attachForm} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <fieldset className="form__fieldset" disabled={!editable}>
        {channel ? null : (
          <RadioGroupField
            legend={t('channelsSettings.kind')}
            value={draft.kind}
            onChange={(kind) => {
              form.clear();
              change({ kind });
            }}
            options={ChannelKind.options.map((kind) => ({
              value: kind,
              label: t(`channelsSettings.kinds.${kind}`),
              hint: t(`channelsSettings.kindHints.${kind}`),
            }))}
          />
        )}
        <TextField
          label={t('channelsSettings.name')}
          hint={t('channelsSettings.nameHint')}
          error={form.errors.name}
          dir="auto"
          value={draft.name}
          onValue={(name) => change({ name })}
        />
        <Field label={t('channelsSettings.team')} hint={t('channelsSettings.teamHint')} error={form.errors.teamId}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={draft.teamId}
              onChange={(event) => change({ teamId: event.target.value })}
            >
              <option value="">{t('channelsSettings.noTeam')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.kind === 'web' ? (
          <WebChannelFields
            web={draft.web}
            errors={form.errors}
            editable={editable}
            onChange={(update) => change({ web: { ...draft.web, ...update } })}
          />
        ) : null}
        {draft.kind === 'email' ? (
          <EmailChannelFields
            email={draft.email}
            errors={form.errors}
            passwordSet={secretSet('imapPassword')}
            onChange={(update) => change({ email: { ...draft.email, ...update } })}
          />
        ) : null}
        {draft.kind === 'telegram' ? (
          <TelegramChannelFields
            telegram={draft.telegram}
            errors={form.errors}
            tokenSet={secretSet('botToken')}
            onChange={(update) => change({ telegram: { ...draft.telegram, ...update } })}
          />
        ) : null}
        {draft.kind === 'api' ? <p className="muted">{t('channelsSettings.apiHint')}</p> : null}
      </fieldset>
      <DialogFormActions
        error={failure}
        editable={editable}
        busy={busy}
        submitLabel={channel ? t('common.save') : t('channelsSettings.connectSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
