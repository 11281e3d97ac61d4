import { CalendarDay, CalendarEntryKind, CreateCalendarEntryRequest, ETIQUETTE_API } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { TextField } from '../../forms/field';
import { useSaveForm } from '../../forms/use-save-form';
import { validate, type FieldProblem } from '../../forms/validate';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { Modal } from '../../ui/modal';
import { RadioGroupField } from '../radio-group-field';
import { entryRequestOfDraft, newCalendarEntryDraft, type CalendarEntryDraft } from './calendar-draft';

interface CalendarEntryDialogProps {
  open: boolean;
  country: { code: string; name: string };
  onAdded: (day: CalendarDay) => void;
  onClose: () => void;
}

/** "Add a day": a day or period of the account's own in the chosen country's calendar. */
export function CalendarEntryDialog({ open, country, onAdded, onClose }: CalendarEntryDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('cultureSettings.calendar.addTitle', { country: country.name })} onClose={onClose}>
      <div className="editor-dialog">
        <CalendarEntryForm country={country.code} onAdded={onAdded} onCancel={onClose} />
      </div>
    </Modal>
  );
}

function CalendarEntryForm({
  country,
  onAdded,
  onCancel,
}: {
  country: string;
  onAdded: (day: CalendarDay) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<CalendarEntryDraft>(newCalendarEntryDraft);
  const change = (update: Partial<CalendarEntryDraft>) => setDraft((current) => ({ ...current, ...update }));

  // The contract's refinement is "invalid" to the generic texts: say what is wrong with the dates.
  const showProblems = (problems: Record<string, FieldProblem>) => {
    form.fromProblems(problems);
    if (problems.endsOn?.kind === 'invalid' && !problems.startsOn && draft.endsOn < draft.startsOn) {
      form.set('endsOn', t('cultureSettings.calendar.endsBeforeStarts'));
    }
  };

  const submit = () =>
    save(
      validate(CreateCalendarEntryRequest, entryRequestOfDraft(draft, country)),
      (data) => apiSend('POST', ETIQUETTE_API.calendarEntries, data, CalendarDay),
      onAdded,
      showProblems,
    );

  return (
    <form ref={attachForm} className="form" onSubmit={onSubmit(submit)} noValidate>
      <TextField
        label={t('cultureSettings.calendar.name')}
        error={form.errors.name}
        dir="auto"
        maxLength={120}
        autoFocus
        value={draft.name}
        onValue={(name) => change({ name })}
      />
      <RadioGroupField
        legend={t('cultureSettings.calendar.kind')}
        value={draft.kind}
        onChange={(kind) => change({ kind })}
        error={form.errors.kind}
        options={CalendarEntryKind.options.map((kind) => ({
          value: kind,
          label: t(`cultureSettings.calendar.kinds.${kind}.label`),
          hint: t(`cultureSettings.calendar.kinds.${kind}.hint`),
        }))}
      />
      <div className="form__row">
        <TextField
          label={t('cultureSettings.calendar.from')}
          error={form.errors.startsOn}
          type="date"
          value={draft.startsOn}
          onValue={(startsOn) => change({ startsOn })}
        />
        <TextField
          label={t('cultureSettings.calendar.to')}
          hint={t('cultureSettings.calendar.toHint')}
          error={form.errors.endsOn}
          type="date"
          min={draft.startsOn || undefined}
          value={draft.endsOn}
          onValue={(endsOn) => change({ endsOn })}
        />
      </div>
      <DialogFormActions
        error={failure}
        editable
        busy={busy}
        submitLabel={t('cultureSettings.calendar.addSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
