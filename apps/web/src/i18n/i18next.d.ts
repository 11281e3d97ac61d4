import 'i18next';
import type { en } from './messages';

// Typed keys: a misspelt or missing key fails the type check, not the screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
