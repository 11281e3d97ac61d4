import type { ScorecardCategory } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { categoryName, outOf, ratingText, textLocale } from './category-text';

const greeting: ScorecardCategory = {
  key: 'greeting',
  name: { en: 'Greeting', ru: 'Приветствие' },
  description: {
    en: '0: no greeting. 1: a greeting without the name. 2: a greeting with the name.',
    ru: '0: нет приветствия. 1: приветствие без имени. 2: приветствие с именем.',
  },
  weight: 5,
  scale: 'three',
  allowNa: false,
  critical: false,
  automatic: 'auto',
};

describe('how ratings read', () => {
  it('names a category in the UI language, and an unknown key as itself', () => {
    expect(categoryName([greeting], 'greeting', 'ru')).toBe('Приветствие');
    expect(categoryName([greeting], 'retired_key', 'en')).toBe('retired_key');
    expect(textLocale('ru')).toBe('ru');
    expect(textLocale('de')).toBe('en');
  });

  it('says what the point means where the description tells', () => {
    expect(ratingText(greeting, 2, 'en', 'N/A')).toBe('2 — a greeting with the name.');
    expect(ratingText(greeting, 0, 'ru', 'Н/П')).toBe('0 — нет приветствия.');
    expect(ratingText(greeting, 'na', 'en', 'N/A')).toBe('N/A');
    expect(ratingText(undefined, 1, 'en', 'N/A')).toBe('1');
  });

  it('shows a point against the top of its scale', () => {
    expect(outOf(greeting, 1, 'N/A')).toBe('1 / 2');
    expect(outOf(greeting, 'na', 'N/A')).toBe('N/A');
  });
});
