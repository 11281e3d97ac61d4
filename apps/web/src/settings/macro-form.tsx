import { API, CreateMacroRequest, Macro, MacroScope, UpdateMacroRequest } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { TextField } from '../forms/field';
import { useSaveForm } from '../forms/use-save-form';
import { validate } from '../forms/validate';
import { useToast } from '../ui/toast-context';
import { DialogFormActions } from '../ui/dialog-form-actions';
import { shortcutInput, variantsOfMacro, variantsRecord, type VariantDraft } from './macro-draft';
import { MacroPreview } from './macro-preview';
import { MacroVariantsEditor } from './macro-variants-editor';
import { RadioGroupField } from './radio-group-field';

interface MacroFormProps {
  macro: Macro | null;
  editable: boolean;
  canShare: boolean;
  onSaved: (macro: Macro) => void;
  onCancel: () => void;
}

export function MacroForm({ macro, editable, canShare, onSaved, onCancel }: MacroFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [name, setName] = useState(macro?.name ?? '');
  const [shortcut, setShortcut] = useState(macro?.shortcut ? `/${macro.shortcut}` : '');
  const [scope, setScope] = useState<MacroScope>(macro?.scope ?? 'personal');
  const [variants, setVariants] = useState<VariantDraft[]>(() => variantsOfMacro(macro));
  const [previewed, setPreviewed] = useState('default');

  const submit = () => {
    const fields = { name, shortcut: shortcutInput(shortcut), variants: variantsRecord(variants) };
    // The scope is chosen once: the API does not move a macro between personal and shared.
    const check = macro ? validate(UpdateMacroRequest, fields) : validate(CreateMacroRequest, { ...fields, scope });
    return save(
      check,
      (data) => apiSend(macro ? 'PATCH' : 'POST', macro ? API.macro(macro.id) : API.macros, data, Macro),
      (saved) => {
        toast.success(t(macro ? 'macrosSettings.saved' : 'macrosSettings.created', { name: saved.name }));
        onSaved(saved);
      },
    );
  };

  const previewText = variants.find((variant) => variant.language === previewed)?.text ?? variants[0]?.text ?? '';

  return (
    <form ref={attachForm} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <div className="macro-editor">
        <fieldset className="form__fieldset" disabled={!editable}>
          <div className="macro-editor__fields">
            <div className="form__row">
              <TextField
                label={t('macrosSettings.name')}
                error={form.errors.name}
                dir="auto"
                autoFocus={!macro}
                value={name}
                onValue={setName}
              />
              <TextField
                label={t('macrosSettings.shortcut')}
                hint={t('macrosSettings.shortcutHint')}
                error={form.errors.shortcut}
                placeholder="/refund"
                autoComplete="off"
                spellCheck={false}
                value={shortcut}
                onValue={setShortcut}
              />
            </div>
            {macro ? (
              <p className="field__hint">
                {t('macrosSettings.scopeFixed', { scope: t(`macrosSettings.scopes.${macro.scope}`) })}
              </p>
            ) : canShare ? (
              <RadioGroupField
                legend={t('macrosSettings.scope')}
                value={scope}
                onChange={setScope}
                error={form.errors.scope}
                options={MacroScope.options.map((option) => ({
                  value: option,
                  label: t(`macrosSettings.scopes.${option}`),
                  hint: t(`macrosSettings.scopeHints.${option}`),
                }))}
              />
            ) : (
              <p className="field__hint">{t('macrosSettings.personalOnly')}</p>
            )}
            <MacroVariantsEditor
              variants={variants}
              errors={form.errors}
              editable={editable}
              onChange={setVariants}
              onFocusVariant={setPreviewed}
            />
          </div>
        </fieldset>
        <MacroPreview template={previewText} language={previewed} />
      </div>
      <DialogFormActions
        error={failure}
        editable={editable}
        busy={busy}
        submitLabel={macro ? t('common.save') : t('macrosSettings.createSubmit')}
        onCancel={onCancel}
      />
    </form>
  );
}
