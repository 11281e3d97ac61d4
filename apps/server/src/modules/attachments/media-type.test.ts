import { describe, expect, it } from 'vitest';
import { contentDisposition, isShownInline, mediaTypeOf } from './media-type';

describe('mediaTypeOf', () => {
  it('keeps type/subtype in lower case and drops parameters', () => {
    expect(mediaTypeOf('Image/PNG')).toBe('image/png');
    expect(mediaTypeOf('text/plain; charset=utf-8')).toBe('text/plain');
    expect(mediaTypeOf('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('calls anything missing or malformed plain bytes', () => {
    for (const header of [undefined, '', 'png', 'text/', 'a/b/c', 'text/html<script>', `x/${'y'.repeat(200)}`])
      expect(mediaTypeOf(header), String(header)).toBe('application/octet-stream');
  });
});

describe('contentDisposition', () => {
  it('shows only PNG, JPEG, GIF and WebP inline', () => {
    expect(['image/png', 'image/jpeg', 'image/gif', 'image/webp'].every(isShownInline)).toBe(true);
    for (const type of ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/pdf', 'image/bmp'])
      expect(isShownInline(type), type).toBe(false);
    expect(contentDisposition('a.png', 'image/png')).toMatch(/^inline; /);
    expect(contentDisposition('a.svg', 'image/svg+xml')).toMatch(/^attachment; /);
  });

  it('gives the exact name in UTF-8 and an ASCII fallback that cannot break out of its quotes', () => {
    expect(contentDisposition('Счёт "1" (копия)*.pdf', 'application/pdf')).toBe(
      `attachment; filename="____ _1_ (_____)*.pdf"; filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%20%221%22%20%28%D0%BA%D0%BE%D0%BF%D0%B8%D1%8F%29%2A.pdf`,
    );
    expect(contentDisposition('a\\b%20.txt', 'text/plain')).toBe(
      `attachment; filename="a_b_20.txt"; filename*=UTF-8''a%5Cb%2520.txt`,
    );
  });
});
