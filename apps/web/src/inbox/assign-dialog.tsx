import { AgentList, API, TeamList, type ConversationDetail } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';
import { Modal } from '../ui/modal';
import { BusyButton } from '../ui/busy-button';
import type { ConversationMutations } from './use-conversation-mutations';

interface Props {
  open: boolean;
  detail: ConversationDetail;
  mutations: ConversationMutations;
  onClose: () => void;
}

const NONE = '';

/**
 * Give the conversation to another team or person, saying why: the reason is
 * kept with the assignment in the event log. Agents show presence and load so
 * that nobody hands work to someone away or full.
 */
export function AssignDialog({ open, detail, mutations, onClose }: Props) {
  const { t } = useTranslation();
  // Modal mounts its content only while open: each opening starts from the conversation as it is now.
  return (
    <Modal open={open} title={t('assign.title')} onClose={onClose}>
      <AssignForm detail={detail} mutations={mutations} onClose={onClose} />
    </Modal>
  );
}

function AssignForm({ detail, mutations, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const id = useId();
  const agents = useResource((signal) => apiGet(API.agents, AgentList, signal), []);
  const teams = useResource((signal) => apiGet(API.teams, TeamList, signal), []);
  const [teamId, setTeamId] = useState(detail.team?.id ?? NONE);
  const [assigneeId, setAssigneeId] = useState(detail.assignee?.id ?? NONE);
  const [reason, setReason] = useState('');

  const team = teams.data?.items.find((item) => item.id === teamId) ?? null;
  const members = team ? new Set(team.members.map((member) => member.id)) : null;
  // Members of the chosen team first, then everyone else: a transfer across teams stays possible.
  const sorted = [...(agents.data?.items ?? [])].sort(
    (a, b) => Number(members?.has(b.id) ?? false) - Number(members?.has(a.id) ?? false),
  );

  const submit = async () => {
    const done = await mutations.transfer({
      teamId: teamId || null,
      assigneeId: assigneeId || null,
      reason: reason.trim(),
    });
    if (done) onClose();
  };

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-team`}>{t('assign.team')}</label>
        <select
          id={`${id}-team`}
          className="select"
          value={teamId}
          disabled={!teams.data}
          onChange={(event) => setTeamId(event.target.value)}
        >
          <option value={NONE}>{t('assign.noTeam')}</option>
          {teams.data?.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agent`}>{t('assign.agent')}</label>
        <select
          id={`${id}-agent`}
          className="select"
          value={assigneeId}
          disabled={!agents.data}
          autoFocus
          onChange={(event) => setAssigneeId(event.target.value)}
        >
          <option value={NONE}>{t('assign.nobody')}</option>
          {sorted.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {t('assign.agentOption', {
                name: agent.name,
                presence: t(`presenceState.${agent.presence}`),
                load: agent.load,
                capacity: agent.capacity,
              })}
            </option>
          ))}
        </select>
        {agents.error ? <p className="field__error">{t('assign.loadFailed')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('assign.reason')}</label>
        <input
          id={`${id}-reason`}
          type="text"
          className="input"
          dir="auto"
          maxLength={500}
          value={reason}
          placeholder={t('assign.reasonPlaceholder')}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <BusyButton type="submit" className="button button--primary" busy={mutations.busy}>
          {t('assign.submit')}
        </BusyButton>
      </div>
    </form>
  );
}
