import { Priority, type ConversationDetail } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../session/session-context';
import { AssignDialog } from './assign-dialog';
import { ConversationTools } from './conversation-tools';
import { ResolveDialog, type ResolveDialogMode } from './promises/resolve-dialog';
import { SnoozeDialog } from './snooze-dialog';
import { TagsEditor } from './tags-editor';
import type { ConversationMutations } from './use-conversation-mutations';

interface Props {
  detail: ConversationDetail;
  mutations: ConversationMutations;
}

/** Assignment, status, priority, tags, merge and forward of the open conversation; none once it was merged away. */
export function ConversationActions({ detail, mutations }: Props) {
  const { t } = useTranslation();
  const userId = useSignedIn().session.user.id;
  const priorityId = useId();
  const [snoozing, setSnoozing] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [followingUp, setFollowingUp] = useState<ResolveDialogMode | null>(null);
  // A merged conversation lives on in its target: nothing here changes any more.
  const busy = mutations.busy || detail.mergedIntoId !== null;
  const mine = detail.assignee?.id === userId;
  const resolved = detail.status === 'resolved';

  return (
    <div className="conversation-actions" role="group" aria-label={t('actions.label')}>
      <div className="conversation-actions__buttons">
        {mine ? (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => void mutations.unassign()}
          >
            {t('actions.unassign')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            aria-keyshortcuts="a"
            onClick={() => void mutations.assignToMe()}
          >
            {t('actions.assignToMe')}
          </button>
        )}
        <button type="button" className="button button--small" disabled={busy} onClick={() => setAssigning(true)}>
          {t('actions.transfer')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={busy}
          aria-keyshortcuts="e"
          onClick={() => void mutations.toggleResolved()}
        >
          {resolved ? t('actions.reopen') : t('actions.resolve')}
        </button>
        {detail.status !== 'pending' ? (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => void mutations.update({ status: 'pending' })}
          >
            {t('actions.pending')}
          </button>
        ) : null}
        <button type="button" className="button button--small" disabled={busy} onClick={() => setSnoozing(true)}>
          {t('actions.snooze')}
        </button>
        <span className="inline-field">
          <label htmlFor={priorityId}>{t('actions.priority')}</label>
          <select
            id={priorityId}
            className="select select--compact"
            value={detail.priority}
            disabled={busy}
            onChange={(event) => {
              const parsed = Priority.safeParse(event.target.value);
              if (parsed.success) void mutations.update({ priority: parsed.data });
            }}
          >
            {Priority.options.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        </span>
        <ConversationTools
          detail={detail}
          disabled={busy}
          onFollowUp={() => setFollowingUp(resolved ? 'follow-up' : 'resolve-follow-up')}
        />
      </div>
      <TagsEditor tags={detail.tags} disabled={busy} onChange={(tags) => mutations.update({ tags })} />
      <AssignDialog open={assigning} detail={detail} mutations={mutations} onClose={() => setAssigning(false)} />
      <ResolveDialog
        mode={followingUp ?? (mutations.askingAboutPromises ? 'promises' : null)}
        conversationId={detail.id}
        mutations={mutations}
        onClose={() => {
          setFollowingUp(null);
          mutations.stopAskingAboutPromises();
        }}
      />
      <SnoozeDialog
        open={snoozing}
        busy={busy}
        onClose={() => setSnoozing(false)}
        onSnooze={(change) => mutations.update(change)}
      />
    </div>
  );
}
