import { API, type Attachment } from '@sincere/contracts';

/** The types the server serves inline; SVG and HTML can carry script and are only ever offered as downloads. */
const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function hasThumbnail(attachment: Pick<Attachment, 'contentType'>): boolean {
  return THUMBNAIL_TYPES.has(attachment.contentType.toLowerCase());
}

/** The file's address on this server: the one it gave when it is a plain path of ours, else rebuilt from the id. */
export function attachmentHref(attachment: Pick<Attachment, 'id' | 'url'>): string {
  return /^\/api\/v1\/attachments\/[\w-]+$/.test(attachment.url) ? attachment.url : API.attachment(attachment.id);
}
