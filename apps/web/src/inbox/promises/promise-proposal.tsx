import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { BusyButton } from '../../ui/busy-button';
import { useToast } from '../../ui/toast-context';
import { notifyPromisesChanged } from './promise-changes';
import { draftOfSuggestion, trackRequest, type DraftProblem } from './promise-drafts';
import { PromiseFields, type PromiseDraft } from './promise-fields';
import { PromiseLine } from './reply-insights-lines';
import { trackPromise } from './promises-api';
import type { Proposal } from './use-reply-check';

interface Props {
  proposal: Proposal;
  customerTimeZone: string | null;
  onDone: (key: string) => void;
}

/**
 * "Track this promise?" for a reply that went out: Track as detected, Edit then Track, or Dismiss. It sits inside
 * the composer's form, so it is no form itself: Enter in its fields tracks, and never sends the composer.
 */
export function PromiseProposal({ proposal, customerTimeZone, onDone }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<PromiseDraft | null>(null);
  const [problems, setProblems] = useState<{ what?: DraftProblem; due?: DraftProblem }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { suggestion, messageId, defaultDueAt } = proposal;
  // The card leaves with its buttons: the keyboard goes back to the reply being written.
  const done = () => {
    rootRef.current?.closest('form')?.querySelector('textarea')?.focus();
    onDone(proposal.key);
  };

  const track = async () => {
    if (busy) return;
    const checked = trackRequest(suggestion, messageId, draft, defaultDueAt);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    setError(null);
    setBusy(true);
    try {
      const promise = await trackPromise(proposal.conversationId, checked.data);
      toast.success(t('promises.proposal.tracked', { what: promise.what }));
      notifyPromisesChanged(proposal.conversationId);
      done();
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void track();
    }
    if (event.key === 'Escape' && draft) {
      event.stopPropagation();
      setDraft(null);
      setProblems({});
    }
  };

  const problemText = (problem: DraftProblem | undefined) =>
    problem === 'whatRequired'
      ? t('validation.required')
      : problem === 'dueInvalid'
        ? t('promises.proposal.invalidDue')
        : undefined;

  return (
    <div
      ref={rootRef}
      className="promise-proposal"
      role="group"
      aria-labelledby={`${id}-title`}
      data-testid="promise-proposal"
      onKeyDown={onKeyDown}
    >
      <p id={`${id}-title`} className="promise-proposal__title">
        {t('promises.proposal.title')}
      </p>
      {draft ? (
        <div className="promise-proposal__fields">
          <PromiseFields
            draft={draft}
            onChange={setDraft}
            dueOptional
            autoFocus
            errors={{ what: problemText(problems.what), due: problemText(problems.due) }}
          />
        </div>
      ) : (
        <PromiseLine suggestion={suggestion} defaultDueAt={defaultDueAt} customerTimeZone={customerTimeZone} />
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="promise-proposal__actions">
        <BusyButton
          type="button"
          className="button button--small button--primary"
          busy={busy}
          busyLabel={t('promises.proposal.tracking')}
          onClick={() => void track()}
        >
          {t('promises.proposal.track')}
        </BusyButton>
        {draft ? null : (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => setDraft(draftOfSuggestion(suggestion, defaultDueAt))}
          >
            {t('promises.proposal.edit')}
          </button>
        )}
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={done}>
          {t('promises.proposal.dismiss')}
        </button>
      </div>
    </div>
  );
}
