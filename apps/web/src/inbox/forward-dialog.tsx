import { API, ForwardConversationRequest, ForwardConversationResponse } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { fieldErrorsOf } from '../api/describe-error';
import { useErrorText } from '../api/use-error-text';
import { Field, TextField } from '../forms/field';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';
import { Modal } from '../ui/modal';
import { useToast } from '../ui/toast-context';
import { parseRecipients, recipientsProblem, type RecipientsProblem } from './recipients';

interface Props {
  open: boolean;
  conversationId: string;
  onClose: () => void;
}

/** Emails the transcript to a colleague or partner; notes go only when asked for. */
export function ForwardDialog({ open, conversationId, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('forward.title')} onClose={onClose}>
      <ForwardForm conversationId={conversationId} onClose={onClose} />
    </Modal>
  );
}

interface Errors {
  to?: string;
  comment?: string;
  form?: string;
}

function ForwardForm({ conversationId, onClose }: Omit<Props, 'open'>) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const toast = useToast();
  const [to, setTo] = useState('');
  const [comment, setComment] = useState('');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  const describe = (problem: RecipientsProblem): string => {
    switch (problem.kind) {
      case 'required':
        return t('forward.toRequired');
      case 'invalid':
        return t('forward.toInvalid', { address: problem.address });
      case 'tooMany':
        return t('forward.toTooMany', { limit: problem.limit });
    }
  };

  const submit = async () => {
    const addresses = parseRecipients(to);
    const checked = validate(ForwardConversationRequest, {
      to: addresses,
      ...(comment.trim() ? { comment } : {}),
      includeNotes,
    });
    if (!checked.ok) {
      const problem = recipientsProblem(checked.problems, addresses);
      return setErrors({
        ...(problem ? { to: describe(problem) } : {}),
        ...(checked.problems['comment'] ? { comment: t('validation.tooLong', { limit: 5000 }) } : {}),
      });
    }
    setBusy(true);
    setErrors({});
    try {
      await apiSend('POST', API.conversationForward(conversationId), checked.data, ForwardConversationResponse);
      toast.success(t('forward.queued', { to: checked.data.to.join(', ') }));
      onClose();
    } catch (caught) {
      // A 409 says why forwarding is off here (no outgoing mail): the server's own words, beside the form.
      const fields = fieldErrorsOf(caught);
      const toField = Object.entries(fields).find(([path]) => path === 'to' || path.startsWith('to.'))?.[1];
      setErrors({
        ...(toField ? { to: toField } : {}),
        ...(fields['comment'] ? { comment: fields['comment'] } : {}),
        ...(toField || fields['comment'] ? {} : { form: errorText(caught) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t('forward.to')}
        hint={t('forward.toHint', { limit: 10 })}
        error={errors.to}
        value={to}
        onValue={setTo}
        type="text"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        placeholder="colleague@example.com"
        autoFocus
      />
      <Field label={t('forward.comment')} error={errors.comment} hint={t('forward.commentHint')}>
        {(control) => (
          <textarea
            {...control}
            className="input"
            dir="auto"
            rows={3}
            maxLength={5000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          checked={includeNotes}
          aria-describedby={`${id}-notes-hint`}
          onChange={(event) => setIncludeNotes(event.target.checked)}
        />
        <span>
          <span className="choice__label">{t('forward.includeNotes')}</span>
          <span id={`${id}-notes-hint`} className="field__hint choice__hint">
            {t('forward.includeNotesHint')}
          </span>
        </span>
      </label>
      {errors.form ? (
        <p className="form__error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('forward.busy')}>
          {t('forward.submit')}
        </BusyButton>
      </div>
    </form>
  );
}
