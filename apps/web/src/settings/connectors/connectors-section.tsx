import { CONNECTOR_API, Connector, ConnectorList, type ConnectorWithSecret } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { ActiveSwitch } from '../active-switch';
import { ItemTable } from '../item-table';
import { SectionStatus } from '../section-loading';
import { useConfirmedDelete } from '../use-confirmed-delete';
import { ConnectorDialog } from './connector-dialog';
import { ConnectorSecretDialog } from './connector-secret-dialog';

/** The list in the cards' order: by position, then as they were added. */
function withConnector(items: readonly Connector[], connector: Connector): Connector[] {
  const others = items.filter((item) => item.id !== connector.id);
  return [...others, connector].sort(
    (a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/** Settings → Connectors (admins): live cards from the company's own systems in the customer panel. */
export function ConnectorsSection() {
  const { t } = useTranslation();
  const connectors = useResource((signal) => apiGet(CONNECTOR_API.connectors, ConnectorList, signal), []);
  const [open, setOpen] = useState<{ connector: Connector | null } | null>(null);
  const [shown, setShown] = useState<(ConnectorWithSecret & { secret: string }) | null>(null);
  const { deleting, remove } = useConfirmedDelete();
  const { setData } = connectors;

  // The answer with the secret is also the connector: keep only the connector's fields in the list.
  const saved = (connector: Connector) =>
    setData((current) => ({ items: withConnector(current?.items ?? [], Connector.parse(connector)) }));
  const created = (connector: ConnectorWithSecret) => {
    saved(connector);
    const { secret } = connector;
    // A signed connector's secret is shown this once; an HTTP GET one opens again to be checked.
    if (secret !== null) {
      setOpen(null);
      setShown({ ...connector, secret });
    } else {
      setOpen({ connector: Connector.parse(connector) });
    }
  };

  const setActive = async (connector: Connector, active: boolean) =>
    saved(await apiSend('PATCH', CONNECTOR_API.connector(connector.id), { active }, Connector));

  const deleteConnector = async (connector: Connector) => {
    const deleted = await remove({
      id: connector.id,
      path: CONNECTOR_API.connector(connector.id),
      title: t('connectors.settings.deleteTitle'),
      body: t('connectors.settings.deleteBody', { name: connector.name }),
      confirmLabel: t('itemTable.delete'),
      done: t('connectors.settings.deleted'),
    });
    if (deleted) setData((current) => ({ items: (current?.items ?? []).filter((item) => item.id !== connector.id) }));
  };

  return (
    <section className="section" aria-labelledby="connectors-title">
      <h2 id="connectors-title">{t('connectors.title')}</h2>
      <p className="section__intro">{t('connectors.settings.intro')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => setOpen({ connector: null })}>
          {t('connectors.settings.create')}
        </button>
      </p>
      {connectors.data ? (
        <ItemTable
          caption={t('connectors.settings.tableCaption')}
          empty={t('connectors.settings.empty')}
          nameHeader={t('connectors.settings.name')}
          items={connectors.data.items}
          columns={[
            {
              header: t('connectors.settings.kind'),
              cell: (connector) => t(`connectors.settings.kinds.${connector.kind}`),
            },
            {
              header: t('connectors.settings.url'),
              cell: (connector) => (
                <code className="table__details" dir="ltr">
                  {connector.urlTemplate}
                </code>
              ),
            },
            {
              header: t('connectors.settings.active'),
              cell: (connector) => (
                <ActiveSwitch
                  label={t('connectors.settings.activeLabel', { name: connector.name })}
                  active={connector.active}
                  editable
                  onToggle={(active) => setActive(connector, active)}
                />
              ),
            },
          ]}
          onOpen={(connector) => setOpen({ connector })}
          editable={() => true}
          onDelete={(connector) => void deleteConnector(connector)}
          deleting={deleting}
        />
      ) : (
        <SectionStatus error={connectors.error} />
      )}
      <ConnectorDialog
        open={open}
        onCreated={created}
        onSaved={(connector) => {
          saved(connector);
          setOpen({ connector });
        }}
        onRotated={(rotated) => {
          saved(rotated);
          setOpen(null);
          if (rotated.secret !== null) setShown({ ...rotated, secret: rotated.secret });
        }}
        onClose={() => setOpen(null)}
      />
      <ConnectorSecretDialog shown={shown} onClose={() => setShown(null)} />
    </section>
  );
}
