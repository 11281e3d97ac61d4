import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationPage } from './auth/accept-invitation-page';
import { SignInPage } from './auth/sign-in-page';
import { InboxPage } from './inbox/inbox-page';
import { DuePromisesPage } from './inbox/promises/due-promises-page';
import { QualityPage } from './quality/quality-page';
import { RealtimeProvider } from './realtime/realtime-context';
import { navigate, useLocation } from './router/navigation';
import { parseRoute, safeNextPath, signInPath, type Route } from './router/routes';
import { SessionProvider, useSession } from './session/session-context';
import { SettingsPage } from './settings/settings-page';
import { AppShell } from './shell/app-shell';
import { NotFoundPage } from './shell/not-found-page';
import { ConfirmProvider } from './ui/confirm-dialog';
import { ToastProvider } from './ui/toast-context';

export function App() {
  return (
    <ToastProvider>
      <ConfirmProvider>
        <SessionProvider>
          <Pages />
        </SessionProvider>
      </ConfirmProvider>
    </ToastProvider>
  );
}

function Pages() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { state } = useSession();
  const route = parseRoute(pathname);

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  if (state.status === 'loading') {
    return (
      <p className="page-loading" aria-busy="true">
        <span className="spinner" aria-hidden="true" /> {t('common.loading')}
      </p>
    );
  }
  // An invitation is opened by someone without an account yet, whatever the session says.
  if (route.name === 'invite') return <AcceptInvitationPage token={route.token} />;

  if (state.status === 'anonymous') {
    if (route.name !== 'sign-in') return <Redirect to={signInPath(pathname + search)} />;
    return <SignInPage expired={state.expired} />;
  }
  if (route.name === 'sign-in') return <Redirect to={safeNextPath(search)} />;

  return (
    <RealtimeProvider>
      <AppShell route={route}>
        <FocusOnPageChange routeName={route.name} />
        <Page route={route} />
      </AppShell>
    </RealtimeProvider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'inbox':
      return <InboxPage conversationId={route.conversationId} />;
    case 'settings':
      return <SettingsPage section={route.section} />;
    case 'promises':
      return <DuePromisesPage />;
    case 'quality':
      return <QualityPage view={route.view} id={route.id} />;
    default:
      return <NotFoundPage />;
  }
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** After moving to another page, put keyboard and screen-reader focus on its heading. */
function FocusOnPageChange({ routeName }: { routeName: Route['name'] }) {
  const previous = useRef(routeName);
  useEffect(() => {
    if (previous.current === routeName) return;
    previous.current = routeName;
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [routeName]);
  return null;
}
