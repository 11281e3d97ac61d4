import { CUSTOMER_PROFILE_API, CustomerNote, CustomerNoteList, CustomerNoteRequest } from '@sincere/contracts';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../../api/client';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { Field } from '../../forms/field';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { useDateFormat } from '../../i18n/format';
import { useSignedIn } from '../../session/session-context';
import { useConfirmedDelete } from '../../settings/use-confirmed-delete';
import { BusyButton } from '../../ui/busy-button';

interface Props {
  customerId: string;
  /** The caller may write notes (a merged or forgotten customer takes none). */
  canWrite: boolean;
}

/** Ctrl+Enter (⌘+Enter) sends, as in the composer; Enter alone starts a new line. */
const sendsForm = (event: KeyboardEvent<HTMLTextAreaElement>) =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey);

/** What the team wrote down about the customer: read by everyone, changed by its author or an admin. */
export function CustomerNotes({ customerId, canWrite }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorText = useErrorText();
  const { session } = useSignedIn();
  const notes = useResource(
    (signal) => apiGet(CUSTOMER_PROFILE_API.notes(customerId), CustomerNoteList, signal),
    [customerId],
  );
  const { setData } = notes;
  const [editing, setEditing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form being left takes the keyboard's place with it: the section's title gets it.
  const stopEditing = () => {
    setEditing(null);
    heading.current?.focus();
  };
  const { deleting, remove } = useConfirmedDelete();
  const mayChange = (note: CustomerNote) =>
    canWrite && (session.user.role === 'admin' || note.author?.id === session.user.id);

  const replace = (note: CustomerNote) =>
    setData((current) => current && { items: current.items.map((item) => (item.id === note.id ? note : item)) });
  const deleteNote = async (note: CustomerNote) => {
    const deleted = await remove({
      id: note.id,
      path: CUSTOMER_PROFILE_API.note(note.id),
      title: t('customerProfile.notes.deleteTitle'),
      body: t('customerProfile.notes.deleteBody'),
      confirmLabel: t('customerProfile.notes.delete'),
      done: t('customerProfile.notes.deleted'),
    });
    if (!deleted) return;
    setData((current) => current && { items: current.items.filter((item) => item.id !== note.id) });
    heading.current?.focus();
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('customerProfile.notes.title')}
      </h4>
      {notes.error && !notes.data ? (
        <p className="field__error" role="alert">
          {errorText(notes.error)}
        </p>
      ) : !notes.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : notes.data.items.length === 0 ? (
        <p className="muted">{t('customerProfile.notes.empty')}</p>
      ) : (
        <ul className="plain-list">
          {notes.data.items.map((note) =>
            editing === note.id ? (
              <li key={note.id}>
                <NoteForm
                  note={note}
                  customerId={customerId}
                  onSaved={(saved) => {
                    replace(saved);
                    stopEditing();
                  }}
                  onCancel={stopEditing}
                />
              </li>
            ) : (
              <li key={note.id} className="panel">
                <NoteText note={note} />
                {mayChange(note) ? (
                  <span className="item-table__actions">
                    <button type="button" className="button button--small" onClick={() => setEditing(note.id)}>
                      {t('customerProfile.notes.edit')}
                    </button>
                    <BusyButton
                      type="button"
                      className="button button--small button--danger-quiet"
                      busy={deleting === note.id}
                      onClick={() => void deleteNote(note)}
                    >
                      {t('customerProfile.notes.delete')}
                    </BusyButton>
                  </span>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {canWrite ? (
        <NoteForm
          note={null}
          customerId={customerId}
          onSaved={(saved) => setData((current) => ({ items: [saved, ...(current?.items ?? [])] }))}
        />
      ) : null}
    </section>
  );
}

function NoteText({ note }: { note: CustomerNote }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const edited = note.updatedAt !== note.createdAt;
  return (
    <>
      <p className="message__body" dir="auto">
        {note.body}
      </p>
      <p className="muted">
        {note.author ? <bdi>{note.author.name}</bdi> : t('customerProfile.notes.formerUser')},{' '}
        <time dateTime={note.createdAt}>{format.dateTime(note.createdAt)}</time>
        {edited ? ` · ${t('customerProfile.notes.edited')}` : null}
      </p>
    </>
  );
}

interface NoteFormProps {
  note: CustomerNote | null;
  customerId: string;
  onSaved: (note: CustomerNote) => void;
  onCancel?: () => void;
}

/** A new note, or an existing one being changed (Escape gives up the change). */
function NoteForm({ note, customerId, onSaved, onCancel }: NoteFormProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [body, setBody] = useState(note?.body ?? '');
  const formRef = useRef<HTMLFormElement | null>(null);

  const submit = () =>
    save(
      validate(CustomerNoteRequest, { body }),
      (data) =>
        note
          ? apiSend('PATCH', CUSTOMER_PROFILE_API.note(note.id), data, CustomerNote)
          : apiSend('POST', CUSTOMER_PROFILE_API.notes(customerId), data, CustomerNote),
      (saved) => {
        if (!note) setBody('');
        onSaved(saved);
      },
    );

  return (
    <form
      ref={(element) => {
        formRef.current = element;
        attach(element);
      }}
      className="form"
      onSubmit={onSubmit(submit)}
      noValidate
    >
      <Field
        label={note ? t('customerProfile.notes.editLabel') : t('customerProfile.notes.newLabel')}
        error={form.errors.body}
      >
        {(control) => (
          <textarea
            {...control}
            aria-describedby={[control['aria-describedby'], hintId].filter(Boolean).join(' ')}
            className="input"
            rows={note ? 4 : 2}
            dir="auto"
            maxLength={10_000}
            autoFocus={note !== null}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={(event) => {
              if (sendsForm(event)) {
                event.preventDefault();
                formRef.current?.requestSubmit();
              }
              if (event.key === 'Escape' && onCancel) {
                event.preventDefault();
                onCancel();
              }
            }}
          />
        )}
      </Field>
      <p id={hintId} className="field__hint">
        {t('customerProfile.notes.hint')}
      </p>
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <span className="item-table__actions">
        <BusyButton type="submit" className="button button--small" busy={busy} busyLabel={t('common.saving')}>
          {note ? t('common.save') : t('customerProfile.notes.add')}
        </BusyButton>
        {onCancel ? (
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </span>
    </form>
  );
}
