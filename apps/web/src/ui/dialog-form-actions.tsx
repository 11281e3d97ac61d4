import { useTranslation } from 'react-i18next';
import { BusyButton } from './busy-button';

interface DialogFormActionsProps {
  editable: boolean;
  busy: boolean;
  submitLabel: string;
  /** Instead of "Cancel", where changes made in the dialog are already saved. */
  cancelLabel?: string | undefined;
  /** Why saving failed, shown in the dialog: the page's toasts are inert behind it. */
  error?: string | null;
  /** The error's element id, for a field that points at it with aria-describedby. */
  errorId?: string | undefined;
  /** What the submit button says while busy; "Saving…" by default. */
  busyLabel?: string | undefined;
  /** The submit button warns: the action cannot be undone (cancelling a promise). */
  danger?: boolean | undefined;
  onCancel: () => void;
}

/** Cancel and the submit button of a form in a dialog; a read-only form only closes. */
export function DialogFormActions(props: DialogFormActionsProps) {
  const { editable, busy, submitLabel, cancelLabel, error, errorId, busyLabel, danger, onCancel } = props;
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <p className="form__error" role="alert" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel ?? (editable ? t('common.cancel') : t('itemTable.close'))}
        </button>
        {editable ? (
          <BusyButton
            type="submit"
            className={danger ? 'button button--danger' : 'button button--primary'}
            busy={busy}
            busyLabel={busyLabel ?? t('common.saving')}
          >
            {submitLabel}
          </BusyButton>
        ) : null}
      </div>
    </>
  );
}
