import {
  NewScorecardRequest,
  UpdateScorecardRequest,
  type ScorecardEntry,
  type ScorecardSaved,
} from '@sincere/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../forms/field';
import { errorsWithin } from '../../forms/field-errors';
import { useSaveForm } from '../../forms/use-save-form';
import { validate, type FieldProblem } from '../../forms/validate';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { CategoryFields } from './category-fields';
import { createScorecard, updateScorecard } from './quality-settings-api';
import {
  changesMeaning,
  draftOfScorecard,
  moveRow,
  newCategoryDraft,
  refusedWeights,
  scorecardInputOf,
  type CategoryDraft,
  type ScorecardDraft,
} from './scorecard-draft';

/** The contract allows this many categories in a scorecard. */
const MAX_CATEGORIES = 50;

interface ScorecardFormProps {
  /** The current version to edit; null for a new scorecard. */
  entry: ScorecardEntry | null;
  onCreated: (entry: ScorecardEntry) => void;
  onSaved: (saved: ScorecardSaved) => void;
  onCancel: () => void;
}

/** A scorecard, whole: its name and its categories, added, removed and put in order. */
export function ScorecardForm({ entry, onCreated, onSaved, onCancel }: ScorecardFormProps) {
  const { t } = useTranslation();
  const { attach, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<ScorecardDraft>(() => draftOfScorecard(entry));
  /** The move button to focus once the moved category is drawn in its new place. */
  const focusAfterMove = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = form.errors;

  // Keep the keyboard on the button that moved a category, or on its twin once the row reaches an end.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    const button = document.getElementById(id);
    const twin = document.getElementById(
      id.endsWith('-up') ? id.replace(/-up$/, '-down') : id.replace(/-down$/, '-up'),
    );
    (button instanceof HTMLButtonElement && !button.disabled ? button : twin)?.focus();
  });

  const setCategories = (update: (categories: CategoryDraft[]) => CategoryDraft[]) =>
    setDraft((current) => ({ ...current, categories: update(current.categories) }));
  const showProblems = (problems: Record<string, FieldProblem>) => {
    form.fromProblems(problems);
    for (const path of refusedWeights(problems, draft))
      form.set(path, t('qualityReports.settings.category.weightRange'));
  };

  const submit = () => {
    const input = scorecardInputOf(draft);
    return entry
      ? save(validate(UpdateScorecardRequest, input), (body) => updateScorecard(entry.id, body), onSaved, showProblems)
      : save(validate(NewScorecardRequest, input), createScorecard, onCreated, showProblems);
  };

  return (
    <form ref={attach} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <div className="form__row">
        <TextField
          label={t('qualityReports.settings.nameEn')}
          error={errors['name.en']}
          lang="en"
          maxLength={120}
          autoFocus
          value={draft.nameEn}
          onValue={(nameEn) => setDraft((current) => ({ ...current, nameEn }))}
        />
        <TextField
          label={t('qualityReports.settings.nameRu')}
          error={errors['name.ru']}
          lang="ru"
          maxLength={120}
          value={draft.nameRu}
          onValue={(nameRu) => setDraft((current) => ({ ...current, nameRu }))}
        />
      </div>
      {draft.categories.map((category, index) => (
        <CategoryFields
          key={category.rowKey}
          index={index}
          count={draft.categories.length}
          category={category}
          errors={errorsWithin(errors, `categories.${index}`)}
          onChange={(update) =>
            setCategories((list) => list.map((row) => (row.rowKey === category.rowKey ? { ...row, ...update } : row)))
          }
          onMove={(delta) => {
            setCategories((list) =>
              moveRow(
                list,
                list.findIndex((row) => row.rowKey === category.rowKey),
                delta,
              ),
            );
            focusAfterMove.current = `${category.rowKey}-${delta < 0 ? 'up' : 'down'}`;
          }}
          onRemove={() => {
            setCategories((list) => list.filter((row) => row.rowKey !== category.rowKey));
            addButton.current?.focus();
          }}
        />
      ))}
      {errors.categories ? <p className="field__error">{errors.categories}</p> : null}
      {draft.categories.length < MAX_CATEGORIES ? (
        <p>
          <button
            ref={addButton}
            type="button"
            className="button button--small"
            onClick={() => setCategories((list) => [...list, newCategoryDraft()])}
          >
            {t('qualityReports.settings.category.add')}
          </button>
        </p>
      ) : null}
      {entry && changesMeaning(entry, draft) ? (
        <p className="notice notice--warning">
          {t('qualityReports.settings.newVersionAhead', { next: entry.version + 1, current: entry.version })}
        </p>
      ) : null}
      <DialogFormActions
        error={failure}
        editable
        busy={busy}
        submitLabel={entry ? t('common.save') : t('qualityReports.settings.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
