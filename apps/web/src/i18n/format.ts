import { useTranslation } from 'react-i18next';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options, timeZone]);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    cache.set(key, format);
  }
  return format;
}

/** Timestamps arrive in UTC; they are shown in the viewer's locale and (by default) time zone. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }, timeZone).format(new Date(iso));
}

export function formatDate(iso: string, locale: string, timeZone?: string): string {
  return formatter(locale, { dateStyle: 'medium' }, timeZone).format(new Date(iso));
}

/** For lists: just the time for today's items, the date for older ones, as mail clients do. */
export function formatRecent(iso: string, locale: string, now: Date = new Date(), timeZone?: string): string {
  const day = (date: Date) => formatter('en-CA', { dateStyle: 'short' }, timeZone).format(date);
  const date = new Date(iso);
  return day(date) === day(now)
    ? formatter(locale, { timeStyle: 'short' }, timeZone).format(date)
    : formatDate(iso, locale, timeZone);
}

/** Date formatters bound to the current UI language. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    dateTime: (iso: string) => formatDateTime(iso, locale),
    date: (iso: string) => formatDate(iso, locale),
    recent: (iso: string) => formatRecent(iso, locale),
  };
}
