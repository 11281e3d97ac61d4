import { describe, expect, it } from 'vitest';
import { formatAttributeValue, formatLocalTime, formatMoney, sameTypedName, untilNextMinute } from './profile-format';

describe('showing a customer’s profile', () => {
  it('shows revenue stored in minor units as money of its currency', () => {
    expect(formatMoney(129_900, 'EUR', 'en')).toBe('€1,299.00');
    expect(formatMoney(1_500, 'JPY', 'en')).toBe('¥1,500');
    expect(formatMoney(5_000_00, 'RUB', 'ru')).toMatch(/^5\s000,00\s₽$/);
  });

  it('shows the time where the customer is, and nothing for an unknown zone', () => {
    const at = new Date('2026-03-02T10:05:00Z');
    expect(formatLocalTime(at, 'Asia/Jakarta', 'en')).toBe('Mon 5:05 PM');
    expect(formatLocalTime(at, 'America/Los_Angeles', 'en')).toBe('Mon 2:05 AM');
    expect(formatLocalTime(at, 'Mars/Olympus', 'en')).toBeNull();
  });

  it('ticks at the start of the next minute', () => {
    expect(untilNextMinute(new Date('2026-03-02T10:05:45.500Z'))).toBe(14_500);
  });

  it('formats numbers and dates of customer fields in the viewer’s language', () => {
    expect(formatAttributeValue({ type: 'number' }, 12500.5, 'en')).toBe('12,500.5');
    expect(formatAttributeValue({ type: 'date' }, '2026-09-01', 'en')).toBe('Sep 1, 2026');
    expect(formatAttributeValue({ type: 'list' }, 'Enterprise', 'en')).toBe('Enterprise');
  });

  it('accepts the typed name whatever its case and spacing, but not a part of it', () => {
    expect(sameTypedName('  olga   SMIRNOVA ', 'Olga Smirnova')).toBe(true);
    expect(sameTypedName('Olga', 'Olga Smirnova')).toBe(false);
    expect(sameTypedName('', '')).toBe(false);
  });
});
