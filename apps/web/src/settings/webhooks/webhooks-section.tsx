import { WEBHOOK_API, WebhookEndpoint, WebhookEndpointList, type WebhookEndpointWithSecret } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { ActiveSwitch } from '../active-switch';
import { ItemTable } from '../item-table';
import { SectionStatus } from '../section-loading';
import { useConfirmedDelete } from '../use-confirmed-delete';
import { WebhookDialog } from './webhook-dialog';
import { WebhookSecretDialog } from './webhook-secret-dialog';

/** The table names each endpoint by its URL. */
const named = (endpoint: WebhookEndpoint) => ({ ...endpoint, name: endpoint.url });

function withEndpoint(items: readonly WebhookEndpoint[], endpoint: WebhookEndpoint): WebhookEndpoint[] {
  return items.some((item) => item.id === endpoint.id)
    ? items.map((item) => (item.id === endpoint.id ? endpoint : item))
    : [...items, endpoint];
}

/** Outgoing webhooks (admins): endpoints that receive conversation events, signed, with a delivery log. */
export function WebhooksSection() {
  const { t } = useTranslation();
  const endpoints = useResource((signal) => apiGet(WEBHOOK_API.webhooks, WebhookEndpointList, signal), []);
  const [open, setOpen] = useState<{ endpoint: WebhookEndpoint | null } | null>(null);
  const [shown, setShown] = useState<WebhookEndpointWithSecret | null>(null);
  const { deleting, remove } = useConfirmedDelete();
  const { setData } = endpoints;

  // The response with the secret is also the endpoint: keep only the endpoint's fields in the list.
  const saved = (endpoint: WebhookEndpoint) =>
    setData((current) => ({ items: withEndpoint(current?.items ?? [], WebhookEndpoint.parse(endpoint)) }));
  const reveal = (withSecret: WebhookEndpointWithSecret) => {
    saved(withSecret);
    setOpen(null);
    setShown(withSecret);
  };

  const setActive = async (endpoint: WebhookEndpoint, active: boolean) =>
    saved(await apiSend('PATCH', WEBHOOK_API.webhook(endpoint.id), { active }, WebhookEndpoint));

  const deleteEndpoint = async (endpoint: WebhookEndpoint) => {
    const deleted = await remove({
      id: endpoint.id,
      path: WEBHOOK_API.webhook(endpoint.id),
      title: t('webhooksSettings.deleteTitle'),
      body: t('webhooksSettings.deleteBody', { url: endpoint.url }),
      confirmLabel: t('itemTable.delete'),
      done: t('webhooksSettings.deleted'),
    });
    if (deleted) setData((current) => ({ items: (current?.items ?? []).filter((item) => item.id !== endpoint.id) }));
  };

  return (
    <section className="section" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('webhooksSettings.title')}</h2>
      <p className="section__intro">{t('webhooksSettings.intro')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen({ endpoint: null })}>
          {t('webhooksSettings.create')}
        </button>
      </p>
      {endpoints.data ? (
        <ItemTable
          caption={t('webhooksSettings.tableCaption')}
          empty={t('webhooksSettings.empty')}
          nameHeader={t('webhooksSettings.url')}
          items={endpoints.data.items.map(named)}
          columns={[
            {
              header: t('webhooksSettings.events'),
              cell: (endpoint) =>
                endpoint.events.length === 0 ? (
                  t('webhooksSettings.allEvents')
                ) : (
                  <ul className="plain-list">
                    {endpoint.events.map((type) => (
                      <li key={type}>
                        <code>{type}</code>
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              header: t('webhooksSettings.description'),
              cell: (endpoint) => <bdi>{endpoint.description ?? ''}</bdi>,
            },
            {
              header: t('webhooksSettings.active'),
              cell: (endpoint) => (
                <ActiveSwitch
                  label={t('webhooksSettings.activeLabel', { url: endpoint.url })}
                  active={endpoint.active}
                  editable
                  onToggle={(active) => setActive(endpoint, active)}
                />
              ),
            },
          ]}
          onOpen={(endpoint) => setOpen({ endpoint })}
          editable={() => true}
          onDelete={(endpoint) => void deleteEndpoint(endpoint)}
          deleting={deleting}
        />
      ) : (
        <SectionStatus error={endpoints.error} />
      )}
      <WebhookDialog
        open={open}
        onCreated={reveal}
        onSaved={(endpoint) => {
          saved(endpoint);
          setOpen({ endpoint });
        }}
        onRotated={reveal}
        onClose={() => setOpen(null)}
      />
      <WebhookSecretDialog shown={shown} onClose={() => setShown(null)} />
    </section>
  );
}
