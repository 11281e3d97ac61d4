import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API, Attachment, ErrorBody, IdParams, UploadAttachmentQuery } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { requireWriter } from '../conversations/conversation-writes';
import { StoredObjectMissing } from './attachment-storage';
import { toAttachment } from './attachment.mapper';
import { contentDisposition } from './media-type';
import { openAttachment } from './open-attachment';
import { uploadAttachment } from './upload-attachment';

/**
 * The request body handed over unread. Its stream sits in a private field so that
 * hooks walking a parsed body (the NUL-character guard) see an empty object.
 */
class UnreadBody {
  readonly #stream: Readable;
  constructor(stream: Readable) {
    this.#stream = stream;
  }
  get stream(): Readable {
    return this.#stream;
  }
}

const Binary = z.any().meta({ type: 'string', format: 'binary' });

/** Files: upload one (the raw body), download one. Attaching happens when a message is written. */
export function registerAttachmentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['attachments'];
  // Its own scope: here, and only here, any content type is the file itself, streamed, not parsed.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, new UnreadBody(payload)));

    scope.post(
      API.attachments,
      {
        schema: {
          tags,
          summary: 'Upload a file to attach to a message (within a day)',
          description:
            'The body is the file itself and its `Content-Type` the file’s type; the name goes in `?name=`. ' +
            'Larger than SINCERE_MAX_ATTACHMENT_MB (25 MB by default): 413. ' +
            'Then list the returned id in a message’s `attachmentIds`.',
          consumes: ['application/octet-stream', '*/*'],
          querystring: UploadAttachmentQuery,
          body: Binary,
          response: { 201: Attachment, 413: ErrorBody, ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const caller = requireWriter(request.auth);
        const length = request.headers['content-length'];
        try {
          const row = await uploadAttachment(ctx, caller, {
            name: request.query.name,
            contentType: request.headers['content-type'],
            declaredSize: length === undefined ? null : Number(length),
            body: request.body instanceof UnreadBody ? request.body.stream : null,
          });
          return await reply.status(201).send(toAttachment(row));
        } catch (error) {
          // The rest of a refused body is not worth reading: close the connection after the answer.
          if (error instanceof AppError && error.code === 'payload_too_large') void reply.header('connection', 'close');
          throw error;
        }
      },
    );

    scope.get(
      API.attachment(':id'),
      {
        schema: {
          tags,
          summary: 'Download a file: images shown inline, everything else as a download',
          params: IdParams,
          produces: ['*/*'],
          response: { 200: Binary, ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request, reply) => {
        const opened = await openAttachment(ctx, requireAuth(request.auth), request.params.id).catch((error) => {
          if (!(error instanceof StoredObjectMissing)) throw error;
          // Say so, and tell the operator: a restore without the files, or files removed by hand.
          request.log.warn({ attachmentId: request.params.id }, 'the bytes of an attachment are missing');
          throw new AppError('not_found', 'The file of this attachment is missing from storage');
        });
        const { attachment, bytes } = opened;
        return (
          reply
            .header('content-type', attachment.contentType)
            .header('content-length', String(attachment.size))
            .header('content-disposition', contentDisposition(attachment.fileName, attachment.contentType))
            .header('x-content-type-options', 'nosniff')
            // Even a file opened directly in the browser runs no script and reaches nothing of ours.
            .header('content-security-policy', 'sandbox')
            .header('cache-control', 'private, max-age=3600')
            .send(bytes)
        );
      },
    );
  });
}
