import { API, type Attachment } from '@sincere/contracts';
import type { AttachmentRow } from './attachments.repository';

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    url: API.attachment(row.id),
  };
}
