import { describe, expect, it } from 'vitest';
import { phoneLookupDigits, phoneRange, similarWordRanges, wordSimilarity } from './customer-match';

const slices = (text: string, ranges: [number, number][]) => ranges.map(([start, end]) => text.slice(start, end));

describe('phoneLookupDigits', () => {
  it('reads a number in any formatting as its last ten digits', () => {
    expect(phoneLookupDigits('+7 (912) 345-67-89')).toBe('9123456789');
    expect(phoneLookupDigits('8 912 345 67 89')).toBe('9123456789');
    expect(phoneLookupDigits('345-67-89')).toBe('3456789');
  });

  it('does not read names or a couple of digits as a phone number', () => {
    expect(phoneLookupDigits('Olga 912')).toBeNull();
    expect(phoneLookupDigits('12')).toBeNull();
  });
});

describe('phoneRange', () => {
  it('spans the looked-up digits in the number as stored', () => {
    const phone = '+7 (912) 345-67-89';
    expect(slices(phone, phoneRange(phone, '9123456789'))).toEqual(['912) 345-67-89']);
    expect(slices(phone, phoneRange(phone, '4567'))).toEqual(['45-67']);
  });

  it('spans all the digits of a number that matched only roughly', () => {
    const phone = '+62 812-7788-4021';
    expect(slices(phone, phoneRange(phone, '1277884029'))).toEqual(['62 812-7788-4021']);
  });
});

describe('similarWordRanges', () => {
  it('marks the words that resemble a typed word, typos and case aside', () => {
    const name = 'Olga Smirnova';
    expect(slices(name, similarWordRanges(name, 'smirnva'))).toEqual(['Smirnova']);
    expect(slices(name, similarWordRanges(name, 'Ol'))).toEqual(['Olga']);
  });

  it('marks each part of an email', () => {
    const email = 'olga@example.com';
    expect(slices(email, similarWordRanges(email, 'olga@exmple.com'))).toEqual(['olga', 'example', 'com']);
  });

  it('marks nothing that does not resemble what was typed', () => {
    expect(similarWordRanges('Olga Smirnova', 'Ivanov')).toEqual([]);
  });
});

describe('wordSimilarity', () => {
  it('agrees with pg_trgm on a misspelt word', () => {
    // SELECT similarity('smirnva', 'smirnova') → 0.54545456
    expect(wordSimilarity('smirnva', 'smirnova')).toBeCloseTo(0.5454, 3);
  });
});
