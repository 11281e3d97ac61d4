import { useTranslation } from 'react-i18next';

/** "Russian (ru)" in the UI language; 'default' as the fallback variant it is. */
export function useLanguageName(): (tag: string) => string {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames(i18n.language, { type: 'language', fallback: 'none' });
  return (tag) => {
    if (tag === 'default') return t('macrosSettings.defaultVariant');
    try {
      const name = names.of(tag);
      return name ? `${name} (${tag})` : tag;
    } catch {
      return tag; // a tag the browser cannot read
    }
  };
}
