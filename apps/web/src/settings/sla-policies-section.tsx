import { API, SlaPolicyList, type SlaPolicy } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { can } from '../session/permissions';
import { useSignedIn } from '../session/session-context';
import { weeklyOpenMinutes } from './business-hours-form';
import { formatMinutes } from './duration';
import { ItemTable } from './item-table';
import { upsertByName, withoutId } from './named-items';
import { SectionStatus } from './section-loading';
import { SlaPolicyDialog } from './sla-policy-dialog';
import { PRIORITIES } from './sla-policy-draft';
import { useConfirmedDelete } from './use-confirmed-delete';

export function SlaPoliciesSection() {
  const { t, i18n } = useTranslation();
  const { session } = useSignedIn();
  const manage = can(session.user.role, 'slaPolicies.manage');
  const policies = useResource((signal) => apiGet(API.slaPolicies, SlaPolicyList, signal), []);
  const [open, setOpen] = useState<{ policy: SlaPolicy | null } | null>(null);
  const { deleting, remove } = useConfirmedDelete();
  const { setData } = policies;
  const duration = (minutes: number) => formatMinutes(minutes, i18n.language);

  const deletePolicy = async (policy: SlaPolicy) => {
    const deleted = await remove({
      id: policy.id,
      path: API.slaPolicy(policy.id),
      title: t('slaSettings.deleteTitle'),
      body: t('slaSettings.deleteBody', { name: policy.name }),
      confirmLabel: t('slaSettings.delete'),
      done: t('slaSettings.deleted', { name: policy.name }),
    });
    if (deleted) setData((current) => ({ items: withoutId(current?.items ?? [], policy.id) }));
  };

  const counting = (policy: SlaPolicy) => {
    const hours = policy.businessHours;
    if (!hours) return t('slaSettings.calendarTime');
    if (hours.alwaysOpen) return t('slaSettings.alwaysOpenIn', { zone: hours.timeZone });
    return t('slaSettings.hoursIn', {
      zone: hours.timeZone,
      hours: formatMinutes(weeklyOpenMinutes(hours), i18n.language, 'hour'),
    });
  };

  const targets = (policy: SlaPolicy) => {
    const set = PRIORITIES.filter((priority) => policy.targets[priority]);
    if (set.length === 0) return <span className="muted">{t('slaSettings.noTargets')}</span>;
    return (
      <ul className="plain-list">
        {set.map((priority) => {
          const target = policy.targets[priority] ?? {};
          const parts = [
            target.firstResponseMinutes === undefined
              ? null
              : t('slaSettings.firstResponseIs', { duration: duration(target.firstResponseMinutes) }),
            target.resolutionMinutes === undefined
              ? null
              : t('slaSettings.resolutionIs', { duration: duration(target.resolutionMinutes) }),
          ].filter((part) => part !== null);
          return (
            <li key={priority}>
              <strong>{t(`slaSettings.priorities.${priority}`)}:</strong> {parts.join(', ')}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <section className="section" aria-labelledby="sla-title">
      <h2 id="sla-title">{t('slaSettings.title')}</h2>
      <p className="section__intro">{t('slaSettings.intro')}</p>
      {manage ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setOpen({ policy: null })}>
            {t('slaSettings.create')}
          </button>
        </p>
      ) : (
        <p className="notice">{t('slaSettings.readOnly')}</p>
      )}
      {policies.data ? (
        <ItemTable
          caption={t('slaSettings.tableCaption')}
          empty={t('slaSettings.empty')}
          nameHeader={t('slaSettings.name')}
          items={policies.data.items}
          columns={[
            { header: t('slaSettings.counting'), cell: counting },
            { header: t('slaSettings.targets'), cell: targets },
            {
              header: t('slaSettings.teams'),
              cell: (policy) =>
                policy.teams.length === 0 ? (
                  <span className="muted">{t('slaSettings.noTeams')}</span>
                ) : (
                  <ul className="plain-list">
                    {policy.teams.map((team) => (
                      <li key={team.id}>
                        <bdi>{team.name}</bdi>
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
          onOpen={(policy) => setOpen({ policy })}
          editable={() => manage}
          onDelete={(policy) => void deletePolicy(policy)}
          deleting={deleting}
        />
      ) : (
        <SectionStatus error={policies.error} />
      )}
      <SlaPolicyDialog
        open={open !== null}
        policy={open?.policy ?? null}
        editable={manage}
        onSaved={(policy) => {
          setData((current) => ({ items: upsertByName(current?.items ?? [], policy) }));
          setOpen(null);
        }}
        onClose={() => setOpen(null)}
      />
    </section>
  );
}
