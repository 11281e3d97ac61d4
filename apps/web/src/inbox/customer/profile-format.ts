import type { CustomerAttributeDefinition } from '@sincere/contracts';

/** How many minor units a currency's major unit has (2 for EUR, 0 for JPY); 2 for a code the browser does not know. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Revenue stored in minor units, as money in the viewer's language: 129900 EUR → "€1,299.00". */
export function formatMoney(amountCents: number, currency: string, locale: string): string {
  const amount = amountCents / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * The time where the customer is, with the day of the week (it may not be the viewer's day), or null for a
 * zone the browser does not know.
 */
export function formatLocalTime(now: Date, timeZone: string, locale: string): string | null {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(
      now,
    );
  } catch {
    return null;
  }
}

/** Milliseconds until the next minute starts, so a clock ticks when the minute changes, not a minute late. */
export function untilNextMinute(now: Date): number {
  return 60_000 - (now.getTime() % 60_000);
}

/** A field's value as a person reads it: numbers and dates in the viewer's language, the rest as stored. */
export function formatAttributeValue(
  definition: Pick<CustomerAttributeDefinition, 'type'>,
  value: string | number,
  locale: string,
): string {
  if (definition.type === 'number' && typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (definition.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  return String(value);
}

/** Compared as a person types it, as the server compares the confirmation of "forget this customer". */
export function sameTypedName(typed: string, name: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return normal(typed) !== '' && normal(typed) === normal(name);
}
