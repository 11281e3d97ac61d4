import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EMAIL_API, EmailIgnored, EmailStored, ErrorBody, IdParams, MessageOriginal } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { findChannel } from '../channels/channel.repository';
import { ingestRawEmail } from './ingest-email';
import { getMessageOriginal } from './message-original';

const DEFAULT_MAX_BYTES = 30 * 1024 * 1024;

/** The raw message, out of reach of hooks that walk a parsed body (the NUL guard would visit every byte). */
class RawEmail {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

const Rfc822 = z.any().meta({ type: 'string', format: 'binary' });

/** The email channel's HTTP routes: the raw-MIME inbound endpoint and the original of an inbound email. */
export function registerEmailRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['email'];
  const maxBytes = ctx.config.smtpReceiver?.maxBytes ?? DEFAULT_MAX_BYTES;

  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // Here, and only here, the body is a whole email: kept as bytes, its charsets are the parser's business.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('message/rfc822', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) =>
      done(null, new RawEmail(body as Buffer)),
    );

    scope.post(
      EMAIL_API.inbound(':id'),
      {
        bodyLimit: maxBytes,
        schema: {
          tags,
          summary: 'Deliver a raw email (message/rfc822) to an email channel',
          description:
            'For mail gateways and scripts: the body is the whole message. An admin’s API token. ' +
            'A stored email (or a repeat of one) answers 200; a bounce or auto-reply is accepted and dropped: 202.',
          consumes: ['message/rfc822'],
          params: IdParams,
          body: Rfc822,
          response: { 200: EmailStored, 202: EmailIgnored, 413: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request, reply) => {
        const caller = requireRole(request.auth, ['admin']);
        const channel = await findChannel(ctx.database.db, caller.accountId, request.params.id);
        if (!channel) throw notFound('Channel');
        if (channel.kind !== 'email') {
          throw new AppError('validation_failed', `Channel ${channel.id} is a ${channel.kind} channel, not email`, {
            id: 'Not an email channel',
          });
        }
        if (!(request.body instanceof RawEmail)) {
          throw new AppError('validation_failed', 'Send the raw message as the body, with Content-Type message/rfc822');
        }
        const outcome = await ingestRawEmail(ctx, channel, request.body.bytes);
        if (outcome.kind === 'ignored') {
          request.log.info({ channelId: channel.id, reason: outcome.reason }, 'inbound email ignored');
          return reply.status(202).send({ ignored: true, reason: outcome.reason });
        }
        const { conversationId, messageId, created } = outcome;
        return reply.status(200).send({ outcome: { conversationId, messageId, created } });
      },
    );
  });

  app.get(
    EMAIL_API.messageOriginal(':id'),
    {
      schema: {
        tags,
        summary: 'The original of an inbound email: its full text, sanitised HTML and quoted part',
        params: IdParams,
        response: { 200: MessageOriginal, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => getMessageOriginal(ctx, requireAuth(request.auth), request.params.id),
  );
}
