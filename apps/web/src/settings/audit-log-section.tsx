import { API, AuditPage } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet, withQuery } from '../api/client';
import { usePagedList } from '../api/use-paged-list';
import { useDateFormat } from '../i18n/format';
import { BusyButton } from '../ui/busy-button';
import { describeAuditData } from './audit-data';
import { SectionStatus } from './section-loading';

const PAGE_SIZE = 50;

export function AuditLogSection() {
  const { t } = useTranslation();
  const format = useDateFormat();
  const log = usePagedList(
    (cursor, signal) => apiGet(withQuery(API.auditLog, { limit: PAGE_SIZE, cursor }), AuditPage, signal),
    [],
  );

  return (
    <section className="section" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p className="section__intro">{t('audit.intro')}</p>
      {log.items.length === 0 && (log.loading || log.error) ? (
        <SectionStatus error={log.error} />
      ) : log.items.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('audit.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {log.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
                  </td>
                  <td>{entry.actor ? <bdi>{entry.actor.name}</bdi> : t('audit.system')}</td>
                  <td>{t(`audit.actions.${entry.action}`)}</td>
                  <td>
                    <code>
                      {entry.targetId ? `${entry.targetType}:${entry.targetId.slice(0, 8)}` : entry.targetType}
                    </code>
                  </td>
                  <td className="table__details" dir="auto">
                    {describeAuditData(entry.data)}
                  </td>
                </tr>
              ))}
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
