import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRecent } from './format';

describe('date formatting', () => {
  const iso = '2025-03-07T14:05:00Z';

  it('formats in the requested locale', () => {
    expect(formatDate(iso, 'en', 'UTC')).toBe('Mar 7, 2025');
    expect(formatDate(iso, 'ru', 'UTC')).toMatch(/7 мар\.? 2025/);
  });

  it('shows the time in the given time zone', () => {
    expect(formatDateTime(iso, 'en', 'UTC')).toContain('2:05');
    expect(formatDateTime(iso, 'ru', 'Europe/Moscow')).toContain('17:05');
  });

  it('shows only the time for today and the date for earlier days', () => {
    const now = new Date('2025-03-07T20:00:00Z');
    expect(formatRecent(iso, 'ru', now, 'UTC')).toBe('14:05');
    expect(formatRecent('2025-03-01T09:00:00Z', 'en', now, 'UTC')).toBe('Mar 1, 2025');
  });
});
