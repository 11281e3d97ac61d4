/** Images a browser may show in the page itself; anything else (SVG and HTML above all) is only ever downloaded. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const TOKEN = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;
const FALLBACK = 'application/octet-stream';

/** The upload's `Content-Type` as stored: `type/subtype` in lower case, parameters dropped; unknown bytes without one. */
export function mediaTypeOf(header: string | undefined): string {
  const essence = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return TOKEN.test(essence) && essence.length <= 100 ? essence : FALLBACK;
}

export function isShownInline(mediaType: string): boolean {
  return INLINE_TYPES.has(mediaType);
}

/**
 * `inline` only for the plain image types, `attachment` otherwise; the name as RFC 6266 and
 * 8187 ask: an ASCII fallback for old clients, then the exact name in UTF-8.
 */
export function contentDisposition(fileName: string, mediaType: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${isShownInline(mediaType) ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
