import {
  CUSTOMER_PROFILE_API,
  Customer,
  UpdateCustomerRequest,
  type CustomerAttributeDefinition,
} from '@sincere/contracts';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { Field, TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { TimeZoneField } from '../../settings/time-zone-field';
import { Modal } from '../../ui/modal';
import { draftOfCustomer, requestOfDraft, type ProfileDraft } from './profile-draft';

interface Props {
  open: boolean;
  customer: Customer;
  definitions: readonly CustomerAttributeDefinition[];
  onSaved: (customer: Customer) => void;
  onClose: () => void;
}

/** Everything the team may change about a customer, each field with its own error. */
export function EditProfileDialog({ open, customer, definitions, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('customerProfile.editTitle')} onClose={onClose}>
      <EditProfileForm customer={customer} definitions={definitions} onSaved={onSaved} onCancel={onClose} />
    </Modal>
  );
}

function EditProfileForm({
  customer,
  definitions,
  onSaved,
  onCancel,
}: Omit<Props, 'open' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOfCustomer(customer, definitions));
  const change = (update: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...update }));
  const setAttribute = (key: string, value: string) =>
    setDraft((current) => ({ ...current, attributes: { ...current.attributes, [key]: value } }));
  const text = (
    field: keyof Omit<ProfileDraft, 'attributes'>,
    label: string,
    extra: Partial<ComponentProps<typeof TextField>> = {},
  ) => (
    <TextField
      dir="auto"
      error={form.errors[field]}
      {...extra}
      label={label}
      value={draft[field]}
      onValue={(value) => change({ [field]: value })}
    />
  );

  const submit = () =>
    save(
      validate(UpdateCustomerRequest, requestOfDraft(draft, definitions)),
      (data) => apiSend('PATCH', CUSTOMER_PROFILE_API.customer(customer.id), data, Customer),
      onSaved,
    );

  return (
    <form ref={attach} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      {text('name', t('customerProfile.name'), { required: true, maxLength: 200, autoFocus: true })}
      {text('email', t('customerProfile.email'), { type: 'email', dir: 'ltr', autoComplete: 'off' })}
      {text('phone', t('customerProfile.phone'), { type: 'tel', dir: 'ltr', autoComplete: 'off' })}
      {text('addressAs', t('customerProfile.addressAs'), { hint: t('customerProfile.addressAsHint'), maxLength: 100 })}
      {text('company', t('customerProfile.company'), { maxLength: 200 })}
      {text('plan', t('customerProfile.plan'), { maxLength: 100 })}
      <div className="form__row">
        {text('revenueAmount', t('customerProfile.revenueAmount'), {
          inputMode: 'decimal',
          dir: 'ltr',
          error: errorUnder(form.errors, 'revenue.amountCents') ?? form.errors['revenue'],
        })}
        {text('revenueCurrency', t('customerProfile.revenueCurrency'), {
          hint: t('customerProfile.currencyHint'),
          dir: 'ltr',
          maxLength: 3,
          autoComplete: 'off',
          error: form.errors['revenue.currency'],
        })}
      </div>
      {text('referralSource', t('customerProfile.referralSource'), { maxLength: 200 })}
      {text('locale', t('customerProfile.language'), { hint: t('customerProfile.localeHint'), dir: 'ltr' })}
      {text('country', t('customerProfile.country'), {
        hint: t('customerProfile.countryHint'),
        dir: 'ltr',
        maxLength: 2,
      })}
      <TimeZoneField
        label={t('customerProfile.timeZone')}
        error={form.errors.timeZone}
        value={draft.timeZone}
        onValue={(timeZone) => change({ timeZone })}
      />
      {definitions.length > 0 ? (
        <fieldset className="form__fieldset">
          <legend>{t('customerProfile.customFields')}</legend>
          {definitions.map((definition) => (
            <AttributeInput
              key={definition.id}
              definition={definition}
              value={draft.attributes[definition.key] ?? ''}
              error={form.errors[`attributes.${definition.key}`]}
              onValue={(value) => setAttribute(definition.key, value)}
            />
          ))}
        </fieldset>
      ) : null}
      <DialogFormActions error={failure} editable busy={busy} submitLabel={t('common.save')} onCancel={onCancel} />
    </form>
  );
}

interface AttributeInputProps {
  definition: CustomerAttributeDefinition;
  value: string;
  error: string | undefined;
  onValue: (value: string) => void;
}

/** The input a field's type asks for: a list of its options, a number, a date or text. */
function AttributeInput({ definition, value, error, onValue }: AttributeInputProps) {
  const { t } = useTranslation();
  if (definition.type === 'list') {
    return (
      <Field label={definition.label} error={error}>
        {(control) => (
          <select {...control} className="select" value={value} onChange={(event) => onValue(event.target.value)}>
            <option value="">{t('customerProfile.notSet')}</option>
            {definition.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  const typeProps: Partial<ComponentProps<typeof TextField>> =
    definition.type === 'number'
      ? { inputMode: 'decimal', dir: 'ltr' }
      : definition.type === 'date'
        ? { type: 'date' }
        : { dir: 'auto', maxLength: 1000 };
  return <TextField {...typeProps} label={definition.label} error={error} value={value} onValue={onValue} />;
}
