import { describe, expect, it } from 'vitest';
import type { CustomerFact } from '@sincere/contracts';
import { factsByCategory, formatMentioned } from './memory-format';

const now = new Date('2026-11-20T12:00:00Z');

describe('when a fact was mentioned', () => {
  it('says the day and month in the agent’s language, without the year of this year', () => {
    expect(formatMentioned('2026-09-12T10:00:00Z', 'en', now, 'UTC')).toBe('Sep 12');
    expect(formatMentioned('2026-09-12T10:00:00Z', 'ru', now, 'UTC')).toBe('12 сент.');
  });

  it('adds the year for an earlier year', () => {
    expect(formatMentioned('2025-09-12T10:00:00Z', 'en', now, 'UTC')).toBe('Sep 12, 2025');
    expect(formatMentioned('2025-09-12T10:00:00Z', 'ru', now, 'UTC')).toBe('12 сент. 2025 г.');
  });

  it('counts the day in the agent’s time zone', () => {
    expect(formatMentioned('2026-09-12T22:30:00Z', 'en', now, 'Asia/Jakarta')).toBe('Sep 13');
  });
});

describe('facts by category', () => {
  const fact = (id: string, category: CustomerFact['category']) => ({ id, category }) as CustomerFact;

  it('groups facts in the order categories are offered and leaves out empty categories', () => {
    const groups = factsByCategory([fact('a', 'other'), fact('b', 'pets'), fact('c', 'family'), fact('d', 'pets')]);
    expect(groups.map((group) => [group.category, group.facts.map((f) => f.id)])).toEqual([
      ['family', ['c']],
      ['pets', ['b', 'd']],
      ['other', ['a']],
    ]);
  });
});
