import { CreateFact, FACT_CATEGORIES, type FactCategory } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/describe-error';
import { useErrorText } from '../../api/use-error-text';
import { validate, type FieldProblem } from '../../forms/validate';
import { BusyButton } from '../../ui/busy-button';

export interface FactValues {
  text: string;
  category: FactCategory;
}

interface Props {
  initial: FactValues;
  /** Offers the category to change (editing); a new note has its category chosen by the button that opened it. */
  chooseCategory: boolean;
  /** What the text box is called for a screen reader ("Note a fact: Pets"). */
  label: string;
  submitLabel: string;
  onSave: (values: FactValues) => Promise<void>;
  onCancel: () => void;
}

/** A small inline form: Enter saves, Escape cancels. */
export function MemoryFactForm({ initial, chooseCategory, label, submitLabel, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const [text, setText] = useState(initial.text);
  const [category, setCategory] = useState(initial.category);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text?: string; category?: string; form?: string }>({});
  const problemText = (problem: FieldProblem) =>
    problem.kind === 'tooLong' || problem.kind === 'tooShort'
      ? t(`validation.${problem.kind}`, { limit: problem.limit })
      : t(`validation.${problem.kind}`);

  const submit = async () => {
    const checked = validate(CreateFact, { text, category });
    if (!checked.ok) {
      const problem = checked.problems['text'];
      return setError(problem ? { text: problemText(problem) } : { form: t('validation.invalid') });
    }
    setBusy(true);
    setError({});
    try {
      await onSave({ text: checked.data.text, category: checked.data.category });
    } catch (caught) {
      const fields = fieldErrorsOf(caught);
      setError(
        fields['text'] || fields['category']
          ? {
              ...(fields['text'] ? { text: fields['text'] } : {}),
              ...(fields['category'] ? { category: fields['category'] } : {}),
            }
          : { form: errorText(caught) },
      );
      setBusy(false);
    }
  };

  const describedBy = [`${id}-keys`, error.text ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <form
      className="inline-form memory__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void submit();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here: the inbox and any dialog around must not also react to it.
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-text`}
        className="input input--compact"
        dir="auto"
        value={text}
        maxLength={500}
        autoFocus
        aria-invalid={error.text ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setText(event.target.value)}
      />
      {chooseCategory ? (
        <>
          <label htmlFor={`${id}-category`} className="visually-hidden">
            {t('memory.category')}
          </label>
          <select
            id={`${id}-category`}
            className="select select--compact"
            value={category}
            aria-invalid={error.category ? true : undefined}
            onChange={(event) => setCategory(event.target.value as FactCategory)}
          >
            {FACT_CATEGORIES.map((option) => (
              <option key={option} value={option}>
                {t(`memory.categories.${option}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <BusyButton type="submit" className="button button--small button--primary" busy={busy}>
        {submitLabel}
      </BusyButton>
      <button type="button" className="button button--small button--quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <span id={`${id}-keys`} className="visually-hidden">
        {t('memory.keys')}
      </span>
      {error.text ? (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error.text}
        </span>
      ) : null}
      {error.category ? (
        <span className="field__error" role="alert">
          {error.category}
        </span>
      ) : null}
      {error.form ? (
        <span className="field__error" role="alert">
          {error.form}
        </span>
      ) : null}
    </form>
  );
}
