import type { BadgeTone, CardField } from '@sincere/contracts';

/** A field without a value. */
export const NO_VALUE = '—';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An amount with its currency in the reader's locale ("€12.50", "12,50 €");
 * without a currency, or with one Intl does not know, the number and the code as they are.
 */
export function formatMoney(value: number, currency: string | undefined, locale: string): string {
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
    } catch {
      // An unknown code: RangeError. Say the amount and the code rather than nothing.
    }
  }
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return currency ? `${amount} ${currency}` : amount;
}

/**
 * A date in the reader's locale. A plain date (2025-03-01) is a day, the same
 * everywhere: shown without a time and without moving it to the reader's time
 * zone (which could make it the day before). A date-time is shown with its time,
 * in the reader's time zone (or `timeZone`, for tests).
 */
export function formatCardDate(value: string, locale: string, timeZone?: string): string | null {
  const day = DATE_ONLY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (Number.isNaN(date.getTime())) return null;
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(time));
}

/** Only http(s) links are followed: anything else (javascript:, data:) is shown as text. */
export function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: 'badge',
  good: 'badge badge--active',
  warning: 'badge badge--pending',
  bad: 'badge badge--expired',
};

export function badgeClass(tone: BadgeTone | undefined): string {
  return TONE_CLASSES[tone ?? 'neutral'];
}

/** The text a field shows, formatted for its kind; what cannot be formatted is shown as sent. */
export function fieldText(field: CardField, locale: string, timeZone?: string): string {
  const { value } = field;
  if (value === null || value === '') return NO_VALUE;
  switch (field.format) {
    case 'money':
      return typeof value === 'number' ? formatMoney(value, field.currency, locale) : value;
    case 'date':
      return typeof value === 'string' ? (formatCardDate(value, locale, timeZone) ?? value) : String(value);
    case 'text':
    case 'link':
    case 'badge':
      return String(value);
  }
}

/** The column headers of a list card: every label its items use, in the order they first appear. */
export function listColumns(items: readonly { fields: readonly CardField[] }[]): string[] {
  const labels: string[] = [];
  for (const item of items)
    for (const field of item.fields) if (!labels.includes(field.label)) labels.push(field.label);
  return labels;
}
