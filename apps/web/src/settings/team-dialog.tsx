import type { SlaPolicy, Team, User } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../ui/toast-context';
import { Modal } from '../ui/modal';
import { TeamForm } from './team-form';
import { TeamMembers } from './team-members';

interface TeamDialogProps {
  open: boolean;
  /** null creates a team; once created, the same dialog goes on to its members. */
  team: Team | null;
  policies: readonly SlaPolicy[];
  users: readonly User[];
  editable: boolean;
  onSaved: (team: Team) => void;
  onClose: () => void;
}

export function TeamDialog({ open, team, policies, users, editable, onSaved, onClose }: TeamDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  // The page's toasts are inert behind a modal dialog, so screen readers would not hear them: say it here too.
  const [status, setStatus] = useState('');
  const notify = (text: string) => {
    toast.success(text);
    setStatus(text);
  };
  const title = !team
    ? t('teamsSettings.createTitle')
    : editable
      ? t('teamsSettings.editTitle', { name: team.name })
      : team.name;
  return (
    <Modal open={open} title={title} onClose={onClose}>
      <div className="editor-dialog">
        <TeamForm
          team={team}
          policies={policies}
          editable={editable}
          onSaved={onSaved}
          notify={notify}
          onCancel={onClose}
        />
        {team ? (
          <TeamMembers team={team} users={users} editable={editable} onChanged={onSaved} notify={notify} />
        ) : (
          <p className="muted">{t('teamsSettings.membersAfterCreate')}</p>
        )}
        <p role="status" className="visually-hidden">
          {status}
        </p>
      </div>
    </Modal>
  );
}
