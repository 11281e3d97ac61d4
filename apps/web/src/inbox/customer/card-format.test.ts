import { describe, expect, it } from 'vitest';
import { badgeClass, fieldText, formatCardDate, formatMoney, listColumns, NO_VALUE, safeHref } from './card-format';

// Intl may put a narrow no-break space in amounts and times; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('card field formatting', () => {
  it('shows money with its currency in the reader’s locale', () => {
    expect(formatMoney(49.5, 'EUR', 'en')).toBe('€49.50');
    expect(plain(formatMoney(49.5, 'EUR', 'ru'))).toBe('49,50 €');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
    expect(formatMoney(12.5, undefined, 'en')).toBe('12.5');
    expect(formatMoney(12.5, 'XYZ1', 'en')).toBe('12.5 XYZ1');
  });

  it('keeps a plain date on its day in every time zone, and shows a date-time with its time', () => {
    expect(formatCardDate('2025-03-01', 'en')).toBe('Mar 1, 2025');
    expect(plain(formatCardDate('2025-03-01', 'ru') ?? '')).toBe('1 мар. 2025 г.');
    expect(plain(formatCardDate('2025-03-01T23:30:00Z', 'en', 'UTC') ?? '')).toBe('Mar 1, 2025, 11:30 PM');
    expect(plain(formatCardDate('2025-03-01T23:30:00Z', 'en', 'Europe/Moscow') ?? '')).toBe('Mar 2, 2025, 2:30 AM');
    expect(formatCardDate('soon', 'en')).toBeNull();
  });

  it('formats each kind of field, and shows what it cannot format as sent', () => {
    expect(fieldText({ label: 'Total', value: 30, format: 'money', currency: 'USD' }, 'en')).toBe('$30.00');
    expect(fieldText({ label: 'Total', value: 'n/a', format: 'money' }, 'en')).toBe('n/a');
    expect(fieldText({ label: 'Renews', value: '2025-03-01', format: 'date' }, 'en')).toBe('Mar 1, 2025');
    expect(fieldText({ label: 'Renews', value: 'next week', format: 'date' }, 'en')).toBe('next week');
    expect(fieldText({ label: 'Order', value: 100234, format: 'text' }, 'en')).toBe('100234');
    expect(fieldText({ label: 'Plan', value: null, format: 'text' }, 'en')).toBe(NO_VALUE);
  });

  it('follows only http and https links', () => {
    expect(safeHref('https://billing.example.com/x')).toBe('https://billing.example.com/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });

  it('colours badges by tone and lists every label of a list card once', () => {
    expect(badgeClass('good')).toBe('badge badge--active');
    expect(badgeClass(undefined)).toBe('badge');
    expect(
      listColumns([
        { fields: [{ label: 'Total', value: 1, format: 'money' }] },
        {
          fields: [
            { label: 'State', value: 'paid', format: 'badge' },
            { label: 'Total', value: 2, format: 'money' },
          ],
        },
      ]),
    ).toEqual(['Total', 'State']);
  });
});
