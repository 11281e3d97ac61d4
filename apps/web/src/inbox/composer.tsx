import { AddMessageRequest, API, Message, type ConversationEtiquette } from '@sincere/contracts';
import { useEffect, useId, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import type { Resource } from '../api/use-resource';
import { useErrorText } from '../api/use-error-text';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';
import { AttachButton, PendingFiles } from './composer-attachments';
import { EtiquetteLine } from './etiquette/etiquette-line';
import { MacroPickerList } from './macro-picker';
import { ReplyInsights } from './promises/reply-insights';
import { useReplyCheck } from './promises/use-reply-check';
import { isUploading, uploadedFiles } from './upload-queue';
import { useAttachmentUploads } from './use-attachment-uploads';
import { useMacroPicker } from './use-macro-picker';

export type ComposerMode = 'outbound' | 'note';

export interface ComposerHandle {
  /** Switches to the tab and puts the cursor in the text. */
  focus: (mode: ComposerMode) => void;
}

interface Props {
  conversationId: string;
  onSent: (message: Message) => void;
  ref: Ref<ComposerHandle>;
  /** Told of every change of tab or text (typing indicators, the collision warning). */
  onDraftChange?: (mode: ComposerMode, body: string) => void;
  /** Shown above the text, e.g. that a colleague is replying too. */
  notice?: ReactNode;
  /** Where the customer lives, so proposed due times are shown on their clock too. */
  customerTimeZone?: string | null;
  /** How to address the customer: shown above a reply; its changes make the reply be checked again. */
  etiquette?: Resource<ConversationEtiquette> | null;
}

/** Reply to the customer or add an internal note, with files; Ctrl/Cmd+Enter sends. */
export function Composer(props: Props) {
  const { conversationId, onSent, ref, onDraftChange, notice, customerTimeZone = null, etiquette = null } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [mode, setMode] = useState<ComposerMode>('outbound');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Sending waits for files still uploading; the button says so meanwhile.
  const [waitingForFiles, setWaitingForFiles] = useState(false);
  const [dragging, setDragging] = useState(false);
  const uploads = useAttachmentUploads();
  // One id per message being written: a retry after a lost answer is not sent twice.
  const clientMessageId = useRef(crypto.randomUUID());
  useEffect(() => onDraftChange?.(mode, body), [mode, body, onDraftChange]);
  const picker = useMacroPicker({
    conversationId,
    body,
    setBody,
    textRef,
    onError: (caught) => setError(errorText(caught)),
  });
  const listId = `${id}-macros`;
  // Promises and coaching are read in replies to the customer only, never in internal notes.
  const replyCheck = useReplyCheck(
    conversationId,
    mode === 'outbound' ? body : '',
    etiquette?.data?.address.chosen ?? '',
  );
  const greet = (greeting: string) => {
    setBody((current) => (current.trim() === '' ? `${greeting}\n\n` : `${greeting}\n\n${current}`));
    textRef.current?.focus();
  };

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      setMode(next);
      textRef.current?.focus();
    },
  }));

  const addFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    setError(uploads.add(files));
  };

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setWaitingForFiles(isUploading(uploads.files));
      const files = await uploads.settle();
      setWaitingForFiles(false);
      if (files.some((file) => file.state === 'failed')) {
        setError(t('attachments.removeFailed'));
        return;
      }
      const attached = uploadedFiles(files);
      const checked = validate(AddMessageRequest, {
        direction: mode,
        body,
        clientMessageId: clientMessageId.current,
        attachmentIds: attached.attachmentIds,
      });
      if (!checked.ok) {
        setError(t('composer.empty'));
        textRef.current?.focus();
        return;
      }
      const message = await apiSend('POST', API.conversationMessages(conversationId), checked.data, Message);
      onSent(message);
      if (mode === 'outbound') replyCheck.sent(message.id, body);
      setBody('');
      uploads.sent(attached.keys);
      clientMessageId.current = crypto.randomUUID();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setWaitingForFiles(false);
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
      className={`composer composer--${mode}${dragging ? ' composer--dragging' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
      // Files dropped anywhere on the composer are attached.
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          setDragging(false);
      }}
      onDrop={(event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        setDragging(false);
        addFiles([...event.dataTransfer.files]);
      }}
    >
      <div role="tablist" aria-label={t('composer.mode')} className="composer__tabs">
        {tab('outbound', t('composer.reply'))}
        {tab('note', t('composer.note'))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${mode}`} className="composer__panel">
        {notice}
        {mode === 'outbound' && etiquette ? <EtiquetteLine etiquette={etiquette} onGreeting={greet} /> : null}
        <textarea
          ref={textRef}
          className="input composer__text"
          dir="auto"
          rows={4}
          value={body}
          // Not editable while it goes out: what is sent is what was there when Send was pressed.
          readOnly={busy}
          aria-label={mode === 'note' ? t('composer.noteLabel') : t('composer.replyLabel')}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={mode === 'note' ? t('composer.notePlaceholder') : t('composer.replyPlaceholder')}
          // A textbox that controls a list (not a combobox: it stays a multi-line text field for screen readers).
          aria-autocomplete="list"
          aria-controls={picker.open ? listId : undefined}
          aria-activedescendant={picker.open ? `${listId}-${picker.active}` : undefined}
          onChange={(event) => {
            setBody(event.target.value);
            picker.update();
          }}
          onSelect={picker.update}
          onPaste={(event) => {
            // A pasted screenshot or file is attached; rich text from an office app (which carries a picture of itself) stays text.
            const { files, types } = event.clipboardData;
            if (files.length === 0 || types.includes('text/html')) return;
            event.preventDefault();
            addFiles([...files]);
          }}
          onBlur={picker.close}
          onKeyDown={(event) => {
            if (picker.handleKey(event)) return;
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void send();
            }
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
        <MacroPickerList picker={picker} listId={listId} />
        <ReplyInsights state={replyCheck} customerTimeZone={customerTimeZone} />
        <PendingFiles
          files={uploads.files}
          onRemove={(key) => {
            uploads.remove(key);
            textRef.current?.focus();
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
          <span className="composer__buttons">
            <AttachButton disabled={busy} onFiles={addFiles} />
            <BusyButton
              type="button"
              className="button button--quiet"
              busy={picker.inserting}
              busyLabel={t('macroPicker.inserting')}
              onClick={picker.start}
            >
              {t('macroPicker.button')}
            </BusyButton>
            <BusyButton
              type="submit"
              className="button button--primary"
              busy={busy}
              busyLabel={waitingForFiles ? t('attachments.waiting') : t('composer.sending')}
            >
              {mode === 'note' ? t('composer.addNote') : t('composer.send')}
            </BusyButton>
          </span>
        </div>
      </div>
    </form>
  );
}
