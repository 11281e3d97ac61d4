import type { AgentPromise, FollowUp, Role } from '@sincere/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { useServerEvents } from '../../realtime/realtime-context';
import { useSignedIn } from '../../session/session-context';
import { BusyButton } from '../../ui/busy-button';
import { useConfirm } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast-context';
import { usePromisesChanged } from './promise-changes';
import { CancelPromiseDialog, EditPromiseDialog } from './promise-dialogs';
import { formatDue } from './promise-format';
import { PromiseItem } from './promise-item';
import { isPromiseEvent } from './promise-timeline';
import { cancelFollowUp, listConversationPromises, listFollowUps } from './promises-api';
import './promises.css';

/** The roles that answer customers keep, change and cancel promises (as the server allows). */
const WRITERS: readonly Role[] = ['admin', 'lead', 'agent'];

interface Props {
  conversationId: string;
  customerTimeZone: string | null;
}

/** The conversation's promises and follow-ups, asked again whenever one of them changes. */
export function PromisesSection({ conversationId, customerTimeZone }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const canWrite = WRITERS.includes(useSignedIn().session.user.role);
  const data = useResource(
    async (signal) => {
      const [promises, followUps] = await Promise.all([
        listConversationPromises(conversationId, signal),
        listFollowUps(conversationId, signal),
      ]);
      return { promises: promises.items, followUps: followUps.items };
    },
    [conversationId],
  );
  const { reload } = data;
  const heading = useRef<HTMLHeadingElement>(null);
  // Keeping or cancelling takes the buttons away: the section's title gets the keyboard's place (after a dialog
  // that closes has given focus back to the button that is about to go).
  const settled = () => {
    setTimeout(() => heading.current?.focus(), 0);
    reload();
  };
  const [editing, setEditing] = useState<AgentPromise | null>(null);
  const [cancelling, setCancelling] = useState<AgentPromise | null>(null);

  useServerEvents((event) => {
    if (event.type === 'conversation.event' && event.event.conversationId === conversationId) {
      if (isPromiseEvent(event.event.type)) reload();
    }
    // Events sent while the socket was down are not replayed.
    if (event.type === 'ready') reload();
  });
  usePromisesChanged(conversationId, reload);

  const promises = data.data?.promises ?? [];
  const followUps = data.data?.followUps ?? [];
  return (
    <section className="promises-section" aria-labelledby={`${id}-title`} data-testid="conversation-promises">
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('promises.section.title')}
      </h4>
      {data.error && !data.data ? (
        <p className="field__error" role="alert">
          {errorText(data.error)}
        </p>
      ) : !data.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          {promises.length === 0 ? <p className="muted">{t('promises.section.empty')}</p> : null}
          <ul className="plain-list promises-section__list">
            {promises.map((promise) => (
              <PromiseItem
                key={promise.id}
                promise={promise}
                customerTimeZone={customerTimeZone}
                canWrite={canWrite}
                onChanged={settled}
                onEdit={setEditing}
                onCancel={setCancelling}
              />
            ))}
          </ul>
          {followUps.length > 0 ? (
            <>
              <h5 id={`${id}-follow-ups`}>{t('promises.followUps.title')}</h5>
              <ul className="plain-list promises-section__list" aria-labelledby={`${id}-follow-ups`}>
                {followUps.map((followUp) => (
                  <FollowUpItem key={followUp.id} followUp={followUp} canWrite={canWrite} onChanged={settled} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      <EditPromiseDialog promise={editing} onClose={() => setEditing(null)} onDone={reload} />
      <CancelPromiseDialog promise={cancelling} onClose={() => setCancelling(null)} onDone={settled} />
    </section>
  );
}

function FollowUpItem({
  followUp,
  canWrite,
  onChanged,
}: {
  followUp: FollowUp;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const confirm = useConfirm();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const due = formatDue(followUp.dueAt, i18n.language);

  const cancel = async () => {
    const sure = await confirm({
      title: t('promises.followUps.cancelConfirmTitle'),
      body: t('promises.followUps.cancelConfirmBody'),
      confirmLabel: t('promises.followUps.cancelConfirm'),
      danger: true,
    });
    if (!sure) return;
    setBusy(true);
    try {
      await cancelFollowUp(followUp.id);
      toast.success(t('promises.followUps.cancelled'));
      onChanged();
    } catch (error) {
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className={`promise-item promise-item--${followUp.status}`}
      data-testid="follow-up-item"
      data-status={followUp.status}
    >
      <p className="promise-item__meta">
        <span className="badge">{t(`promises.followUps.status.${followUp.status}`)}</span>
        <time dateTime={followUp.dueAt}>
          {t('promises.followUps.due', { due, mode: t(`promises.followUps.mode.${followUp.mode}`) })}
        </time>
      </p>
      <p className="promise-item__what" dir="auto">
        {followUp.body}
      </p>
      {followUp.failure ? (
        <p className="field__error" dir="auto">
          {followUp.failure}
        </p>
      ) : null}
      {canWrite && followUp.status === 'scheduled' ? (
        <div className="promise-item__actions">
          <BusyButton
            type="button"
            className="button button--small button--danger-quiet"
            busy={busy}
            aria-label={t('promises.followUps.cancelLabel', { due })}
            onClick={() => void cancel()}
          >
            {t('promises.followUps.cancel')}
          </BusyButton>
        </div>
      ) : null}
    </li>
  );
}
