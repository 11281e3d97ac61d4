import { AcceptInvitationRequest, type InvitationResponse } from '@sincere/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { TextField } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { validate } from '../forms/validate';
import { navigate } from '../router/navigation';
import { useSession } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { useToast } from '../ui/toast-context';

interface Props {
  token: string;
  invitation: InvitationResponse;
}

export function AcceptInvitationForm({ token, invitation }: Props) {
  const { t } = useTranslation();
  const { acceptInvitation } = useSession();
  const toast = useToast();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    setFailure(null);
    const check = validate(AcceptInvitationRequest, { token, password, name });
    if (!check.ok) return form.fromProblems(check.problems);
    if (password !== repeat) return form.set('repeat', t('invite.passwordMismatch'));
    setBusy(true);
    try {
      await acceptInvitation(check.data);
      toast.success(t('invite.welcome', { accountName: invitation.accountName }));
      navigate('/inbox', { replace: true });
    } catch (error) {
      form.fromError(error);
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  return (
    <form ref={attachForm} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="muted">{t('invite.intro', { email: invitation.email })}</p>
      <TextField label={t('invite.name')} error={form.errors.name} autoComplete="name" value={name} onValue={setName} />
      <TextField
        label={t('invite.password')}
        hint={t('invite.passwordHint')}
        error={form.errors.password}
        type="password"
        autoComplete="new-password"
        value={password}
        onValue={setPassword}
      />
      <TextField
        label={t('invite.repeatPassword')}
        error={form.errors.repeat}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onValue={setRepeat}
      />
      {failure ? (
        <p className="form__error" role="alert">
          {failure}
        </p>
      ) : null}
      <BusyButton type="submit" className="button button--primary button--block" busy={busy}>
        {t('invite.submit')}
      </BusyButton>
    </form>
  );
}
