import type { Customer } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';

/** Who the customer is. Room for the customer panel (history, attributes) of a later issue. */
export function CustomerPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const rows = [
    { label: t('customer.email'), value: customer.email },
    { label: t('customer.phone'), value: customer.phone },
    { label: t('customer.language'), value: customer.locale },
    { label: t('customer.country'), value: customer.country },
  ];
  return (
    <aside className="customer-panel" aria-label={t('customer.panel')}>
      <h3 className="customer-panel__title">
        <bdi>{customer.name}</bdi>
      </h3>
      <dl className="customer-panel__details">
        {rows
          .filter((row) => row.value)
          .map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>
                <bdi>{row.value}</bdi>
              </dd>
            </div>
          ))}
      </dl>
    </aside>
  );
}
