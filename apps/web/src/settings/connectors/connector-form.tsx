import {
  CONNECTOR_API,
  CONNECTOR_TIMEOUT_MS,
  Connector,
  ConnectorWithSecret,
  CreateConnectorRequest,
  UpdateConnectorRequest,
  type ConnectorKind,
} from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { CheckboxField } from '../../forms/checkbox-field';
import { TextField } from '../../forms/field';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { RadioGroupField } from '../radio-group-field';
import { ActionsEditor } from './actions-editor';
import { connectorRequestOfDraft, draftOfConnector, TEMPLATE_FIELDS, type ConnectorDraft } from './connector-draft';
import { HeadersEditor } from './headers-editor';
import { MappingEditor } from './mapping-editor';

interface ConnectorFormProps {
  connector: Connector | null;
  onCreated: (created: ConnectorWithSecret) => void;
  onSaved: (connector: Connector) => void;
  onCancel: () => void;
}

const KINDS: readonly ConnectorKind[] = ['http_get', 'signed'];

/** A connector's settings: where to ask, with which headers, how long to wait and keep, and how to read the answer. */
export function ConnectorForm({ connector, onCreated, onSaved, onCancel }: ConnectorFormProps) {
  const { t } = useTranslation();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<ConnectorDraft>(() => draftOfConnector(connector));
  const change = (update: Partial<ConnectorDraft>) => setDraft((current) => ({ ...current, ...update }));

  const submit = () => {
    const body = connectorRequestOfDraft(draft, connector !== null);
    return connector
      ? save(
          validate(UpdateConnectorRequest, body),
          (data) => apiSend('PATCH', CONNECTOR_API.connector(connector.id), data, Connector),
          onSaved,
        )
      : save(
          validate(CreateConnectorRequest, body),
          (data) => apiSend('POST', CONNECTOR_API.connectors, data, ConnectorWithSecret),
          onCreated,
        );
  };
  const errors = form.errors;

  return (
    <form ref={attachForm} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      {connector ? (
        <p className="field__hint">
          {t('connectors.settings.kindFixed', { kind: t(`connectors.settings.kinds.${connector.kind}`) })}
        </p>
      ) : (
        <RadioGroupField
          legend={t('connectors.settings.kind')}
          options={KINDS.map((kind) => ({
            value: kind,
            label: t(`connectors.settings.kinds.${kind}`),
            hint: t(`connectors.settings.kindHints.${kind}`),
          }))}
          value={draft.kind}
          error={errors['kind']}
          onChange={(kind) => change({ kind })}
        />
      )}
      <TextField
        label={t('connectors.settings.name')}
        hint={t('connectors.settings.nameHint')}
        error={errors['name']}
        dir="auto"
        maxLength={100}
        autoFocus={!connector}
        value={draft.name}
        onValue={(name) => change({ name })}
      />
      <TextField
        label={t('connectors.settings.url')}
        hint={t('connectors.settings.urlHint', { fields: TEMPLATE_FIELDS.map((field) => `{{${field}}}`).join(', ') })}
        error={errors['urlTemplate']}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://billing.example.com/customers/{{customer.externalId}}"
        value={draft.urlTemplate}
        onValue={(urlTemplate) => change({ urlTemplate })}
      />
      <HeadersEditor headers={draft.headers} errors={errors} onChange={(headers) => change({ headers })} />
      <div className="form__row">
        <TextField
          label={t('connectors.settings.timeout')}
          hint={t('connectors.settings.timeoutHint', { min: CONNECTOR_TIMEOUT_MS.min, max: CONNECTOR_TIMEOUT_MS.max })}
          error={errors['timeoutMs']}
          type="number"
          inputMode="numeric"
          min={CONNECTOR_TIMEOUT_MS.min}
          max={CONNECTOR_TIMEOUT_MS.max}
          step={100}
          value={draft.timeoutMs}
          onValue={(timeoutMs) => change({ timeoutMs })}
        />
        <TextField
          label={t('connectors.settings.cacheTtl')}
          hint={t('connectors.settings.cacheTtlHint')}
          error={errors['cacheTtlSeconds']}
          type="number"
          inputMode="numeric"
          min={0}
          value={draft.cacheTtlSeconds}
          onValue={(cacheTtlSeconds) => change({ cacheTtlSeconds })}
        />
        <TextField
          label={t('connectors.settings.position')}
          hint={t('connectors.settings.positionHint')}
          error={errors['position']}
          type="number"
          inputMode="numeric"
          min={0}
          value={draft.position}
          onValue={(position) => change({ position })}
        />
      </div>
      {draft.kind === 'http_get' ? (
        <>
          <MappingEditor draft={draft} errors={errors} onChange={change} />
          <ActionsEditor actions={draft.actions} errors={errors} onChange={(actions) => change({ actions })} />
        </>
      ) : (
        <p className="notice">{t('connectors.settings.signedExplained')}</p>
      )}
      <CheckboxField
        label={t('connectors.settings.allowPrivate')}
        hint={t('connectors.settings.allowPrivateHint')}
        error={errors['allowPrivate']}
        checked={draft.allowPrivate}
        onChange={(allowPrivate) => change({ allowPrivate })}
        whenChecked={<p className="notice notice--warning">{t('connectors.settings.allowPrivateWarning')}</p>}
      />
      <CheckboxField
        label={t('connectors.settings.active')}
        hint={t('connectors.settings.activeHint')}
        checked={draft.active}
        onChange={(active) => change({ active })}
      />
      <DialogFormActions
        error={failure}
        editable
        busy={busy}
        submitLabel={connector ? t('common.save') : t('connectors.settings.createSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
