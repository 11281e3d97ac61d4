import { describe, expect, it } from 'vitest';
import { formatWaiting } from './waiting-time';

describe('formatWaiting', () => {
  const now = Date.parse('2026-01-02T12:00:00Z');

  it('says minutes, then hours, then days', () => {
    expect(formatWaiting('2026-01-02T11:55:00Z', now, 'en')).toBe('5 min');
    expect(formatWaiting('2026-01-02T09:00:00Z', now, 'en')).toBe('3 hr');
    expect(formatWaiting('2025-12-30T12:00:00Z', now, 'en')).toBe('3 days');
  });
});
