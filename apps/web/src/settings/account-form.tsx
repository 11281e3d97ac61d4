import { Account, API, UI_LOCALES, UpdateAccountRequest, type UiLocale } from '@sincere/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { Field, TextField } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { validate } from '../forms/validate';
import { isUiLocale } from '../i18n/locale';
import { useSignedIn } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';
import { TimeZoneField } from './time-zone-field';

export function AccountForm({ account, editable }: { account: Account; editable: boolean }) {
  const { t } = useTranslation();
  const { updateAccount } = useSignedIn();
  const toast = useToast();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const [name, setName] = useState(account.name);
  const [locale, setLocale] = useState<UiLocale>(account.locale);
  const [timeZone, setTimeZone] = useState(account.timeZone);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const check = validate(UpdateAccountRequest, { name, locale, timeZone });
    if (!check.ok) return form.fromProblems(check.problems);
    setBusy(true);
    try {
      updateAccount(await apiSend('PATCH', API.account, check.data, Account));
      toast.success(t('account.saved'));
    } catch (error) {
      form.fromError(error);
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={attachForm} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="form__fieldset" disabled={!editable}>
        <TextField label={t('account.name')} error={form.errors.name} value={name} onValue={setName} />
        <Field label={t('account.locale')} hint={t('account.localeHint')} error={form.errors.locale}>
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
        <TimeZoneField
          label={t('account.timeZone')}
          hint={t('account.timeZoneHint')}
          error={form.errors.timeZone}
          value={timeZone}
          onValue={setTimeZone}
        />
        {editable ? (
          <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('common.saving')}>
            {t('common.save')}
          </BusyButton>
        ) : null}
      </fieldset>
    </form>
  );
}
