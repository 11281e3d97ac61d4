import { FACT_CATEGORIES, type CustomerFact, type FactCategory } from '@sincere/contracts';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, withYear: boolean, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale} ${withYear} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
    };
    format = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    formats.set(key, format);
  }
  return format;
}

/** "12 Sep" (or "Sep 12", as the locale writes it); the year only when it is not this year. */
export function formatMentioned(iso: string, locale: string, now: Date = new Date(), timeZone?: string): string {
  const date = new Date(iso);
  const year = (value: Date) =>
    formatter('en', true, timeZone)
      .formatToParts(value)
      .find((part) => part.type === 'year')?.value;
  return formatter(locale, year(date) !== year(now), timeZone).format(date);
}

/** Facts grouped by category, in the order categories are offered, leaving out empty ones. */
export function factsByCategory(facts: readonly CustomerFact[]): { category: FactCategory; facts: CustomerFact[] }[] {
  return FACT_CATEGORIES.map((category) => ({
    category,
    facts: facts.filter((fact) => fact.category === category),
  })).filter((group) => group.facts.length > 0);
}
