import { SCALE_KINDS, SCALE_POINTS, type ScaleKind } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/checkbox-field';
import { Field, TextField } from '../../forms/field';
import { suggestKey, type CategoryDraft } from './scorecard-draft';

interface CategoryFieldsProps {
  index: number;
  count: number;
  category: CategoryDraft;
  /** Errors of this category, by field: `key`, `name.en`, `weight`… */
  errors: Readonly<Record<string, string>>;
  onChange: (update: Partial<CategoryDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One category of the scorecard editor: what it is called, what each point means, and how it counts. */
export function CategoryFields({ index, count, category, errors, onChange, onMove, onRemove }: CategoryFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const title = category.nameEn.trim() || category.nameRu.trim() || category.key.trim();
  const which = <span className="visually-hidden"> {t('qualityReports.settings.category.number', { number })}</span>;

  return (
    <fieldset className="form__group scorecard-category">
      <legend className="choice-group__legend">
        {title
          ? t('qualityReports.settings.category.legendNamed', { number, name: title })
          : t('qualityReports.settings.category.number', { number })}
      </legend>
      <div className="form__row">
        <TextField
          label={t('qualityReports.settings.category.nameEn')}
          error={errors['name.en']}
          lang="en"
          maxLength={80}
          value={category.nameEn}
          onValue={(nameEn) => onChange(category.keyTouched ? { nameEn } : { nameEn, key: suggestKey(nameEn) })}
        />
        <TextField
          label={t('qualityReports.settings.category.nameRu')}
          error={errors['name.ru']}
          lang="ru"
          maxLength={80}
          value={category.nameRu}
          onValue={(nameRu) => onChange({ nameRu })}
        />
      </div>
      <div className="form__row">
        <TextField
          label={t('qualityReports.settings.category.key')}
          hint={t('qualityReports.settings.category.keyHint')}
          error={errors.key}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={category.key}
          onValue={(key) => onChange({ key, keyTouched: true })}
        />
        <Field
          label={t('qualityReports.settings.category.weight')}
          hint={t('qualityReports.settings.category.weightHint')}
          error={errors.weight}
        >
          {(control) => (
            <input
              {...control}
              className="input input--number"
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step="any"
              value={category.weight}
              onChange={(event) => onChange({ weight: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('qualityReports.settings.category.scale')} error={errors.scale}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={category.scale}
              onChange={(event) => {
                const scale = SCALE_KINDS.find((kind) => kind === event.target.value);
                if (scale) onChange({ scale });
              }}
            >
              {SCALE_KINDS.map((kind: ScaleKind) => (
                <option key={kind} value={kind}>
                  {t(`qualityReports.settings.scales.${kind}`, { top: SCALE_POINTS[kind] - 1 })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {(['en', 'ru'] as const).map((language) => (
        <Field
          key={language}
          label={t(`qualityReports.settings.category.description.${language}`)}
          hint={t('qualityReports.settings.category.descriptionHint', { top: SCALE_POINTS[category.scale] - 1 })}
          error={errors[`description.${language}`]}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              lang={language}
              rows={3}
              maxLength={1000}
              value={language === 'en' ? category.descriptionEn : category.descriptionRu}
              onChange={(event) =>
                onChange(
                  language === 'en' ? { descriptionEn: event.target.value } : { descriptionRu: event.target.value },
                )
              }
            />
          )}
        </Field>
      ))}
      <div className="form__row">
        <CheckboxField
          label={t('qualityReports.settings.category.allowNa')}
          hint={t('qualityReports.settings.category.allowNaHint')}
          error={errors.allowNa}
          checked={category.allowNa}
          onChange={(allowNa) => onChange({ allowNa })}
        />
        <CheckboxField
          label={t('qualityReports.settings.category.critical')}
          hint={t('qualityReports.settings.category.criticalHint')}
          error={errors.critical}
          checked={category.critical}
          onChange={(critical) => onChange({ critical })}
        />
        <CheckboxField
          label={t('qualityReports.settings.category.humanOnly')}
          hint={t('qualityReports.settings.category.humanOnlyHint')}
          error={errors.automatic}
          checked={category.humanOnly}
          onChange={(humanOnly) => onChange({ humanOnly })}
        />
      </div>
      <div className="scorecard-category__actions">
        <button
          id={`${category.rowKey}-up`}
          type="button"
          className="button button--small"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          {t('qualityReports.settings.category.moveUp')}
          {which}
        </button>
        <button
          id={`${category.rowKey}-down`}
          type="button"
          className="button button--small"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('qualityReports.settings.category.moveDown')}
          {which}
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          disabled={count === 1}
          onClick={onRemove}
        >
          {t('qualityReports.settings.category.remove')}
          {which}
        </button>
      </div>
    </fieldset>
  );
}
