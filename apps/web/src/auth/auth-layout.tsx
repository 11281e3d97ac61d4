import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setUiLocale } from '../i18n/i18n';
import { isUiLocale } from '../i18n/locale';
import { LanguageSelect } from '../shell/language-select';

/** The centred card around sign-in and invitation pages; the language choice here is not saved anywhere. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = isUiLocale(i18n.language) ? i18n.language : 'en';
  return (
    <main className="auth">
      <div className="auth__card">
        <p className="brand">{t('app.name')}</p>
        <h1 className="auth__title">{title}</h1>
        {children}
      </div>
      <LanguageSelect value={language} onChange={setUiLocale} />
    </main>
  );
}
