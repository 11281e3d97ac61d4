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
import { delayHoursOfMinutes, minutesOfDelayHours, reminderMinutesOf } from './promise-settings';
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
  // Typed as text: an empty or half-typed number stays on screen until it is checked on save.
  const [delayHours, setDelayHours] = useState(delayHoursOfMinutes(account.promiseDefaultDelayMinutes));
  const [reminderMinutes, setReminderMinutes] = useState(String(account.promiseReminderMinutes));
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const check = validate(UpdateAccountRequest, {
      name,
      locale,
      timeZone,
      promiseDefaultDelayMinutes: minutesOfDelayHours(delayHours),
      promiseReminderMinutes: reminderMinutesOf(reminderMinutes),
    });
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
        <TextField
          label={t('promises.settings.defaultDelay')}
          hint={t('promises.settings.defaultDelayHint')}
          error={form.errors.promiseDefaultDelayMinutes ? t('promises.settings.delayInvalid') : undefined}
          type="number"
          inputMode="decimal"
          min={0.25}
          max={720}
          step={0.25}
          value={delayHours}
          onValue={setDelayHours}
        />
        <TextField
          label={t('promises.settings.reminder')}
          hint={t('promises.settings.reminderHint')}
          error={form.errors.promiseReminderMinutes ? t('promises.settings.reminderInvalid') : undefined}
          type="number"
          inputMode="numeric"
          min={0}
          max={2880}
          step={5}
          value={reminderMinutes}
          onValue={setReminderMinutes}
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
