import {
  WEBHOOK_API,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryStatus,
  type WebhookEndpoint,
} from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend, withQuery } from '../../api/client';
import { usePagedList } from '../../api/use-paged-list';
import { useErrorText } from '../../api/use-error-text';
import { Field } from '../../forms/field';
import { useDateFormat } from '../../i18n/format';
import { BusyButton } from '../../ui/busy-button';
import { SectionStatus } from '../section-loading';

const PAGE_SIZE = 25;
const STATUS_BADGE: Record<WebhookDeliveryStatus, string> = {
  pending: 'badge badge--pending',
  delivered: 'badge badge--active',
  failed: 'badge badge--revoked',
};

/** The endpoint's deliveries, newest first: what was sent, how it went, and a way to send one again. */
export function WebhookDeliveries({ endpoint, notify }: { endpoint: WebhookEndpoint; notify: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const errorText = useErrorText();
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [working, setWorking] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const log = usePagedList(
    (cursor, signal) =>
      apiGet(
        withQuery(WEBHOOK_API.webhookDeliveries(endpoint.id), { limit: PAGE_SIZE, cursor, status }),
        WebhookDeliveryPage,
        signal,
      ),
    [endpoint.id, status],
  );
  const { setItems } = log;

  /** A test ping and a redelivery both answer with the delivery queued: it goes to the top, or replaces its row. */
  const run = async (key: string, path: string, done: string) => {
    setWorking(key);
    setFailure(null);
    try {
      const delivery = await apiSend('POST', path, undefined, WebhookDelivery);
      setItems((items) => [delivery, ...items.filter((item) => item.id !== delivery.id)]);
      notify(done);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setWorking(null);
    }
  };

  return (
    <section className="editor-dialog" aria-labelledby={`deliveries-${endpoint.id}`}>
      <h3 id={`deliveries-${endpoint.id}`} className="panel__title">
        {t('webhooksSettings.deliveries')}
      </h3>
      <div className="form__row">
        <Field label={t('webhooksSettings.statusFilter')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={status}
              onChange={(event) =>
                setStatus(WebhookDeliveryStatus.options.find((option) => option === event.target.value) ?? '')
              }
            >
              <option value="">{t('webhooksSettings.allStatuses')}</option>
              {WebhookDeliveryStatus.options.map((option) => (
                <option key={option} value={option}>
                  {t(`webhooksSettings.statuses.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <BusyButton
          type="button"
          className="button"
          busy={log.loading && log.items.length > 0}
          busyLabel={t('common.loading')}
          onClick={log.reload}
        >
          {t('webhooksSettings.refresh')}
        </BusyButton>
        <BusyButton
          type="button"
          className="button"
          busy={working === 'test'}
          busyLabel={t('webhooksSettings.sendingTest')}
          onClick={() => void run('test', WEBHOOK_API.testWebhook(endpoint.id), t('webhooksSettings.testQueued'))}
        >
          {t('webhooksSettings.sendTest')}
        </BusyButton>
      </div>
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      {log.items.length === 0 && (log.loading || log.error) ? (
        <SectionStatus error={log.error} />
      ) : log.items.length === 0 ? (
        <p className="empty">{t('webhooksSettings.noDeliveries')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('webhooksSettings.deliveries')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooksSettings.when')}</th>
                <th scope="col">{t('webhooksSettings.event')}</th>
                <th scope="col">{t('webhooksSettings.status')}</th>
                <th scope="col">{t('webhooksSettings.attempts')}</th>
                <th scope="col">{t('webhooksSettings.lastAnswer')}</th>
                <th scope="col">{t('itemTable.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((delivery) => {
                const at = delivery.lastAttemptAt ?? delivery.createdAt;
                return (
                  <tr key={delivery.id}>
                    <td>
                      <time dateTime={at}>{format.dateTime(at)}</time>
                    </td>
                    <td>
                      <code>{delivery.eventType}</code>
                    </td>
                    <td>
                      <span className={STATUS_BADGE[delivery.status]}>
                        {t(`webhooksSettings.statuses.${delivery.status}`)}
                      </span>
                      {delivery.status === 'pending' && delivery.nextAttemptAt ? (
                        <span className="muted">
                          {' '}
                          {t('webhooksSettings.nextAttempt', { time: format.dateTime(delivery.nextAttemptAt) })}
                        </span>
                      ) : null}
                    </td>
                    <td>{delivery.attempts}</td>
                    <td className="table__details">
                      {delivery.lastStatusCode !== null ? <code>{delivery.lastStatusCode}</code> : null}
                      {delivery.lastError ? <span dir="auto"> {delivery.lastError}</span> : null}
                      {delivery.lastStatusCode === null && !delivery.lastError ? (
                        <span className="muted">{t('webhooksSettings.noAnswer')}</span>
                      ) : null}
                    </td>
                    <td>
                      <BusyButton
                        type="button"
                        className="button button--small"
                        busy={working === delivery.id}
                        busyLabel={t('webhooksSettings.redelivering')}
                        aria-label={t('webhooksSettings.redeliverLabel', {
                          event: delivery.eventType,
                          time: format.dateTime(at),
                        })}
                        onClick={() =>
                          void run(
                            delivery.id,
                            WEBHOOK_API.redeliverWebhook(endpoint.id, delivery.id),
                            t('webhooksSettings.redelivered'),
                          )
                        }
                      >
                        {t('webhooksSettings.redeliver')}
                      </BusyButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {log.items.length > 0 && log.error ? <SectionStatus error={log.error} /> : null}
      {log.hasMore ? (
        <div className="load-more">
          <BusyButton type="button" busy={log.loadingMore} onClick={() => void log.loadMore()}>
            {t('common.loadMore')}
          </BusyButton>
        </div>
      ) : null}
    </section>
  );
}
