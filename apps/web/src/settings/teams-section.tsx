import { API, SlaPolicyList, TeamList, UserList, type Team } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { useServerEvents } from '../realtime/realtime-context';
import { can } from '../session/permissions';
import { useSignedIn } from '../session/session-context';
import { ItemTable } from './item-table';
import { upsertByName, withoutId } from './named-items';
import { PresenceBadge } from './presence-badge';
import { SectionStatus } from './section-loading';
import { TeamDialog } from './team-dialog';
import { withMemberPresence } from './team-presence';
import { useConfirmedDelete } from './use-confirmed-delete';

export function TeamsSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const manage = can(session.user.role, 'teams.manage');
  const teams = useResource((signal) => apiGet(API.teams, TeamList, signal), []);
  const policies = useResource((signal) => apiGet(API.slaPolicies, SlaPolicyList, signal), []);
  // Only admins and leads may list people, and only they add members.
  const users = useResource(
    (signal) => (manage ? apiGet(API.users, UserList, signal) : Promise.resolve(null)),
    [manage],
  );
  const [open, setOpen] = useState<{ team: Team | null } | null>(null);
  const { deleting, remove } = useConfirmedDelete();
  const { setData } = teams;

  const saved = (team: Team) => setData((current) => ({ items: upsertByName(current?.items ?? [], team) }));

  // Members' presence changes while the list is open: the dots follow.
  useServerEvents((event) => {
    if (event.type === 'presence.changed') {
      setData((current) => current && { items: withMemberPresence(current.items, event.agent) });
    }
  });

  const policyName = (id: string | null) =>
    id === null ? null : (policies.data?.items.find((policy) => policy.id === id)?.name ?? null);

  const deleteTeam = async (team: Team) => {
    const deleted = await remove({
      id: team.id,
      path: API.team(team.id),
      title: t('teamsSettings.deleteTitle'),
      body: t('teamsSettings.deleteBody', { name: team.name }),
      confirmLabel: t('teamsSettings.delete'),
      done: t('teamsSettings.deleted', { name: team.name }),
    });
    if (deleted) setData((current) => ({ items: withoutId(current?.items ?? [], team.id) }));
  };

  // The dialog shows the newest copy of the team, so member changes and live presence appear in it too.
  const openTeam = open?.team ? (teams.data?.items.find((team) => team.id === open.team?.id) ?? open.team) : null;

  return (
    <section className="section" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('teamsSettings.title')}</h2>
      <p className="section__intro">{t('teamsSettings.intro')}</p>
      {manage ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setOpen({ team: null })}>
            {t('teamsSettings.create')}
          </button>
        </p>
      ) : (
        <p className="notice">{t('teamsSettings.readOnly')}</p>
      )}
      {teams.data ? (
        <ItemTable
          caption={t('teamsSettings.tableCaption')}
          empty={t('teamsSettings.empty')}
          nameHeader={t('teamsSettings.name')}
          items={teams.data.items}
          columns={[
            {
              header: t('teamsSettings.assignment'),
              cell: (team) => t(`teamsSettings.assignmentModes.${team.assignment}`),
            },
            {
              header: t('teamsSettings.slaPolicy'),
              cell: (team) => {
                const name = policyName(team.slaPolicyId);
                return name ? <bdi>{name}</bdi> : <span className="muted">{t('teamsSettings.noSlaPolicy')}</span>;
              },
            },
            {
              header: t('teamsSettings.members'),
              cell: (team) =>
                team.members.length === 0 ? (
                  <span className="muted">{t('teamsSettings.noMembers')}</span>
                ) : (
                  <ul className="member-chips">
                    {team.members.map((member) => (
                      <li key={member.id}>
                        <bdi>{member.name}</bdi> <PresenceBadge presence={member.presence} />
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
          onOpen={(team) => setOpen({ team })}
          editable={() => manage}
          onDelete={(team) => void deleteTeam(team)}
          deleting={deleting}
        />
      ) : (
        <SectionStatus error={teams.error} />
      )}
      <TeamDialog
        open={open !== null}
        team={openTeam}
        policies={policies.data?.items ?? []}
        users={users.data?.items ?? []}
        editable={manage}
        onSaved={(team) => {
          saved(team);
          setOpen({ team });
        }}
        onClose={() => setOpen(null)}
      />
    </section>
  );
}
