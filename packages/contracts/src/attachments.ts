import { z } from 'zod';
import { Id } from './common';

/** How many files one message may carry. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 20;

/** A file uploaded to the account; `url` downloads it (same authentication as the rest of the API). */
export const Attachment = z
  .object({
    id: Id,
    fileName: z.string(),
    contentType: z.string(),
    /** Bytes. */
    size: z.number().int(),
    url: z.string(),
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

/**
 * The upload's body is the file itself (any `Content-Type`, which is stored as the file's type);
 * its name comes in the query because a raw body has nowhere else to carry it.
 */
export const UploadAttachmentQuery = z.object({
  name: z
    .string()
    .min(1, 'Give the file name')
    .max(1000)
    .describe('The file’s name, e.g. receipt.pdf; folders are dropped and it is cut to 200 characters'),
});
export type UploadAttachmentQuery = z.infer<typeof UploadAttachmentQuery>;
