import { AgentList, API, type Agent, type AgentPresence } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { useServerEvents } from '../realtime/realtime-context';
import { useSignedIn } from '../session/session-context';
import { CapacityForm } from './capacity-form';
import { ItemTable } from './item-table';
import { PresenceBadge } from './presence-badge';
import { SectionStatus } from './section-loading';

/** Who is online, how much they carry and how much automatic assignment may give each (admins and leads). */
export function AgentsSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const agents = useResource((signal) => apiGet(API.agents, AgentList, signal), []);

  // Live: presence deltas and capacities saved here update the rows in place.
  const update = (change: AgentPresence) =>
    agents.setData(
      (current) =>
        current && {
          items: current.items.map((agent: Agent) =>
            agent.id === change.userId ? { ...agent, presence: change.presence, capacity: change.capacity } : agent,
          ),
        },
    );
  useServerEvents((event) => {
    if (event.type === 'presence.changed') update(event.agent);
  });

  return (
    <section className="section" aria-labelledby="agents-title">
      <h2 id="agents-title">{t('agentsSettings.title')}</h2>
      <p className="section__intro">{t('agentsSettings.intro')}</p>
      {agents.data ? (
        <>
          <ItemTable
            caption={t('agentsSettings.tableCaption')}
            empty={t('agentsSettings.empty')}
            nameHeader={t('agentsSettings.name')}
            items={agents.data.items}
            columns={[
              {
                header: t('agentsSettings.role'),
                cell: (agent) => (
                  <>
                    {t(`roles.${agent.role}`)}
                    {agent.id === session.user.id ? <span className="muted"> {t('users.you')}</span> : null}
                  </>
                ),
              },
              {
                header: t('agentsSettings.presence'),
                cell: (agent) => <PresenceBadge presence={agent.presence} />,
              },
              {
                header: t('agentsSettings.load'),
                cell: (agent) => t('agentsSettings.loadOf', { load: agent.load, capacity: agent.capacity }),
              },
              {
                header: t('agentsSettings.capacity'),
                cell: (agent) => <CapacityForm user={agent} capacity={agent.capacity} onSaved={update} />,
              },
            ]}
          />
          <p className="field__hint">{t('agentsSettings.capacityHint')}</p>
        </>
      ) : (
        <SectionStatus error={agents.error} />
      )}
    </section>
  );
}
