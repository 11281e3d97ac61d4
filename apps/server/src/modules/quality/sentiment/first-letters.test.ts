import { describe, expect, it } from 'vitest';
import { LATIN_CYRILLIC_LETTERS, wordBounds } from '../../language/reading';
import { LEXICONS, lowerCode } from './compile-lexicon';
import { firstLetters } from './first-letters';
import { EN } from './lexicons/en';
import { ES } from './lexicons/es';
import { ID } from './lexicons/id';
import type { SentimentLexicon } from './lexicons/lexicon';
import { RU } from './lexicons/ru';
import { loadSentimentSet, SENTIMENT_SET_FILE } from './sentiment-set';

const sorted = (letters: Set<string> | null) => (letters ? [...letters].sort().join('') : null);

describe('firstLetters', () => {
  it('collects the first letters of alternatives, classes and optional parts, lower-cased', () => {
    expect(sorted(firstLetters('thanks|Cheers'))).toBe('ct');
    expect(sorted(firstLetters('(?:вс[её]|да) работает'))).toBe('вд');
    expect(sorted(firstLetters('(?:very |so )?good'))).toBe('gsv');
    expect(sorted(firstLetters('[а-в]ы'))).toBe('абв');
    expect(sorted(firstLetters('(?:a|b)?(?:c)*d{0,2}e'))).toBe('abcde');
    expect(sorted(firstLetters(String.raw`\?\?`))).toBe('?');
    expect(sorted(firstLetters(String.raw`(?:\d+|two) times`))).toBe('0123456789t');
    expect(sorted(firstLetters(String.raw`(?<=^\s*)ok(?=!)`))).toBe('o');
  });

  it('gives up (null: try everywhere) when the start is not spelled out', () => {
    expect(firstLetters(String.raw`[^\s]+ again`)).toBeNull();
    expect(firstLetters('(?:x)?')).toBeNull();
    expect(firstLetters('.*')).toBeNull();
  });
});

describe('cues dispatched by first letter', () => {
  const { B, E } = wordBounds(LATIN_CYRILLIC_LETTERS);
  const lexicons: Array<[SentimentLexicon, keyof typeof LEXICONS]> = [
    [RU, 'ru'],
    [EN, 'en'],
    [ES, 'es'],
    [ID, 'id'],
  ];

  // Compiling four alternations of every cue takes seconds on a busy machine.
  it('match exactly what one alternation of every cue matches, over the labelled messages', { timeout: 30_000 }, () => {
    const set = loadSentimentSet(SENTIMENT_SET_FILE);
    for (const [lexicon, language] of lexicons) {
      const texts = set.filter((message) => message.language === language).map((message) => message.text);
      const whole = new RegExp(
        `${B}(?:${lexicon.cues.map((cue) => `(?:${cue.pattern.replace(/ /gu, String.raw`\s+`)})`).join('|')})${E}`,
        'gi',
      );
      const compiled = LEXICONS[language];
      for (const text of texts) {
        const expected = [...text.matchAll(whole)].map((found) => `${found.index}:${found[0]}`);
        const actual: string[] = [];
        for (let at = 0; at < text.length; at += 1) {
          if (at > 0 && /[\p{L}\d]/u.test(text.charAt(at - 1))) continue;
          const alternation = compiled.cuesByFirst.get(lowerCode(text.charCodeAt(at))) ?? compiled.anyStart;
          if (!alternation) continue;
          alternation.pattern.lastIndex = at;
          const found = alternation.pattern.exec(text);
          if (!found) continue;
          actual.push(`${at}:${found[0]}`);
          at += found[0].length - 1;
        }
        expect(actual, `${language}: ${text}`).toEqual(expected);
      }
    }
  });
});
