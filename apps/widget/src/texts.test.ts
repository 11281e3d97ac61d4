import { describe, expect, it } from 'vitest';
import { WIDGET_LOCALES } from '@sincere/contracts';
import { LOCALES, fill, pickLocale, textsOf } from './texts';

describe('the widget’s languages', () => {
  it('speaks every language a web channel offers, each with every text', () => {
    expect([...LOCALES].sort()).toEqual([...WIDGET_LOCALES].sort());
    const keys = Object.keys(textsOf('en')).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(textsOf(locale)).sort()).toEqual(keys);
      for (const text of Object.values(textsOf(locale))) expect(text.trim()).not.toBe('');
    }
  });

  it('takes the first language it speaks, by its base tag, else English', () => {
    expect(pickLocale(undefined, 'pt-BR')).toBe('pt');
    expect(pickLocale('AR', 'ru')).toBe('ar');
    expect(pickLocale('de', 'fr-CA')).toBe('en');
  });

  it('fills in names and leaves unknown placeholders', () => {
    expect(fill('{name} is typing…', { name: 'Dewi' })).toBe('Dewi is typing…');
    expect(fill('{other}', {})).toBe('{other}');
  });
});
