import { AddMessageRequest, API, Message } from '@sincere/contracts';
import { useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';

export type ComposerMode = 'outbound' | 'note';

export interface ComposerHandle {
  /** Switches to the tab and puts the cursor in the text. */
  focus: (mode: ComposerMode) => void;
}

interface Props {
  conversationId: string;
  onSent: (message: Message) => void;
  ref: Ref<ComposerHandle>;
}

/** Reply to the customer or add an internal note; Ctrl/Cmd+Enter sends. */
export function Composer({ conversationId, onSent, ref }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<ComposerMode>('outbound');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per message being written: a retry after a lost answer is not sent twice.
  const clientMessageId = useRef(crypto.randomUUID());

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      setMode(next);
      textRef.current?.focus();
    },
  }));

  const send = async () => {
    if (busy) return;
    const checked = validate(AddMessageRequest, { direction: mode, body, clientMessageId: clientMessageId.current });
    if (!checked.ok) {
      setError(t('composer.empty'));
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const message = await apiSend('POST', API.conversationMessages(conversationId), checked.data, Message);
      onSent(message);
      setBody('');
      clientMessageId.current = crypto.randomUUID();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const tab = (value: ComposerMode, label: string) => (
    <button
      type="button"
      role="tab"
      id={`${id}-${value}`}
      aria-selected={mode === value}
      aria-controls={`${id}-panel`}
      tabIndex={mode === value ? 0 : -1}
      className="composer__tab"
      onClick={() => setMode(value)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          const other = value === 'outbound' ? 'note' : 'outbound';
          setMode(other);
          document.getElementById(`${id}-${other}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );

  return (
    <form
      className={`composer composer--${mode}`}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <div role="tablist" aria-label={t('composer.mode')} className="composer__tabs">
        {tab('outbound', t('composer.reply'))}
        {tab('note', t('composer.note'))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${mode}`} className="composer__panel">
        <textarea
          ref={textRef}
          className="input composer__text"
          dir="auto"
          rows={4}
          value={body}
          aria-label={mode === 'note' ? t('composer.noteLabel') : t('composer.replyLabel')}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={mode === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void send();
            }
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="composer__actions">
          <span id={`${id}-hint`} className="field__hint">
            {t('composer.hint')}
          </span>
          <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('composer.sending')}>
            {mode === 'note' ? t('composer.addNote') : t('composer.send')}
          </BusyButton>
        </div>
      </div>
    </form>
  );
}
