import { describe, expect, it } from 'vitest';
import { detectLocale, isUiLocale } from './locale';

describe('detectLocale', () => {
  it('picks Russian for any Russian browser locale', () => {
    expect(detectLocale('ru')).toBe('ru');
    expect(detectLocale('ru-RU')).toBe('ru');
  });

  it('falls back to English for everything else', () => {
    expect(detectLocale('de-DE')).toBe('en');
    expect(detectLocale('en-GB')).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('recognises only the UI locales', () => {
    expect(isUiLocale('ru')).toBe(true);
    expect(isUiLocale('fr')).toBe(false);
  });
});
