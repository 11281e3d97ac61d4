import { NewCalibrationRequest, type Calibration } from '@sincere/contracts';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../api/use-resource';
import { TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { useSaveForm } from '../../forms/use-save-form';
import { validate, type FieldProblem } from '../../forms/validate';
import { useDateFormat } from '../../i18n/format';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { Modal } from '../../ui/modal';
import {
  MAX_CONVERSATIONS,
  MAX_REVIEWERS,
  calibrationRequestOf,
  eligibleReviewers,
  emptyCalibrationDraft,
  toggle,
  type CalibrationDraft,
} from './calibration-draft';
import { loadResolvedConversations, loadUsers, startCalibration } from './quality-reports-api';

interface NewCalibrationDialogProps {
  open: boolean;
  onStarted: (round: Calibration) => void;
  onClose: () => void;
}

/** Leads start a round: a name, the conversations everyone scores, and who scores them. */
export function NewCalibrationDialog({ open, onStarted, onClose }: NewCalibrationDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('qualityReports.calibration.newTitle')} onClose={onClose}>
      <div className="editor-dialog editor-dialog--wide">
        <NewCalibrationForm onStarted={onStarted} onCancel={onClose} />
      </div>
    </Modal>
  );
}

function NewCalibrationForm({
  onStarted,
  onCancel,
}: {
  onStarted: (round: Calibration) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<CalibrationDraft>(emptyCalibrationDraft);
  const conversations = useResource(loadResolvedConversations, []);
  const users = useResource(loadUsers, []);
  const reviewers = eligibleReviewers(users.data?.items ?? [], i18n.language);

  // "Fill in this field" and "at least 2 characters" would not fit lists of people and conversations.
  const showProblems = (problems: Record<string, FieldProblem>) => {
    form.fromProblems(problems);
    if (problems.conversationIds) form.set('conversationIds', t('qualityReports.calibration.pickConversations'));
    if (problems.reviewerIds) form.set('reviewerIds', t('qualityReports.calibration.pickReviewers'));
  };
  const submit = () =>
    save(validate(NewCalibrationRequest, calibrationRequestOf(draft)), startCalibration, onStarted, showProblems);

  return (
    <form ref={attach} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <TextField
        label={t('qualityReports.calibration.name')}
        hint={t('qualityReports.calibration.nameHint')}
        error={form.errors.name}
        maxLength={120}
        autoFocus
        value={draft.name}
        onValue={(name) => setDraft((current) => ({ ...current, name }))}
      />
      <CheckList
        legend={t('qualityReports.calibration.conversations')}
        hint={t('qualityReports.calibration.conversationsHint', {
          count: draft.conversationIds.length,
          max: MAX_CONVERSATIONS,
        })}
        error={errorUnder(form.errors, 'conversationIds')}
        status={conversations.data ? null : conversations.error ? 'error' : 'loading'}
        empty={t('qualityReports.calibration.noResolved')}
        items={(conversations.data?.items ?? []).map((conversation) => ({
          id: conversation.id,
          label: (
            <>
              <bdi dir="auto">{conversation.subject ?? t('qualityReports.coaching.noSubject')}</bdi>
              <span className="choice__hint">
                <bdi dir="auto">{conversation.customer.name}</bdi>
                {conversation.lastMessageAt ? ` · ${dates.date(conversation.lastMessageAt)}` : null}
              </span>
            </>
          ),
        }))}
        checked={draft.conversationIds}
        onToggle={(id) =>
          setDraft((current) => ({
            ...current,
            conversationIds: toggle(current.conversationIds, id, MAX_CONVERSATIONS),
          }))
        }
      />
      <CheckList
        legend={t('qualityReports.calibration.reviewers')}
        hint={t('qualityReports.calibration.reviewersHint', { count: draft.reviewerIds.length })}
        error={errorUnder(form.errors, 'reviewerIds')}
        status={users.data ? null : users.error ? 'error' : 'loading'}
        empty={t('qualityReports.calibration.noReviewers')}
        items={reviewers.map((user) => ({
          id: user.id,
          label: (
            <>
              <bdi>{user.name}</bdi>
              <span className="choice__hint">{t(`roles.${user.role}`)}</span>
            </>
          ),
        }))}
        checked={draft.reviewerIds}
        onToggle={(id) =>
          setDraft((current) => ({ ...current, reviewerIds: toggle(current.reviewerIds, id, MAX_REVIEWERS) }))
        }
      />
      <DialogFormActions
        error={failure}
        editable
        busy={busy}
        busyLabel={t('qualityReports.calibration.starting')}
        submitLabel={t('qualityReports.calibration.start')}
        onCancel={onCancel}
      />
    </form>
  );
}

interface CheckListProps {
  legend: string;
  hint: string;
  error: string | undefined;
  status: 'loading' | 'error' | null;
  empty: string;
  items: readonly { id: string; label: ReactNode }[];
  checked: readonly string[];
  onToggle: (id: string) => void;
}

/** A group of checkboxes with a count of what is ticked; its error is announced with the group. */
function CheckList({ legend, hint, error, status, empty, items, checked, onToggle }: CheckListProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const errorId = useId();
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
      <legend className="choice-group__legend">{legend}</legend>
      <p id={hintId} className="field__hint" aria-live="polite">
        {hint}
      </p>
      {status === 'loading' ? (
        <p className="muted" aria-busy="true">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : status === 'error' ? (
        <p className="notice notice--error">{t('qualityReports.calibration.listFailed')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="check-list calibration-check-list">
          {items.map((item) => (
            <label key={item.id} className="choice">
              <input
                type="checkbox"
                checked={checked.includes(item.id)}
                aria-invalid={error ? true : undefined}
                onChange={() => onToggle(item.id)}
              />
              <span className="choice__label">{item.label}</span>
            </label>
          ))}
        </div>
      )}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
