import {
  CUSTOMER_ATTRIBUTE_TYPES,
  CUSTOMER_PROFILE_API,
  CreateCustomerAttributeRequest,
  CustomerAttributeDefinition,
  UpdateCustomerAttributeRequest,
} from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { Field, TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { useSaveForm } from '../../forms/use-save-form';
import { validate, type FieldProblem } from '../../forms/validate';
import { Modal } from '../../ui/modal';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { RadioGroupField } from '../radio-group-field';
import { draftOfField, fieldRequestOfDraft, keyFromLabel, type CustomerFieldDraft } from './customer-field-draft';

interface Props {
  /** Add (null field) or change an existing one; null closes the dialog. */
  open: { field: CustomerAttributeDefinition | null } | null;
  onSaved: (field: CustomerAttributeDefinition) => void;
  onClose: () => void;
}

export function CustomerFieldDialog({ open, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const field = open?.field ?? null;
  return (
    <Modal
      open={open !== null}
      title={field ? t('customerProfile.fields.editTitle') : t('customerProfile.fields.createTitle')}
      onClose={onClose}
    >
      <CustomerFieldForm key={field?.id ?? 'new'} field={field} onSaved={onSaved} onCancel={onClose} />
    </Modal>
  );
}

function CustomerFieldForm({
  field,
  onSaved,
  onCancel,
}: {
  field: CustomerAttributeDefinition | null;
  onSaved: (field: CustomerAttributeDefinition) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<CustomerFieldDraft>(() => draftOfField(field));
  // The key follows the label until the admin types one of their own.
  const [keyTyped, setKeyTyped] = useState(field !== null);
  const change = (update: Partial<CustomerFieldDraft>) => setDraft((current) => ({ ...current, ...update }));

  // The contract's words for a list's options are English: say what is wrong with them in the UI's language.
  const showProblems = (problems: Record<string, FieldProblem>) => {
    form.fromProblems(problems);
    const options = Object.keys(problems).find((path) => path === 'options' || path.startsWith('options.'));
    if (options === undefined) return;
    const given = fieldRequestOfDraft(draft, false)['options'];
    const empty = Array.isArray(given) && given.length === 0;
    form.set(options, empty ? t('customerProfile.fields.optionsRequired') : t('customerProfile.fields.optionsInvalid'));
  };

  const submit = () => {
    const body = fieldRequestOfDraft(draft, field !== null);
    return field
      ? save(
          validate(UpdateCustomerAttributeRequest, body),
          (data) => apiSend('PATCH', CUSTOMER_PROFILE_API.attribute(field.id), data, CustomerAttributeDefinition),
          onSaved,
          showProblems,
        )
      : save(
          validate(CreateCustomerAttributeRequest, body),
          (data) => apiSend('POST', CUSTOMER_PROFILE_API.attributes, data, CustomerAttributeDefinition),
          onSaved,
          showProblems,
        );
  };

  return (
    <form ref={attach} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <TextField
        label={t('customerProfile.fields.label')}
        error={form.errors.label}
        dir="auto"
        maxLength={100}
        autoFocus
        value={draft.label}
        onValue={(label) => change(keyTyped ? { label } : { label, key: keyFromLabel(label) })}
      />
      <TextField
        label={t('customerProfile.fields.key')}
        hint={field ? t('customerProfile.fields.keyFixed') : t('customerProfile.fields.keyHint')}
        error={form.errors.key}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        readOnly={field !== null}
        value={draft.key}
        onValue={(key) => {
          setKeyTyped(true);
          change({ key });
        }}
      />
      {field ? (
        <p>
          {t('customerProfile.fields.type')}: {t(`customerProfile.fields.types.${field.type}`)}
        </p>
      ) : (
        <RadioGroupField
          legend={t('customerProfile.fields.type')}
          options={CUSTOMER_ATTRIBUTE_TYPES.map((type) => ({
            value: type,
            label: t(`customerProfile.fields.types.${type}`),
          }))}
          value={draft.type}
          onChange={(type) => change({ type })}
          error={form.errors.type}
        />
      )}
      {draft.type === 'list' ? (
        <Field
          label={t('customerProfile.fields.options')}
          hint={t('customerProfile.fields.optionsHint')}
          error={errorUnder(form.errors, 'options')}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={5}
              dir="auto"
              value={draft.options}
              onChange={(event) => change({ options: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      <DialogFormActions
        error={failure}
        editable
        busy={busy}
        submitLabel={field ? t('common.save') : t('customerProfile.fields.createSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
