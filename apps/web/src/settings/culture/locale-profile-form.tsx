import { ETIQUETTE_API, LocaleProfile, LocaleProfileEntry, NameUse } from '@sincere/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../api/client';
import { Field, TextField } from '../../forms/field';
import { errorUnder } from '../../forms/field-errors';
import { useSaveForm } from '../../forms/use-save-form';
import { validate } from '../../forms/validate';
import { DialogFormActions } from '../../ui/dialog-form-actions';
import { useToast } from '../../ui/toast-context';
import { RadioGroupField } from '../radio-group-field';
import { BandField, useBandText } from './band-field';
import { BANDS, draftOfProfile, profileOfDraft, type LocaleProfileDraft } from './culture-draft';
import { HonorificsEditor } from './honorifics-editor';
import { PhrasesEditor } from './phrases-editor';

interface LocaleProfileFormProps {
  entry: LocaleProfileEntry;
  editable: boolean;
  onSaved: (entry: LocaleProfileEntry) => void;
  onCancel: () => void;
}

/** A locale profile, whole: saving replaces the account's version of it (or makes one). */
export function LocaleProfileForm({ entry, editable, onSaved, onCancel }: LocaleProfileFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const bandText = useBandText();
  const { attach: attachForm, form, busy, failure, save, onSubmit } = useSaveForm();
  const [draft, setDraft] = useState<LocaleProfileDraft>(() => draftOfProfile(entry.profile));
  const change = (update: Partial<LocaleProfileDraft>) => setDraft((current) => ({ ...current, ...update }));
  const errors = form.errors;

  const submit = () =>
    save(
      validate(LocaleProfile, profileOfDraft(draft)),
      (profile) => apiSend('PUT', ETIQUETTE_API.localeProfile(draft.locale), profile, LocaleProfileEntry),
      (saved) => {
        toast.success(t('cultureSettings.saved', { name: saved.profile.name }));
        onSaved(saved);
      },
    );

  return (
    <form ref={attachForm} className="form form--wide" onSubmit={onSubmit(submit)} noValidate>
      <fieldset className="form__fieldset" disabled={!editable}>
        <div className="form__row">
          <TextField
            label={t('cultureSettings.name')}
            hint={t('cultureSettings.nameHint')}
            error={errors.name}
            maxLength={80}
            value={draft.name}
            onValue={(name) => change({ name })}
          />
          <TextField
            label={t('cultureSettings.countries')}
            hint={t('cultureSettings.countriesHint')}
            error={errorUnder(errors, 'countries')}
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={draft.countries}
            onValue={(countries) => change({ countries })}
          />
        </div>

        <fieldset className="form__group">
          <legend className="choice-group__legend">{t('cultureSettings.you.title')}</legend>
          <div className="form__row">
            <TextField
              label={t('cultureSettings.you.formal')}
              hint={t('cultureSettings.you.formalHint')}
              error={errors['you.formal']}
              dir="auto"
              maxLength={40}
              value={draft.youFormal}
              onValue={(youFormal) => change({ youFormal })}
            />
            <TextField
              label={t('cultureSettings.you.informal')}
              hint={t('cultureSettings.you.informalHint')}
              error={errors['you.informal']}
              dir="auto"
              maxLength={40}
              value={draft.youInformal}
              onValue={(youInformal) => change({ youInformal })}
            />
          </div>
          <RadioGroupField
            legend={t('cultureSettings.you.serviceDefault')}
            value={draft.serviceDefault}
            onChange={(serviceDefault) => change({ serviceDefault })}
            error={errors['you.serviceDefault']}
            options={[
              {
                value: 'formal',
                label: t('cultureSettings.you.formalDefault'),
                hint: t('cultureSettings.you.formalDefaultHint'),
              },
              {
                value: 'informal',
                label: t('cultureSettings.you.informalDefault'),
                hint: t('cultureSettings.you.informalDefaultHint'),
              },
            ]}
          />
          <TextField
            label={t('cultureSettings.you.informalForms')}
            hint={t('cultureSettings.you.informalFormsHint')}
            error={errorUnder(errors, 'you.informalForms')}
            dir="auto"
            autoComplete="off"
            value={draft.informalForms}
            onValue={(informalForms) => change({ informalForms })}
          />
          <TextField
            label={t('cultureSettings.you.note')}
            error={errors['you.note']}
            dir="auto"
            maxLength={300}
            value={draft.youNote}
            onValue={(youNote) => change({ youNote })}
          />
        </fieldset>

        <HonorificsEditor
          rows={draft.honorifics}
          nameUse={draft.nameUse}
          errors={errors}
          editable={editable}
          onChange={(honorifics) => change({ honorifics })}
        />
        <Field label={t('cultureSettings.nameUse')} hint={t('cultureSettings.nameUseHint')} error={errors.nameUse}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={draft.nameUse}
              onChange={(event) => {
                const nameUse = NameUse.options.find((option) => option === event.target.value);
                if (nameUse) change({ nameUse });
              }}
            >
              {NameUse.options.map((option) => (
                <option key={option} value={option}>
                  {t(`cultureSettings.nameUses.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <PhrasesEditor
          path="greetings"
          rows={draft.greetings}
          errors={errors}
          editable={editable}
          onChange={(greetings) => change({ greetings })}
        />
        <PhrasesEditor
          path="closings"
          rows={draft.closings}
          errors={errors}
          editable={editable}
          onChange={(closings) => change({ closings })}
        />

        <fieldset className="form__group">
          <legend className="choice-group__legend">{t('cultureSettings.bands.title')}</legend>
          <p className="field__hint">{t('cultureSettings.bands.hint')}</p>
          <div className="form__row">
            <BandField
              band="negativeFeedback"
              options={BANDS.negativeFeedback}
              value={draft.negativeFeedback}
              text={bandText.negativeFeedback}
              error={errors.negativeFeedback}
              onChange={(negativeFeedback) => change({ negativeFeedback })}
            />
            <BandField
              band="context"
              options={BANDS.context}
              value={draft.context}
              text={bandText.context}
              error={errors.context}
              onChange={(context) => change({ context })}
            />
          </div>
          <div className="form__row">
            <BandField
              band="scheduling"
              options={BANDS.scheduling}
              value={draft.scheduling}
              text={bandText.scheduling}
              error={errors.scheduling}
              onChange={(scheduling) => change({ scheduling })}
            />
            <BandField
              band="faceSaving"
              options={BANDS.faceSaving}
              value={draft.faceSaving}
              text={bandText.faceSaving}
              error={errors.faceSaving}
              onChange={(faceSaving) => change({ faceSaving })}
            />
          </div>
          <Field
            label={t('cultureSettings.assumption')}
            hint={t('cultureSettings.assumptionHint')}
            error={errors.assumption}
          >
            {(control) => (
              <textarea
                {...control}
                className="input"
                dir="auto"
                rows={2}
                maxLength={300}
                value={draft.assumption}
                onChange={(event) => change({ assumption: event.target.value })}
              />
            )}
          </Field>
        </fieldset>

        <Field
          label={t('cultureSettings.notes')}
          hint={t('cultureSettings.notesHint')}
          error={errorUnder(errors, 'notes')}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              dir="auto"
              rows={4}
              value={draft.notes}
              onChange={(event) => change({ notes: event.target.value })}
            />
          )}
        </Field>
      </fieldset>
      <DialogFormActions
        error={failure}
        editable={editable}
        busy={busy}
        submitLabel={t('common.save')}
        onCancel={onCancel}
      />
    </form>
  );
}
