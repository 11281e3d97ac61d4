import type { OpenPromisesDecision } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { Modal } from '../../ui/modal';
import { useToast } from '../../ui/toast-context';
import type { ConversationMutations } from '../use-conversation-mutations';
import { FollowUpFields, followUpRequest, type FollowUpDraft } from './follow-up-fields';
import { notifyPromisesChanged } from './promise-changes';
import { formatDue } from './promise-format';
import { listConversationPromises, scheduleFollowUp } from './promises-api';
import './promises.css';

/** Why the dialog is open. */
export type ResolveDialogMode =
  /** Resolving was refused for open promises: ask what happens to them (a follow-up is optional). */
  | 'promises'
  /** "Resolve and follow up…": resolve, planning the follow-up (and asking about promises if there are any). */
  | 'resolve-follow-up'
  /** Already resolved: only plan a follow-up. */
  | 'follow-up';

interface Props {
  mode: ResolveDialogMode | null;
  conversationId: string;
  mutations: ConversationMutations;
  onClose: () => void;
}

/** Resolving with open promises, and the follow-up after resolving ("check in 2 days that the fix held"). */
export function ResolveDialog({ mode, conversationId, mutations, onClose }: Props) {
  const { t } = useTranslation();
  const title = mode === 'follow-up' ? t('promises.actions.followUpTitle') : t('promises.resolve.title');
  return (
    <Modal open={mode !== null} title={title} onClose={onClose}>
      {mode ? (
        <ResolveForm mode={mode} conversationId={conversationId} mutations={mutations} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function ResolveForm({ mode, conversationId, mutations, onClose }: Props & { mode: ResolveDialogMode }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  // The server may say there are open promises only when asked to resolve.
  const [askPromises, setAskPromises] = useState(mode === 'promises');
  const [decision, setDecision] = useState<OpenPromisesDecision>('keep_open');
  const [reason, setReason] = useState('');
  const [withFollowUp, setWithFollowUp] = useState(mode !== 'promises');
  const [followUp, setFollowUp] = useState<FollowUpDraft>({
    days: '2',
    mode: 'send',
    body: t('promises.followUp.defaultBody'),
  });
  const [problem, setProblem] = useState<'reason' | 'days' | 'body' | null>(null);
  const [resolved, setResolved] = useState(mode === 'follow-up');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (askPromises && decision === 'cancel' && !reason.trim()) return setProblem('reason');
    const planned = withFollowUp ? followUpRequest(followUp) : null;
    if (planned && !planned.ok) return setProblem(planned.problem);
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      if (!resolved) {
        try {
          await mutations.resolveWith(
            askPromises
              ? { openPromises: decision, ...(decision === 'cancel' ? { openPromisesReason: reason.trim() } : {}) }
              : {},
          );
        } catch (caught) {
          if (caught instanceof ApiError && caught.code === 'open_promises') {
            setAskPromises(true);
            return;
          }
          throw caught;
        }
        setResolved(true);
        notifyPromisesChanged(conversationId);
      }
      if (planned?.ok) {
        await scheduleFollowUp(conversationId, planned.data);
        notifyPromisesChanged(conversationId);
        toast.success(t('promises.followUp.scheduled', { when: formatDue(planned.data.dueAt, i18n.language) }));
      } else {
        toast.success(t('promises.resolve.resolved'));
      }
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const submitLabel =
    mode === 'follow-up'
      ? t('promises.actions.followUpSubmit')
      : withFollowUp
        ? t('promises.resolve.submitWithFollowUp')
        : t('promises.resolve.submit');

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {askPromises && !resolved ? (
        <OpenPromisesChoice
          conversationId={conversationId}
          decision={decision}
          onDecision={setDecision}
          reason={reason}
          onReason={setReason}
          reasonMissing={problem === 'reason'}
        />
      ) : null}
      {mode === 'follow-up' ? null : (
        <label className="choice">
          <input type="checkbox" checked={withFollowUp} onChange={(event) => setWithFollowUp(event.target.checked)} />
          {t('promises.followUp.schedule')}
        </label>
      )}
      {withFollowUp ? (
        <FollowUpFields
          conversationId={conversationId}
          draft={followUp}
          onChange={setFollowUp}
          problem={problem === 'days' || problem === 'body' ? problem : null}
        />
      ) : null}
      <DialogFormActions
        editable
        busy={busy}
        busyLabel={t('common.working')}
        submitLabel={submitLabel}
        error={error}
        errorId={`${id}-error`}
        onCancel={onClose}
      />
    </form>
  );
}

interface ChoiceProps {
  conversationId: string;
  decision: OpenPromisesDecision;
  onDecision: (decision: OpenPromisesDecision) => void;
  reason: string;
  onReason: (reason: string) => void;
  reasonMissing: boolean;
}

function OpenPromisesChoice({ conversationId, decision, onDecision, reason, onReason, reasonMissing }: ChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const promises = useResource((signal) => listConversationPromises(conversationId, signal), [conversationId]);
  const open = promises.data?.items.filter((item) => item.status === 'open') ?? null;
  // "it" or "them": until the list arrives, say "them".
  const count = open && open.length > 0 ? open.length : 2;
  const choices: { value: OpenPromisesDecision; label: string; hint?: string }[] = [
    {
      value: 'keep_open',
      label: t('promises.resolve.keepOpen', { count }),
      hint: t('promises.resolve.keepOpenHint', { count }),
    },
    { value: 'mark_kept', label: t('promises.resolve.markKept', { count }) },
    { value: 'cancel', label: t('promises.resolve.cancel', { count }) },
  ];
  return (
    <fieldset className="resolve-dialog__choices" data-testid="open-promises-choice">
      <legend>
        {open && open.length > 0
          ? t('promises.resolve.question', { count: open.length })
          : t('promises.resolve.questionUnknown')}
      </legend>
      {open && open.length > 0 ? (
        <ul className="plain-list resolve-dialog__open">
          {open.map((item) => (
            <li key={item.id} dir="auto">
              {item.what}
            </li>
          ))}
        </ul>
      ) : null}
      {choices.map((choice, index) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={`${id}-decision`}
            value={choice.value}
            checked={decision === choice.value}
            autoFocus={index === 0}
            onChange={() => onDecision(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint ? <span className="field__hint"> — {choice.hint}</span> : null}
          </span>
        </label>
      ))}
      {decision === 'cancel' ? (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('promises.resolve.reason', { count })}</label>
          <input
            id={`${id}-reason`}
            className="input"
            dir="auto"
            maxLength={500}
            value={reason}
            aria-invalid={reasonMissing ? true : undefined}
            aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
            onChange={(event) => onReason(event.target.value)}
            autoFocus
          />
          {reasonMissing ? (
            <p id={`${id}-reason-error`} className="field__error">
              {t('promises.resolve.reasonRequired')}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
