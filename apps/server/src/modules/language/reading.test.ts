import { describe, expect, it } from 'vitest';
import { blankQuotedLines, languageOfLocale, likelyLanguages, sentenceBounds, trimmedSpan } from './reading';

const SUPPORTED = ['ru', 'en', 'es', 'id', 'pt'] as const;

describe('reading a text', () => {
  it('reads the language a locale names, Malay and the old Indonesian code as Indonesian', () => {
    expect(languageOfLocale('pt-BR', SUPPORTED)).toBe('pt');
    expect(languageOfLocale(' es_MX ', SUPPORTED)).toBe('es');
    expect(languageOfLocale('in', SUPPORTED)).toBe('id');
    expect(languageOfLocale('ms-MY', SUPPORTED)).toBe('id');
    expect(languageOfLocale('de', SUPPORTED)).toBe('unsupported');
    expect(languageOfLocale(null, SUPPORTED)).toBeNull();
  });

  it('blanks quoted lines without moving what follows', () => {
    const text = '> I will call you tomorrow\nThanks!';
    const blanked = blankQuotedLines(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.trim()).toBe('Thanks!');
    expect(blanked.indexOf('Thanks')).toBe(text.indexOf('Thanks'));
  });

  it('cuts sentences at their ends and skips blank ones', () => {
    const text = 'Hello!  How are you?\n\nFine';
    expect(sentenceBounds(text, /[.!?…]+(?=\s|$)|\n/g).map(([from, to]) => text.slice(from, to).trim())).toEqual([
      'Hello!',
      'How are you?',
      'Fine',
    ]);
  });

  it('keeps the languages whose marker words the text uses about as often as the likeliest one’s', () => {
    const markers = {
      en: new Set(['the', 'you', 'will']),
      es: new Set(['el', 'usted', 'de']),
    };
    expect(likelyLanguages('Will you send the invoice de novo?', ['en', 'es'], markers)).toEqual(['en']);
    expect(likelyLanguages('El pedido de usted', ['en', 'es'], markers)).toEqual(['es']);
    expect(likelyLanguages('Ok', ['en', 'es'], markers)).toEqual(['en', 'es']);
  });

  it('trims white space off a span', () => {
    expect(trimmedSpan('  hi there \n', 0, 12)).toEqual([2, 10]);
  });
});
