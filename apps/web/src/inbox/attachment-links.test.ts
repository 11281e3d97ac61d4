import { describe, expect, it } from 'vitest';
import { attachmentHref, hasThumbnail } from './attachment-links';

describe('attachment links', () => {
  it('shows thumbnails only of the raster types the server serves inline', () => {
    for (const contentType of ['image/png', 'image/jpeg', 'image/gif', 'image/webp']) {
      expect(hasThumbnail({ contentType }), contentType).toBe(true);
    }
    for (const contentType of ['image/svg+xml', 'text/html', 'application/pdf', 'image/x-icon']) {
      expect(hasThumbnail({ contentType }), contentType).toBe(false);
    }
  });

  it('links only to this server’s attachment paths', () => {
    const id = '0196a3b2-7c1d-7e2f-8a3b-4c5d6e7f8a9b';
    expect(attachmentHref({ id, url: `/api/v1/attachments/${id}` })).toBe(`/api/v1/attachments/${id}`);
    expect(attachmentHref({ id, url: 'https://evil.example/x.png' })).toBe(`/api/v1/attachments/${id}`);
    expect(attachmentHref({ id, url: 'javascript:alert(1)' })).toBe(`/api/v1/attachments/${id}`);
    expect(attachmentHref({ id, url: '//evil.example/api/v1/attachments/x' })).toBe(`/api/v1/attachments/${id}`);
  });
});
