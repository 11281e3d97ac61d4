import type { UiLocale } from '@sincere/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionIndicator } from '../realtime/connection-indicator';
import { Link } from '../router/link';
import { navigate } from '../router/navigation';
import type { Route } from '../router/routes';
import { useErrorText } from '../api/use-error-text';
import { setUiLocale } from '../i18n/i18n';
import { isUiLocale } from '../i18n/locale';
import { useSignedIn } from '../session/session-context';
import { useUpdateMe } from '../settings/use-update-me';
import { useToast } from '../ui/toast-context';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageSelect } from './language-select';
import { PresenceSwitch } from './presence-switch';

const NAV = [
  { name: 'inbox', href: '/inbox', label: 'nav.inbox' },
  { name: 'promises', href: '/promises', label: 'promises.nav' },
  // Every role: agents find their own reviews there, reviewers and leads the queue and reports.
  { name: 'quality', href: '/quality', label: 'quality.nav' },
  { name: 'settings', href: '/settings', label: 'nav.settings' },
] as const;

/** Header with navigation, connection state, language and the signed-in user; the page goes below. */
export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { session, signOut } = useSignedIn();
  const updateMe = useUpdateMe();
  const toast = useToast();
  const errorText = useErrorText();
  const [savingLanguage, setSavingLanguage] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const { user } = session;

  // Switch at once for instant feedback, then save it to the user; undo if saving fails.
  const changeLanguage = async (locale: UiLocale) => {
    setUiLocale(locale);
    setSavingLanguage(true);
    try {
      await updateMe({ locale });
    } catch (error) {
      setUiLocale(user.locale);
      toast.error(errorText(error));
    } finally {
      setSavingLanguage(false);
    }
  };
  const leave = async () => {
    setLeaving(true);
    await signOut();
    navigate('/sign-in', { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell__header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('shell.navigation')}>
          <ul className="shell__nav">
            {NAV.map((item) => (
              <li key={item.name}>
                <Link
                  href={item.href}
                  className="shell__nav-link"
                  aria-current={route.name === item.name ? 'page' : undefined}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell__tools">
          <NotificationBell />
          <PresenceSwitch />
          <ConnectionIndicator />
          <LanguageSelect
            value={isUiLocale(i18n.language) ? i18n.language : user.locale}
            onChange={(locale) => void changeLanguage(locale)}
            disabled={savingLanguage}
          />
          <span className="shell__user" data-testid="current-user">
            <bdi className="shell__user-name">{user.name}</bdi>
            <span className="badge">{t(`roles.${user.role}`)}</span>
          </span>
          <button type="button" className="button button--quiet" onClick={() => void leave()} disabled={leaving}>
            {leaving ? t('common.working') : t('shell.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
