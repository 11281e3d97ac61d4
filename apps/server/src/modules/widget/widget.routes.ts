import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateWidgetSessionRequest,
  ErrorBody,
  IdParams,
  SendWidgetMessageRequest,
  WIDGET_PREFIX,
  WidgetAttachmentQuery,
  WidgetContactRequest,
  WidgetContactSaved,
  WidgetConversation,
  WidgetMessageSent,
  WidgetSession,
  WidgetTypingRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { ZodApp } from '../../http/route-types';
import { contentDisposition } from '../attachments/media-type';
import { createWidgetSession } from './create-widget-session';
import {
  openVisitorAttachment,
  publishVisitorTyping,
  readVisitorConversation,
  saveVisitorContact,
  sendVisitorMessage,
} from './visitor-conversation';
import { registerWidgetSocket } from './widget-socket';
import { widgetScript } from './widget-script';
import { checkOrigin, expired, resolveVisitor, type Visitor } from './widget-visitor';
import { webSettingsOf } from './widget.mapper';

const WINDOW_MS = 60_000;
/** Per IP address, ten visitors' worth: an office or a mobile carrier puts many behind one address. */
const PER_IP_FACTOR = 10;

const ERRORS = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody, 429: ErrorBody } as const;
const Binary = z.any().meta({ type: 'string', format: 'binary' });

/** The session a request carries, resolved once before anything else runs (or why it is refused). */
const visitors = new WeakMap<FastifyRequest, Visitor | Error>();

/** The verified caller of a widget route, from a page the channel allows. */
export function visitorOf(request: FastifyRequest): Visitor {
  const found = visitors.get(request);
  if (!found) throw expired();
  if (found instanceof Error) throw found;
  checkOrigin(found.channel, request.headers.origin);
  return found;
}

/**
 * The chat widget's public API under /widget/v1, in a scope of its own: its own authentication (a widget
 * session's bearer token, never the agents' cookies or API tokens), CORS for the channel's sites, rate limits
 * per visitor and per IP address, and a resource policy that lets other sites load the script and files.
 */
export async function registerWidgetRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  await app.register(
    async (plugin) => {
      const scope = plugin.withTypeProvider<ZodTypeProvider>();
      const tags = ['widget'];

      scope.addHook('onRequest', async (request, reply) => {
        // Helmet answers same-origin for the agents' app; the widget is embedded in other sites.
        void reply.header('cross-origin-resource-policy', 'cross-origin');
        const authorization = request.headers.authorization;
        const query = request.query as Record<string, unknown> | undefined;
        const token = authorization?.startsWith('Bearer ')
          ? authorization.slice(7).trim()
          : typeof query?.['token'] === 'string'
            ? query['token']
            : null;
        if (token) visitors.set(request, await resolveVisitor(ctx, token).catch((error: Error) => error));
      });

      await scope.register(fastifyCors, {
        delegator: (request: FastifyRequest) => {
          const found = visitors.get(request);
          const allowed = found && !(found instanceof Error) ? webSettingsOf(found.channel).allowedOrigins : [];
          return Promise.resolve({
            origin: allowed.length === 0 ? '*' : allowed.map((entry) => new URL(entry).origin),
            methods: ['GET', 'POST'],
            allowedHeaders: ['content-type', 'authorization'],
            exposedHeaders: ['retry-after'],
            maxAge: 600,
          });
        },
      });

      await scope.register(fastifyRateLimit, { global: false });
      const perMinute = () => ctx.config.widget.rateLimitPerMinute;
      const perIp = scope.createRateLimit({
        max: () => perMinute() * PER_IP_FACTOR,
        timeWindow: WINDOW_MS,
        keyGenerator: (request) => `ip:${request.ip}`,
      });
      const perVisitor = scope.createRateLimit({
        max: perMinute,
        timeWindow: WINDOW_MS,
        keyGenerator: (request) => {
          const found = visitors.get(request);
          const identity = found && !(found instanceof Error) ? found.claims.identity : null;
          return identity ? `visitor:${identity.kind}:${identity.value}` : `ip:${request.ip}`;
        },
      });
      // After CORS, so that the page can read the 429 and its Retry-After.
      scope.addHook('onRequest', async (request) => {
        if (request.method === 'OPTIONS' || request.url.startsWith(`${WIDGET_PREFIX}/widget.js`)) return;
        const found = visitors.get(request);
        for (const limit of found && !(found instanceof Error) ? [perIp, perVisitor] : [perIp]) {
          const result = await limit(request);
          if (!result.isAllowed && result.isExceeded) {
            throw new AppError('rate_limited', 'Too many requests; wait a moment', undefined, result.ttlInSeconds);
          }
        }
      });

      scope.get('/widget.js', { schema: { hide: true } }, async (request, reply) => {
        const script = await widgetScript();
        void reply
          .header('content-type', 'text/javascript; charset=utf-8')
          .header('cache-control', 'public, max-age=300')
          .header('etag', script.etag);
        if (request.headers['if-none-match'] === script.etag) return reply.status(304).send();
        return reply.send(script.body);
      });

      scope.post(
        '/sessions',
        {
          schema: {
            tags,
            summary: 'Open a widget session: an anonymous visitor, or a site’s user signed with HMAC-SHA256',
            security: [],
            body: CreateWidgetSessionRequest,
            response: { 200: WidgetSession, ...ERRORS },
          },
        },
        async (request, reply) => {
          const { origin } = request.headers;
          const session = await createWidgetSession(ctx, request.body, origin);
          // The channel was unknown when CORS answered ('*'); it has allowed this page, so name it.
          if (origin) void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
          return session;
        },
      );

      scope.get(
        '/conversation',
        {
          schema: {
            tags,
            summary: 'The visitor’s latest conversation on this widget, without notes',
            response: { 200: WidgetConversation, ...ERRORS },
          },
        },
        async (request) => readVisitorConversation(ctx, visitorOf(request)),
      );

      scope.post(
        '/messages',
        {
          schema: {
            tags,
            summary: 'Send a message; the same clientMessageId again returns the stored one',
            body: SendWidgetMessageRequest,
            response: { 201: WidgetMessageSent, ...ERRORS },
          },
        },
        async (request, reply) => {
          const sent = await sendVisitorMessage(ctx, visitorOf(request), request.body);
          return reply.status(201).send(sent);
        },
      );

      scope.post(
        '/typing',
        {
          schema: {
            tags,
            summary: 'The visitor is writing (or stopped): agents with the conversation open see it',
            body: WidgetTypingRequest.optional(),
            response: { 204: z.null(), ...ERRORS },
          },
        },
        async (request, reply) => {
          await publishVisitorTyping(ctx, visitorOf(request), request.body?.typing ?? true);
          return reply.status(204).send(null);
        },
      );

      scope.post(
        '/contact',
        {
          schema: {
            tags,
            summary: 'Leave an email for the answer (outside business hours)',
            body: WidgetContactRequest,
            response: { 200: WidgetContactSaved, ...ERRORS },
          },
        },
        async (request) => saveVisitorContact(ctx, visitorOf(request), request.body),
      );

      scope.get(
        '/attachments/:id',
        {
          schema: {
            tags,
            summary: 'A file of the visitor’s own conversation',
            params: IdParams,
            produces: ['*/*'],
            response: { 200: Binary, ...ERRORS },
          },
        },
        async (request, reply) => {
          const { attachment, bytes } = await openVisitorAttachment(ctx, visitorOf(request), request.params.id);
          return reply
            .header('content-type', attachment.contentType)
            .header('content-length', String(attachment.size))
            .header('content-disposition', contentDisposition(attachment.fileName, attachment.contentType))
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', 'sandbox')
            .header('cache-control', 'private, max-age=3600')
            .send(bytes);
        },
      );

      // Its own scope: here, and only here, any content type is the file itself.
      await scope.register(async (files) => {
        const upload = files.withTypeProvider<ZodTypeProvider>();
        const maxBytes = ctx.config.attachments.maxBytes;
        upload.removeAllContentTypeParsers();
        upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) =>
          done(null, body),
        );
        upload.post(
          '/attachments',
          {
            bodyLimit: maxBytes,
            schema: {
              tags,
              summary: 'Send a file (the raw body, its name in ?name=) as a message of its own',
              consumes: ['application/octet-stream', '*/*'],
              querystring: WidgetAttachmentQuery,
              body: Binary,
              response: { 201: WidgetMessageSent, 413: ErrorBody, ...ERRORS },
            },
          },
          async (request, reply) => {
            const visitor = visitorOf(request);
            const bytes: unknown = request.body;
            if (!(bytes instanceof Buffer) || bytes.length === 0) {
              throw new AppError('validation_failed', 'The file is empty', { body: 'Send the file’s bytes' });
            }
            const sent = await sendVisitorMessage(ctx, visitor, {
              body: '',
              clientMessageId: request.query.clientMessageId ?? randomUUID(),
              files: [
                {
                  fileName: request.query.name,
                  contentType: request.headers['content-type'] ?? 'application/octet-stream',
                  bytes,
                },
              ],
            });
            return reply.status(201).send(sent);
          },
        );
      });

      registerWidgetSocket(scope, ctx, (request) => visitors.get(request) ?? null);
    },
    { prefix: WIDGET_PREFIX },
  );
}
