import { CUSTOMER_PROFILE_API, type Customer } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../ui/toast-context';
import { ForgetCustomerDialog } from './forget-customer-dialog';

interface Props {
  customer: Customer;
  canExport: boolean;
  canForget: boolean;
  onForgotten: (customer: Customer) => void;
}

/** The customer's own data: a download of all of it (admins, leads), and erasing it on request (admins). */
export function CustomerDataActions({ customer, canExport, canForget, onForgotten }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const toast = useToast();
  const [forgetting, setForgetting] = useState(false);
  if (!canExport && !canForget) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('customerProfile.data.title')}</h4>
      <span className="item-table__actions">
        {canExport ? (
          // A plain link: the browser downloads the file the server names (Content-Disposition), with the session.
          <a className="button button--small" href={CUSTOMER_PROFILE_API.export(customer.id)} download>
            {t('customerProfile.data.export')}
          </a>
        ) : null}
        {canForget && !customer.forgottenAt ? (
          <button
            type="button"
            className="button button--small button--danger-quiet"
            onClick={() => setForgetting(true)}
          >
            {t('customerProfile.data.forget')}
          </button>
        ) : null}
      </span>
      {canForget ? (
        <ForgetCustomerDialog
          open={forgetting}
          customer={customer}
          onForgotten={(forgotten) => {
            setForgetting(false);
            toast.success(t('customerProfile.data.forgotten'));
            onForgotten(forgotten);
          }}
          onClose={() => setForgetting(false)}
        />
      ) : null}
    </section>
  );
}
