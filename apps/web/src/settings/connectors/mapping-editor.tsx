import { CardFieldFormat } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { RadioGroupField } from '../radio-group-field';
import { emptyField, type ConnectorDraft, type FieldDraft } from './connector-draft';

interface MappingEditorProps {
  draft: ConnectorDraft;
  /** The form's errors: this editor reads those under `mapping.`. */
  errors: Readonly<Record<string, string>>;
  onChange: (update: Partial<ConnectorDraft>) => void;
}

/** How an HTTP GET connector's JSON answer becomes a card: one record or a list, and a row per field. */
export function MappingEditor({ draft, errors, onChange }: MappingEditorProps) {
  const { t } = useTranslation();
  const fieldError = (index: number, name: string) => errors[`mapping.fields.${index}.${name}`];
  const changeField = (index: number, update: Partial<FieldDraft>) =>
    onChange({ fields: draft.fields.map((field, i) => (i === index ? { ...field, ...update } : field)) });

  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{t('connectors.settings.mapping')}</legend>
      <p className="field__hint">{t('connectors.settings.mappingHint')}</p>
      {errors['mapping'] ? <p className="field__error">{errors['mapping']}</p> : null}
      <RadioGroupField
        legend={t('connectors.settings.mode')}
        options={(['object', 'list'] as const).map((mode) => ({
          value: mode,
          label: t(`connectors.settings.modes.${mode}`),
        }))}
        value={draft.mode}
        error={errors['mapping.mode']}
        onChange={(mode) => onChange({ mode })}
      />
      <TextField
        label={t('connectors.settings.cardTitle')}
        dir="auto"
        maxLength={200}
        error={errors['mapping.title']}
        value={draft.title}
        onValue={(title) => onChange({ title })}
      />
      {draft.mode === 'list' ? (
        <div className="form__row">
          <TextField
            label={t('connectors.settings.listPath')}
            hint={t('connectors.settings.listPathHint')}
            dir="ltr"
            spellCheck={false}
            error={errors['mapping.listPath']}
            value={draft.listPath}
            onValue={(listPath) => onChange({ listPath })}
          />
          <TextField
            label={t('connectors.settings.itemTitlePath')}
            hint={t('connectors.settings.itemTitlePathHint')}
            dir="ltr"
            spellCheck={false}
            error={errors['mapping.itemTitlePath']}
            value={draft.itemTitlePath}
            onValue={(itemTitlePath) => onChange({ itemTitlePath })}
          />
        </div>
      ) : null}
      {errors['mapping.fields'] ? <p className="field__error">{errors['mapping.fields']}</p> : null}
      {draft.fields.map((field, index) => {
        const number = index + 1;
        return (
          <fieldset key={field.key} className="macro-variants__item">
            <legend className="choice-group__legend">{t('connectors.settings.fieldLegend', { number })}</legend>
            <div className="form__row">
              <TextField
                label={t('connectors.settings.fieldLabel')}
                dir="auto"
                maxLength={100}
                error={fieldError(index, 'label')}
                value={field.label}
                onValue={(label) => changeField(index, { label })}
              />
              <TextField
                label={t('connectors.settings.fieldPath')}
                dir="ltr"
                spellCheck={false}
                placeholder="plan.name"
                error={fieldError(index, 'path')}
                value={field.path}
                onValue={(path) => changeField(index, { path })}
              />
              <Field label={t('connectors.settings.format')} error={fieldError(index, 'format')}>
                {(control) => (
                  <select
                    {...control}
                    className="select"
                    value={field.format}
                    onChange={(event) => changeField(index, { format: CardFieldFormat.parse(event.target.value) })}
                  >
                    {CardFieldFormat.options.map((format) => (
                      <option key={format} value={format}>
                        {t(`connectors.settings.formats.${format}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            {field.format === 'money' ? (
              <div className="form__row">
                <TextField
                  label={t('connectors.settings.currency')}
                  hint={t('connectors.settings.currencyHint')}
                  dir="ltr"
                  maxLength={3}
                  autoComplete="off"
                  error={fieldError(index, 'currency')}
                  value={field.currency}
                  onValue={(currency) => changeField(index, { currency })}
                />
                <TextField
                  label={t('connectors.settings.currencyPath')}
                  dir="ltr"
                  spellCheck={false}
                  placeholder="total.currency"
                  error={fieldError(index, 'currencyPath')}
                  value={field.currencyPath}
                  onValue={(currencyPath) => changeField(index, { currencyPath })}
                />
              </div>
            ) : null}
            {field.format === 'link' ? (
              <TextField
                label={t('connectors.settings.hrefTemplate')}
                hint={t('connectors.settings.hrefTemplateHint', {
                  example: 'https://shop.example.com/orders/{{item.id}}',
                })}
                dir="ltr"
                spellCheck={false}
                error={fieldError(index, 'hrefTemplate')}
                value={field.hrefTemplate}
                onValue={(hrefTemplate) => changeField(index, { hrefTemplate })}
              />
            ) : null}
            {field.format === 'badge' ? (
              <TextField
                label={t('connectors.settings.tones')}
                hint={t('connectors.settings.tonesHint')}
                dir="ltr"
                spellCheck={false}
                error={errorUnder(errors, `mapping.fields.${index}.badgeTones`)}
                value={field.tones}
                onValue={(tones) => changeField(index, { tones })}
              />
            ) : null}
            {draft.fields.length > 1 ? (
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => onChange({ fields: draft.fields.filter((_, i) => i !== index) })}
              >
                {t('connectors.settings.removeField', { number })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ fields: [...draft.fields, emptyField()] })}
        >
          {t('connectors.settings.addField')}
        </button>
      </p>
    </fieldset>
  );
}
