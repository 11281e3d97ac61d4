import { UI_LOCALES, UpdateMeRequest, type UiLocale } from '@sincere/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { Field, TextField } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { validate } from '../forms/validate';
import { isUiLocale } from '../i18n/locale';
import { useSignedIn } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';
import { useUpdateMe } from './use-update-me';

export function ProfileSection() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const updateMe = useUpdateMe();
  const toast = useToast();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const { user } = session;
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<UiLocale>(user.locale);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const check = validate(UpdateMeRequest, { name, locale });
    if (!check.ok) return form.fromProblems(check.problems);
    setBusy(true);
    try {
      await updateMe(check.data);
      // The session now carries the new locale, so this toast already speaks the chosen language.
      toast.success(t('profile.saved', { lng: check.data.locale }));
    } catch (error) {
      form.fromError(error);
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p className="section__intro">{t('profile.intro', { email: user.email })}</p>
      <form ref={attachForm} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('profile.name')}
          error={form.errors.name}
          autoComplete="name"
          value={name}
          onValue={setName}
        />
        <Field label={t('profile.language')} error={form.errors.locale}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={locale}
              onChange={(e) => isUiLocale(e.target.value) && setLocale(e.target.value)}
            >
              {UI_LOCALES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`language.names.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </BusyButton>
      </form>
    </section>
  );
}
