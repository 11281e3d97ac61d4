import { type AgentPromise } from '@sincere/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { Modal } from '../../ui/modal';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { useToast } from '../../ui/toast-context';
import { editRequest, type DraftProblem } from './promise-drafts';
import { PromiseFields, type PromiseDraft } from './promise-fields';
import { toLocalInput } from './promise-format';
import { cancelPromise, editPromise } from './promises-api';

interface Props {
  promise: AgentPromise | null;
  onClose: () => void;
  onDone: () => void;
}

/** Change what was promised or when it falls due; a new due time resets its reminder (server side). */
export function EditPromiseDialog({ promise, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={promise !== null} title={t('promises.editDialog.title')} onClose={onClose}>
      {promise ? <EditForm key={promise.id} promise={promise} onClose={onClose} onDone={onDone} /> : null}
    </Modal>
  );
}

function EditForm({ promise, onClose, onDone }: Props & { promise: AgentPromise }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<PromiseDraft>({ what: promise.what, due: toLocalInput(promise.dueAt) });
  const [problems, setProblems] = useState<{ what?: DraftProblem; due?: DraftProblem }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = editRequest(promise, draft);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    if (Object.keys(checked.data).length === 0) return onClose();
    setBusy(true);
    setError(null);
    try {
      await editPromise(promise.id, checked.data);
      onDone();
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <PromiseFields
        draft={draft}
        onChange={setDraft}
        autoFocus
        errors={{
          what: problems.what ? t('validation.required') : undefined,
          due: problems.due ? t('promises.proposal.invalidDue') : undefined,
        }}
      />
      <DialogFormActions
        editable
        busy={busy}
        submitLabel={t('promises.editDialog.submit')}
        error={error}
        onCancel={onClose}
      />
    </form>
  );
}

/** Cancelling a promise always says why: the customer was told something, the history must say what changed. */
export function CancelPromiseDialog({ promise, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={promise !== null} title={t('promises.cancelDialog.title')} onClose={onClose}>
      {promise ? <CancelForm key={promise.id} promise={promise} onClose={onClose} onDone={onDone} /> : null}
    </Modal>
  );
}

function CancelForm({ promise, onClose, onDone }: Props & { promise: AgentPromise }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await cancelPromise(promise.id, { reason: reason.trim() });
      toast.success(t('promises.status.cancelled'));
      onDone();
      onClose();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="dialog__body" dir="auto">
        {promise.what}
      </p>
      <div className="field">
        <label htmlFor={id}>{t('promises.cancelDialog.reason')}</label>
        <input
          id={id}
          className="input"
          value={reason}
          maxLength={500}
          dir="auto"
          placeholder={t('promises.cancelDialog.reasonHint')}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
        {missing ? (
          <p id={`${id}-error`} className="field__error">
            {t('promises.cancelDialog.reasonRequired')}
          </p>
        ) : null}
      </div>
      <DialogFormActions
        editable
        danger
        busy={busy}
        busyLabel={t('common.working')}
        submitLabel={t('promises.cancelDialog.submit')}
        cancelLabel={t('promises.cancelDialog.back')}
        error={error}
        onCancel={onClose}
      />
    </form>
  );
}
