import { API, Team, type User } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { Field } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { BusyButton } from '../ui/busy-button';
import { PresenceBadge } from './presence-badge';
import { candidatesFor } from './team-presence';

interface TeamMembersProps {
  team: Team;
  users: readonly User[];
  editable: boolean;
  onChanged: (team: Team) => void;
  notify: (text: string) => void;
}

/** The team's members in the order they joined (round robin's order), with a picker to add more. */
export function TeamMembers({ team, users, editable, onChanged, notify }: TeamMembersProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const candidates = candidatesFor(team, users);
  const [picked, setPicked] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const titleId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = candidates.some((user) => user.id === picked) ? picked : (candidates[0]?.id ?? '');

  const change = async (userId: string, method: 'PUT' | 'DELETE', done: string) => {
    setBusy(userId);
    setFailure(null);
    try {
      onChanged(await apiSend(method, API.teamMember(team.id, userId), undefined, Team));
      notify(done);
      return true;
    } catch (error) {
      form.fromError(error);
      setFailure(errorText(error));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const user = candidates.find((candidate) => candidate.id === chosen);
    if (!user) return;
    if (await change(user.id, 'PUT', t('teamsSettings.memberAdded', { name: user.name }))) setPicked('');
  };

  return (
    <section className="team-members" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('teamsSettings.members')}</h3>
      {team.assignment === 'round_robin' ? <p className="field__hint">{t('teamsSettings.orderHint')}</p> : null}
      {team.members.length === 0 ? (
        <p className="muted">{t('teamsSettings.noMembers')}</p>
      ) : (
        <ul className="member-list" aria-label={t('teamsSettings.membersOf', { name: team.name })}>
          {team.members.map((member) => (
            <li key={member.id} className="member-list__item">
              <span className="member-list__name">
                <bdi>{member.name}</bdi> <span className="muted">{t(`roles.${member.role}`)}</span>
              </span>
              <PresenceBadge presence={member.presence} />
              <span className="muted">{t('teamsSettings.capacity', { limit: member.capacity })}</span>
              {editable ? (
                <BusyButton
                  type="button"
                  className="button button--small button--danger-quiet"
                  busy={busy === member.id}
                  onClick={() =>
                    void change(member.id, 'DELETE', t('teamsSettings.memberRemoved', { name: member.name }))
                  }
                >
                  {t('teamsSettings.removeMember')}
                  <span className="visually-hidden">
                    {' '}
                    <bdi>{member.name}</bdi>
                  </span>
                </BusyButton>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      {editable ? (
        <form ref={attachForm} className="inline-form" onSubmit={(event) => void add(event)} noValidate>
          <Field
            label={t('teamsSettings.addMember')}
            hint={candidates.length === 0 ? t('teamsSettings.noCandidates') : undefined}
            error={form.errors.userId}
          >
            {(control) => (
              <select
                {...control}
                className="select"
                value={chosen}
                disabled={candidates.length === 0}
                onChange={(e) => setPicked(e.target.value)}
              >
                {candidates.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} — {t(`roles.${user.role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <BusyButton
            type="submit"
            className="button"
            busy={busy !== null && busy === chosen}
            disabled={candidates.length === 0}
          >
            {t('teamsSettings.add')}
          </BusyButton>
        </form>
      ) : null}
    </section>
  );
}
