import { UI_LOCALES, type UiLocale } from '@sincere/contracts';

/** Before sign-in the browser's language decides; after it, the user's saved locale. */
export function detectLocale(browserLanguage: string | undefined): UiLocale {
  return browserLanguage?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}
