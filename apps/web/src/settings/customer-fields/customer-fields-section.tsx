import {
  CUSTOMER_PROFILE_API,
  CustomerAttributeDefinitionList,
  type CustomerAttributeDefinition,
} from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { useToast } from '../../ui/toast-context';
import { ItemTable } from '../item-table';
import { SectionStatus } from '../section-loading';
import { useConfirmedDelete } from '../use-confirmed-delete';
import { CustomerFieldDialog } from './customer-field-dialog';

function withField(
  items: readonly CustomerAttributeDefinition[],
  field: CustomerAttributeDefinition,
): CustomerAttributeDefinition[] {
  return items.some((item) => item.id === field.id)
    ? items.map((item) => (item.id === field.id ? field : item))
    : [...items, field];
}

/** Settings → Customer fields (admins): the account's own typed fields shown on every customer's profile. */
export function CustomerFieldsSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const fields = useResource(
    (signal) => apiGet(CUSTOMER_PROFILE_API.attributes, CustomerAttributeDefinitionList, signal),
    [],
  );
  const [open, setOpen] = useState<{ field: CustomerAttributeDefinition | null } | null>(null);
  const { deleting, remove } = useConfirmedDelete();
  const { setData } = fields;

  const deleteField = async (field: CustomerAttributeDefinition) => {
    const deleted = await remove({
      id: field.id,
      path: CUSTOMER_PROFILE_API.attribute(field.id),
      title: t('customerProfile.fields.deleteTitle'),
      body: t('customerProfile.fields.deleteBody', { label: field.label }),
      confirmLabel: t('itemTable.delete'),
      done: t('customerProfile.fields.deleted'),
    });
    if (deleted) setData((current) => ({ items: (current?.items ?? []).filter((item) => item.id !== field.id) }));
  };

  return (
    <section className="section" aria-labelledby="customer-fields-title">
      <h2 id="customer-fields-title">{t('customerProfile.fields.title')}</h2>
      <p className="section__intro">{t('customerProfile.fields.intro')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen({ field: null })}>
          {t('customerProfile.fields.create')}
        </button>
      </p>
      {fields.data ? (
        <ItemTable
          caption={t('customerProfile.fields.tableCaption')}
          empty={t('customerProfile.fields.empty')}
          nameHeader={t('customerProfile.fields.label')}
          items={fields.data.items.map((field) => ({ ...field, name: field.label }))}
          columns={[
            { header: t('customerProfile.fields.key'), cell: (field) => <code>{field.key}</code> },
            {
              header: t('customerProfile.fields.type'),
              cell: (field) => t(`customerProfile.fields.types.${field.type}`),
            },
            {
              header: t('customerProfile.fields.options'),
              cell: (field) => <bdi>{field.options.join(', ')}</bdi>,
            },
          ]}
          onOpen={(field) => setOpen({ field })}
          editable={() => true}
          onDelete={(field) => void deleteField(field)}
          deleting={deleting}
        />
      ) : (
        <SectionStatus error={fields.error} />
      )}
      <CustomerFieldDialog
        open={open}
        onSaved={(field) => {
          setData((current) => ({ items: withField(current?.items ?? [], field) }));
          setOpen(null);
          toast.success(t('customerProfile.fields.saved'));
        }}
        onClose={() => setOpen(null)}
      />
    </section>
  );
}
