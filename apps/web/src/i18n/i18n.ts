import type { UiLocale } from '@sincere/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLocale } from './locale';
import { en, ru } from './messages';

export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

export function initI18n(): void {
  i18n.on('languageChanged', (language) => {
    // Screen readers and hyphenation follow the document language.
    document.documentElement.lang = language;
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: detectLocale(navigator.language),
    fallbackLng: 'en',
    // Resources are bundled, so initialise synchronously and render translated on the first paint.
    initAsync: false,
    // React escapes everything it renders.
    interpolation: { escapeValue: false },
  });
}

export function setUiLocale(locale: UiLocale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
