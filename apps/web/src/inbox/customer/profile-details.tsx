import type { Customer, CustomerAttributeDefinition } from '@sincere/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalTime } from './local-time';
import { formatAttributeValue, formatMoney } from './profile-format';

interface Row {
  key: string;
  label: string;
  value: ReactNode;
}

/** What is known of the customer: contacts, identities, local time, company, plan and the account's own fields. */
export function ProfileDetails({
  customer,
  definitions,
}: {
  customer: Customer;
  definitions: readonly CustomerAttributeDefinition[];
}) {
  const { t, i18n } = useTranslation();
  const text = (value: string | null) => (value ? <bdi>{value}</bdi> : null);
  const rows: Row[] = [
    { key: 'email', label: t('customerProfile.email'), value: text(customer.email) },
    { key: 'phone', label: t('customerProfile.phone'), value: text(customer.phone) },
    {
      key: 'localTime',
      label: t('customerProfile.localTime'),
      value: customer.timeZone ? <LocalTime timeZone={customer.timeZone} /> : null,
    },
    { key: 'language', label: t('customerProfile.language'), value: text(customer.locale) },
    { key: 'country', label: t('customerProfile.country'), value: text(customer.country) },
    { key: 'addressAs', label: t('customerProfile.addressAs'), value: text(customer.addressAs) },
    { key: 'company', label: t('customerProfile.company'), value: text(customer.company) },
    { key: 'plan', label: t('customerProfile.plan'), value: text(customer.plan) },
    {
      key: 'revenue',
      label: t('customerProfile.revenue'),
      value: customer.revenue
        ? formatMoney(customer.revenue.amountCents, customer.revenue.currency, i18n.language)
        : null,
    },
    { key: 'referralSource', label: t('customerProfile.referralSource'), value: text(customer.referralSource) },
    ...definitions.map((definition) => {
      const value = customer.attributes[definition.key];
      return {
        key: `attribute:${definition.key}`,
        label: definition.label,
        value: value === undefined ? null : <bdi>{formatAttributeValue(definition, value, i18n.language)}</bdi>,
      };
    }),
  ];
  // The profile's own fields already show the email and phone: identities add the other ways in.
  const identities = customer.identities.filter(
    (identity) =>
      !(identity.kind === 'email' && identity.value === customer.email) &&
      !(identity.kind === 'phone' && identity.value === customer.phone),
  );
  const shown = rows.filter((row) => row.value !== null);
  if (shown.length === 0 && identities.length === 0) return <p className="muted">{t('customerProfile.noDetails')}</p>;
  return (
    <dl className="customer-panel__details">
      {shown.map((row) => (
        <div key={row.key}>
          {/* A customer field's label is the account's own text. */}
          <dt>{row.key.startsWith('attribute:') ? <bdi>{row.label}</bdi> : row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
      {identities.length > 0 ? (
        <div>
          <dt>{t('customerProfile.identities')}</dt>
          <dd>
            <ul className="plain-list">
              {identities.map((identity, index) => (
                <li key={`${identity.kind}:${identity.value ?? index}`}>
                  {t(`customerProfile.identityKinds.${identity.kind}`)}
                  {identity.value !== null ? (
                    <>
                      {': '}
                      <bdi>{identity.value}</bdi>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
