import { API, InvitationResponse } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet, ApiError } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { Link } from '../router/link';
import { AcceptInvitationForm } from './accept-invitation-form';
import { AuthLayout } from './auth-layout';

export function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const invitation = useResource((signal) => apiGet(API.invitation(token), InvitationResponse, signal), [token]);

  if (invitation.error) {
    const spent =
      invitation.error instanceof ApiError &&
      ['invitation_invalid', 'not_found', 'validation_failed'].includes(invitation.error.code);
    return (
      <AuthLayout title={t('invite.invalidTitle')}>
        <p role="alert">{spent ? t('invite.invalid') : errorText(invitation.error)}</p>
        <p>
          <Link href="/sign-in">{t('invite.goToSignIn')}</Link>
        </p>
      </AuthLayout>
    );
  }
  if (!invitation.data) {
    return (
      <AuthLayout title={t('invite.checking')}>
        <p className="muted" aria-busy="true">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={t('invite.title', { accountName: invitation.data.accountName })}>
      <AcceptInvitationForm token={token} invitation={invitation.data} />
    </AuthLayout>
  );
}
