import {
  ConversationEventType,
  CreateWebhookRequest,
  UpdateWebhookRequest,
  WEBHOOK_API,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { CheckboxField } from '../../forms/checkbox-field';
import { TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { draftOfWebhook, toggleEvent, webhookRequestOfDraft, type WebhookDraft } from './webhook-draft';

interface WebhookFormProps {
  endpoint: WebhookEndpoint | null;
  onCreated: (created: WebhookEndpointWithSecret) => void;
  onSaved: (endpoint: WebhookEndpoint) => void;
  onCancel: () => void;
}

/** Where deliveries go, which events they carry, and whether a private address is allowed. */
export function WebhookForm({ endpoint, onCreated, onSaved, onCancel }: WebhookFormProps) {
  const { t } = useTranslation();
  const eventsHint = useId();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<WebhookDraft>(() => draftOfWebhook(endpoint));
  const change = (update: Partial<WebhookDraft>) => setDraft((current) => ({ ...current, ...update }));

  const submit = () => {
    const body = webhookRequestOfDraft(draft, endpoint !== null);
    return endpoint
      ? save(
          validate(UpdateWebhookRequest, body),
          (data) => apiSend('PATCH', WEBHOOK_API.webhook(endpoint.id), data, WebhookEndpoint),
          onSaved,
        )
      : save(
          validate(CreateWebhookRequest, body),
          (data) => apiSend('POST', WEBHOOK_API.webhooks, data, WebhookEndpointWithSecret),
          onCreated,
        );
  };
  const eventsError = errorUnder(form.errors, 'events');

  return (
    <form ref={attachForm} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <TextField
        label={t('webhooksSettings.url')}
        hint={t('webhooksSettings.urlHint')}
        error={form.errors.url}
        type="url"
        dir="ltr"
        autoComplete="off"
        placeholder="https://crm.example/hooks/sincere"
        autoFocus={!endpoint}
        value={draft.url}
        onValue={(url) => change({ url })}
      />
      <TextField
        label={t('webhooksSettings.description')}
        error={form.errors.description}
        dir="auto"
        maxLength={500}
        value={draft.description}
        onValue={(description) => change({ description })}
      />
      <fieldset className="choice-group" aria-describedby={eventsHint}>
        <legend className="choice-group__legend">{t('webhooksSettings.events')}</legend>
        <p id={eventsHint} className="field__hint">
          {t('webhooksSettings.eventsHint')}
        </p>
        <div className="check-list">
          {ConversationEventType.options.map((type) => (
            <label key={type} className="choice">
              <input
                type="checkbox"
                checked={draft.events.includes(type)}
                onChange={(event) => change({ events: toggleEvent(draft.events, type, event.target.checked) })}
              />
              <code className="choice__label">{type}</code>
            </label>
          ))}
        </div>
        {eventsError ? <p className="field__error">{eventsError}</p> : null}
      </fieldset>
      <CheckboxField
        label={t('webhooksSettings.allowPrivate')}
        hint={t('webhooksSettings.allowPrivateHint')}
        error={form.errors.allowPrivate}
        checked={draft.allowPrivate}
        onChange={(allowPrivate) => change({ allowPrivate })}
        whenChecked={<p className="notice notice--warning">{t('webhooksSettings.allowPrivateWarning')}</p>}
      />
      <DialogFormActions
        error={failure}
        editable
        busy={busy}
        submitLabel={endpoint ? t('common.save') : t('webhooksSettings.createSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
