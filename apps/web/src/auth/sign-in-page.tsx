import { SignInRequest } from '@sincere/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/use-error-text';
import { TextField } from '../forms/field';
import { useFormErrors } from '../forms/use-form-errors';
import { validate } from '../forms/validate';
import { useSession } from '../session/session-context';
import { BusyButton } from '../ui/busy-button';
import { AuthLayout } from './auth-layout';

export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const errorText = useErrorText();
  const { attach: attachForm, ...form } = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.clear();
    setFailure(null);
    const check = validate(SignInRequest, { email, password });
    if (!check.ok) return form.fromProblems(check.problems);
    setBusy(true);
    try {
      await signIn(check.data); // the app then leaves this page
    } catch (error) {
      form.fromError(error);
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('signIn.title')}>
      {expired && !failure ? <p className="notice">{t('signIn.sessionEnded')}</p> : null}
      <form ref={attachForm} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('signIn.email')}
          error={form.errors.email}
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
        />
        <TextField
          label={t('signIn.password')}
          error={form.errors.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
        />
        {failure ? (
          <p className="form__error" role="alert">
            {failure}
          </p>
        ) : null}
        <BusyButton
          type="submit"
          className="button button--primary button--block"
          busy={busy}
          busyLabel={t('signIn.busy')}
        >
          {t('signIn.submit')}
        </BusyButton>
      </form>
    </AuthLayout>
  );
}
