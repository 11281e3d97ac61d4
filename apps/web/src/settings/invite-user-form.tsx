import { API, InviteUserRequest, InviteUserResponse, Role, ROLES } from '@sincere/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { Field, TextField } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { validate } from '../forms/validate';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';

export function InviteUserForm({ onInvited }: { onInvited: (response: InviteUserResponse) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    const check = validate(InviteUserRequest, { email, name, role });
    if (!check.ok) return form.fromProblems(check.problems);
    setBusy(true);
    try {
      const response = await apiSend('POST', API.invitations, check.data, InviteUserResponse);
      onInvited(response);
      toast.success(t('users.invited', { email: response.user.email }));
      setEmail('');
      setName('');
    } catch (error) {
      form.fromError(error);
      toast.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={attachForm} className="form form--inline panel" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="panel__title">{t('users.inviteTitle')}</h3>
      <div className="form__row">
        <TextField label={t('users.email')} error={form.errors.email} type="email" value={email} onValue={setEmail} />
        <Field label={t('users.name')} error={form.errors.name}>
          {(control) => <input {...control} className="input" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('users.role')} error={form.errors.role}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={role}
              onChange={(e) => {
                const parsed = Role.safeParse(e.target.value);
                if (parsed.success) setRole(parsed.data);
              }}
            >
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="field__hint">{t('users.roleHint')}</p>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t('users.inviting')}>
        {t('users.invite')}
      </BusyButton>
    </form>
  );
}
