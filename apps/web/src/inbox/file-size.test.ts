import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

// Intl separates number and unit with a no-break space; compare with ordinary ones.
const size = (bytes: number, locale = 'en') => formatFileSize(bytes, locale).replace(/\s/g, ' ');

describe('file sizes', () => {
  it('counts small files in bytes, spelled out', () => {
    expect(size(0)).toBe('0 bytes');
    expect(size(1)).toBe('1 byte');
    expect(size(1023)).toBe('1,023 bytes');
  });

  it('steps up by 1024 with one decimal below ten', () => {
    expect(size(1024)).toBe('1 kB');
    expect(size(1536)).toBe('1.5 kB');
    expect(size(200 * 1024)).toBe('200 kB');
    expect(size(25 * 1024 * 1024)).toBe('25 MB');
    expect(size(3.25 * 1024 ** 3)).toBe('3.3 GB');
  });

  it('rounds up into the next unit instead of showing 1024 of the smaller one', () => {
    expect(size(1024 * 1024 - 1)).toBe('1 MB');
  });

  it('speaks Russian with a decimal comma and Russian units', () => {
    expect(size(1536 * 1024, 'ru')).toBe('1,5 МБ');
    expect(size(5, 'ru')).toBe('5 байт');
  });
});
