import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../forms/field';
import { checkNewVariant, type VariantDraft } from './macro-draft';
import { useLanguageName } from './macro-language';

interface MacroVariantsEditorProps {
  variants: readonly VariantDraft[];
  errors: Record<string, string>;
  /** Read-only viewers see the texts without the buttons that change them. */
  editable: boolean;
  onChange: (variants: VariantDraft[]) => void;
  /** The variant being edited, for the preview. */
  onFocusVariant: (language: string) => void;
}

/** The macro's text per language: 'default' always, others added by language tag. */
export function MacroVariantsEditor(props: MacroVariantsEditorProps) {
  const { variants, errors, editable, onChange, onFocusVariant } = props;
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const tagId = useId();
  const [tag, setTag] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);

  const add = () => {
    const check = checkNewVariant(variants, tag);
    if (!check.ok) return setTagError(t(`macrosSettings.variantProblems.${check.problem}`));
    setTagError(null);
    setTag('');
    onChange([...variants, { language: check.language, text: '' }]);
    onFocusVariant(check.language);
  };
  // Enter adds the language instead of saving the whole macro.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="macro-variants">
      <legend className="choice-group__legend">{t('macrosSettings.variants')}</legend>
      <p className="field__hint">{t('macrosSettings.variantsHint')}</p>
      {errors.variants ? <p className="field__error">{errors.variants}</p> : null}
      {variants.map((variant, index) => (
        <div key={variant.language} className="macro-variants__item">
          <Field
            label={t('macrosSettings.textIn', { language: languageName(variant.language) })}
            error={errors[`variants.${variant.language}`]}
          >
            {(control) => (
              <textarea
                {...control}
                className="input macro-variants__text"
                dir="auto"
                lang={variant.language === 'default' ? undefined : variant.language}
                rows={4}
                // A new variant is added to be written: take the cursor there.
                autoFocus={index > 0 && variant.text === '' && index === variants.length - 1}
                value={variant.text}
                onFocus={() => onFocusVariant(variant.language)}
                onChange={(event) =>
                  onChange(variants.map((v, i) => (i === index ? { ...v, text: event.target.value } : v)))
                }
              />
            )}
          </Field>
          {variant.language === 'default' || !editable ? null : (
            <button
              type="button"
              className="button button--small button--danger-quiet"
              onClick={() => {
                onChange(variants.filter((_, i) => i !== index));
                onFocusVariant('default');
              }}
            >
              {t('macrosSettings.removeVariant', { language: languageName(variant.language) })}
            </button>
          )}
        </div>
      ))}
      {editable ? (
        <div className="inline-form">
          <div className="field">
            <label htmlFor={tagId}>{t('macrosSettings.newVariant')}</label>
            <input
              id={tagId}
              className="input input--tag"
              placeholder="ru, es, pt-BR"
              autoComplete="off"
              spellCheck={false}
              value={tag}
              aria-invalid={tagError ? true : undefined}
              aria-describedby={tagError ? `${tagId}-error` : `${tagId}-hint`}
              onChange={(event) => setTag(event.target.value)}
              onKeyDown={onKeyDown}
            />
            {tagError ? (
              <p id={`${tagId}-error`} className="field__error" role="alert">
                {tagError}
              </p>
            ) : (
              <p id={`${tagId}-hint`} className="field__hint">
                {t('macrosSettings.newVariantHint')}
              </p>
            )}
          </div>
          <button type="button" className="button" onClick={add}>
            {t('macrosSettings.addVariant')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
