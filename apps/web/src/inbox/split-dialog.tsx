import { API, ConversationDetail, SplitConversationRequest, type Message } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { fieldErrorsOf } from '../api/describe-error';
import { useErrorText } from '../api/use-error-text';
import { TextField } from '../forms/field';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';
import { Modal } from '../ui/modal';
import { useOpenConversation } from './use-open-conversation';

interface Props {
  conversation: Pick<ConversationDetail, 'id' | 'subject'>;
  /** The customer message to split off; null keeps the dialog closed. */
  message: Message | null;
  onClose: () => void;
}

const EXCERPT_LENGTH = 200;

/** Moves one customer message into a new conversation, then opens that one. */
export function SplitDialog({ conversation, message, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal open={message !== null} title={t('split.title')} onClose={onClose}>
      {message ? <SplitForm conversation={conversation} message={message} onClose={onClose} /> : null}
    </Modal>
  );
}

function SplitForm({ conversation, message, onClose }: Omit<Props, 'message'> & { message: Message }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { open } = useOpenConversation();
  const [subject, setSubject] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ subject?: string; form?: string }>({});
  const excerpt = message.body.length > EXCERPT_LENGTH ? `${message.body.slice(0, EXCERPT_LENGTH)}…` : message.body;

  const submit = async () => {
    const checked = validate(SplitConversationRequest, {
      messageId: message.id,
      ...(subject.trim() ? { subject } : {}),
    });
    if (!checked.ok) return setError({ subject: t('validation.tooLong', { limit: 300 }) });
    setBusy(true);
    setError({});
    try {
      const created = await apiSend('POST', API.conversationSplit(conversation.id), checked.data, ConversationDetail);
      onClose();
      open(created.id);
    } catch (caught) {
      const fields = fieldErrorsOf(caught);
      setError(fields['subject'] ? { subject: fields['subject'] } : { form: errorText(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="dialog__body">{t('split.explain')}</p>
      {excerpt ? (
        <blockquote className="split__quote" dir="auto">
          {excerpt}
        </blockquote>
      ) : null}
      <TextField
        label={t('split.subject')}
        hint={t('split.subjectHint')}
        error={error.subject}
        value={subject}
        onValue={setSubject}
        dir="auto"
        maxLength={300}
        placeholder={conversation.subject ?? ''}
        autoFocus
      />
      {error.form ? (
        <p className="form__error" role="alert">
          {error.form}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('split.busy')}>
          {t('split.submit')}
        </BusyButton>
      </div>
    </form>
  );
}
