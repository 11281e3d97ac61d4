import { CUSTOMER_PROFILE_API, Customer, CustomerDuplicateList, type CustomerDuplicate } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend, apiSendEmpty } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast-context';
import { isolate } from '../bidi';

interface Props {
  customer: Customer;
  canMerge: boolean;
  /** The target after a merge, as the server answered it. */
  onMerged: (customer: Customer) => void;
}

/** Customers who look like the same person, to merge into this profile or to dismiss. */
export function CustomerDuplicates({ customer, canMerge, onMerged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const confirm = useConfirm();
  const toast = useToast();
  const found = useResource(
    (signal) => apiGet(CUSTOMER_PROFILE_API.duplicates(customer.id), CustomerDuplicateList, signal),
    [customer.id, customer.updatedAt],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const items = found.data?.items ?? [];
  if (items.length === 0 && !found.error) return null;

  const merge = async (duplicate: CustomerDuplicate) => {
    const ok = await confirm({
      title: t('customerProfile.duplicates.mergeTitle'),
      body: t('customerProfile.duplicates.mergeBody', {
        source: isolate(duplicate.customer.name),
        target: isolate(customer.name),
      }),
      confirmLabel: t('customerProfile.duplicates.mergeConfirm'),
      danger: true,
    });
    if (!ok) return;
    setBusy(duplicate.customer.id);
    try {
      const merged = await apiSend(
        'POST',
        CUSTOMER_PROFILE_API.merge(customer.id),
        { sourceId: duplicate.customer.id },
        Customer,
      );
      toast.success(t('customerProfile.duplicates.merged'));
      onMerged(merged);
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const dismiss = async (duplicate: CustomerDuplicate) => {
    setBusy(duplicate.customer.id);
    try {
      await apiSendEmpty('POST', CUSTOMER_PROFILE_API.dismissDuplicate(customer.id, duplicate.customer.id));
      found.setData((current) =>
        current ? { items: current.items.filter((item) => item.customer.id !== duplicate.customer.id) } : current,
      );
      toast.success(t('customerProfile.duplicates.dismissed'));
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('customerProfile.duplicates.title')}</h4>
      {found.error ? (
        <p className="field__error" role="alert">
          {errorText(found.error)}
        </p>
      ) : null}
      <ul className="plain-list">
        {items.map((duplicate) => (
          <li key={duplicate.customer.id} className="panel">
            <p>
              <bdi>{duplicate.customer.name}</bdi>
              <br />
              <span className="muted">
                {t(`customerProfile.duplicates.reason.${duplicate.reason}`)}
                {': '}
                <bdi>{(duplicate.reason === 'email' ? duplicate.customer.email : duplicate.customer.phone) ?? ''}</bdi>
              </span>
            </p>
            {canMerge ? (
              <span className="item-table__actions">
                <BusyButton
                  type="button"
                  className="button button--small"
                  busy={busy === duplicate.customer.id}
                  onClick={() => void merge(duplicate)}
                >
                  {t('customerProfile.duplicates.merge')}
                  <span className="visually-hidden">
                    {' '}
                    <bdi>{duplicate.customer.name}</bdi>
                  </span>
                </BusyButton>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  disabled={busy === duplicate.customer.id}
                  onClick={() => void dismiss(duplicate)}
                >
                  {t('customerProfile.duplicates.dismiss')}
                  <span className="visually-hidden">
                    {' '}
                    <bdi>{duplicate.customer.name}</bdi>
                  </span>
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
