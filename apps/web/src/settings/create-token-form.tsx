import { API, CreateApiTokenRequest, CreateApiTokenResponse } from '@sincere/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { Field, TextField } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';

/** Lifetimes offered; '' means the token never expires. */
const EXPIRY_OPTIONS = ['30', '90', '365', ''] as const;
type Expiry = (typeof EXPIRY_OPTIONS)[number];

export function CreateTokenForm({ onCreated }: { onCreated: (response: CreateApiTokenResponse) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<Expiry>('90');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const check = validate(CreateApiTokenRequest, expiry ? { name, expiresInDays: Number(expiry) } : { name });
    if (!check.ok) return form.fromProblems(check.problems);
    setBusy(true);
    try {
      onCreated(await apiSend('POST', API.apiTokens, check.data, CreateApiTokenResponse));
      setName('');
    } catch (error) {
      form.fromError(error);
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={attachForm} className="form panel" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="panel__title">{t('tokens.createTitle')}</h3>
      <div className="form__row">
        <TextField
          label={t('tokens.name')}
          hint={t('tokens.nameHint')}
          error={form.errors.name}
          value={name}
          onValue={setName}
        />
        <Field label={t('tokens.expiry')} error={form.errors.expiresInDays}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={expiry}
              onChange={(e) => setExpiry(EXPIRY_OPTIONS.find((option) => option === e.target.value) ?? '')}
            >
              {EXPIRY_OPTIONS.map((option) => (
                <option key={option} value={option}>
                  {t(`tokens.expiryOptions.${option || 'never'}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('tokens.creating')}>
        {t('tokens.create')}
      </BusyButton>
    </form>
  );
}
