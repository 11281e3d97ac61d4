import { CUSTOMER_PROFILE_API, Customer, ForgetCustomerRequest } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { TextField } from '../../forms/field';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { BusyButton } from '../../ui/busy-button';
import { Modal } from '../../ui/modal';
import { isolate } from '../bidi';
import { sameTypedName } from './profile-format';

interface Props {
  open: boolean;
  customer: Customer;
  onForgotten: (customer: Customer) => void;
  onClose: () => void;
}

/** "Forget this customer": says what is erased, and asks for the customer's name typed as confirmation. */
export function ForgetCustomerDialog({ open, customer, onForgotten, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('customerProfile.data.forgetTitle', { name: isolate(customer.name) })}
      onClose={onClose}
    >
      <ForgetForm customer={customer} onForgotten={onForgotten} onCancel={onClose} />
    </Modal>
  );
}

function ForgetForm({
  customer,
  onForgotten,
  onCancel,
}: Pick<Props, 'customer' | 'onForgotten'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [typed, setTyped] = useState('');
  const matches = sameTypedName(typed, customer.name);

  const submit = () =>
    save(
      validate(ForgetCustomerRequest, { confirm: typed }),
      (data) => apiSend('POST', CUSTOMER_PROFILE_API.forget(customer.id), data, Customer),
      onForgotten,
    );

  return (
    <form ref={attach} className="form" onSubmit={onSubmit(submit)} noValidate>
      <p className="dialog__body">{t('customerProfile.data.forgetBody')}</p>
      <p className="notice notice--warning">{t('customerProfile.data.forgetIrreversible')}</p>
      <TextField
        label={t('customerProfile.data.forgetConfirmLabel', { name: isolate(customer.name) })}
        error={form.errors.confirm}
        autoFocus
        autoComplete="off"
        dir="auto"
        value={typed}
        onValue={setTyped}
      />
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <BusyButton
          type="submit"
          className="button button--danger"
          busy={busy}
          busyLabel={t('customerProfile.data.forgetting')}
          disabled={!matches}
        >
          {t('customerProfile.data.forgetSubmit')}
        </BusyButton>
      </div>
    </form>
  );
}
