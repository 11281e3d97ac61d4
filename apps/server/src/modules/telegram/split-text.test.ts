import { describe, expect, it } from 'vitest';
import { splitText, TELEGRAM_TEXT_LIMIT } from './split-text';

describe('splitText', () => {
  it('keeps a text within the limit whole', () => {
    expect(splitText('Hello')).toEqual(['Hello']);
    expect(splitText('x'.repeat(TELEGRAM_TEXT_LIMIT))).toHaveLength(1);
  });

  it('cuts at paragraph breaks first, and no part is over the limit', () => {
    const paragraph = 'word '.repeat(600).trim();
    const parts = splitText([paragraph, paragraph, paragraph].join('\n\n'));
    // 2999 characters each: two with their break would be over 4096.
    expect(parts).toEqual([paragraph, paragraph, paragraph]);
  });

  it('cuts a text without spaces at the limit, never inside an emoji', () => {
    const text = `${'a'.repeat(4095)}😀${'b'.repeat(10)}`;
    const parts = splitText(text);
    expect(parts).toEqual(['a'.repeat(4095), `😀${'b'.repeat(10)}`]);
    expect(parts.join('')).toBe(text);
  });

  it('loses no words when it cuts at spaces', () => {
    const words = Array.from({ length: 3000 }, (_, index) => `w${index}`);
    const parts = splitText(words.join(' '));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ').split(' ')).toEqual(words);
  });
});
