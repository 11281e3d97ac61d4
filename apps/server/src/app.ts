import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context';
import { answerError, registerErrorHandling } from './http/error-handler';
import { registerNulCharacterGuard } from './http/reject-nul-characters';
import type { ZodApp } from './http/route-types';
import { registerAccountRoutes } from './modules/accounts/accounts.routes';
import { registerApiTokenRoutes } from './modules/api-tokens/api-tokens.routes';
import { registerAttachmentRoutes } from './modules/attachments/attachments.routes';
import { registerAuditRoutes } from './modules/audit/audit.routes';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { registerAuthentication } from './modules/auth/authenticate';
import { registerConversationRoutes } from './modules/conversations/conversations.routes';
import { registerHealthRoutes } from './modules/health/health.routes';
import { registerRealtimeRoutes } from './modules/realtime/realtime.routes';
import { registerChannelsHttp } from './modules/channels/register-channels';
import { registerMacroRoutes } from './modules/macros/macros.routes';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes';
import { registerSlaPolicyRoutes } from './modules/sla/sla-policies.routes';
import { registerRoutingRoutes } from './modules/routing/routing.routes';
import { registerSearchRoutes } from './modules/search/search.routes';
import { registerTeamRoutes } from './modules/teams/teams.routes';
import { registerUserRoutes } from './modules/users/users.routes';
import { registerViewRoutes } from './modules/views/views.routes';
import { registerCustomerProfileRoutes } from './modules/customers/customer-profile.routes';
import { registerConnectorRoutes } from './modules/connectors/connectors.routes';
import { registerMemoryRoutes } from './modules/memory/memory.routes';
import { registerPromiseRoutes } from './modules/promises/promises.routes';
import { registerEtiquetteRoutes } from './modules/etiquette/etiquette.routes';
import { registerScorecardRoutes } from './modules/quality/scorecards.routes';
import { registerReviewRoutes } from './modules/quality/reviews.routes';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

/** The HTTP application: plugins, routes and error handling over an existing context. */
export async function buildApp(ctx: AppContext): Promise<ZodApp> {
  const app = Fastify({
    logger:
      ctx.config.logLevel === 'silent'
        ? false
        : {
            level: ctx.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
          },
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true },
    // A malformed or overlong URL is refused by the router itself; answer it in the API's error shape too.
    frameworkErrors: (error, request, reply) => void answerError(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();
  // The API reads JSON only: a JSON string sent as text/plain (fetch's default) gets a clear 415, not a puzzling 422.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyCookie);
  // Security headers on every answer. The CSP allows only our own scripts, so even if
  // customer text ever slipped past React's escaping, an injected <script> would not run.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // The widget (a later issue) is embedded cross-origin through its own routes.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sincere API',
        version: '1',
        description:
          'Every request and response is defined by a zod schema in @sincere/contracts. Authenticate with `Authorization: Bearer <API token>`, or with the session cookie plus the `x-csrf-token` header. Errors are `{ "error": { "code", "message", "fields"? } }`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // swagger-ui's page loads its scripts from files, so the CSP above serves it too.
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PATH });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());

  registerNulCharacterGuard(app);
  registerAuthentication(app, ctx);
  registerHealthRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerApiTokenRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerConversationRoutes(app, ctx);
  registerViewRoutes(app, ctx);
  registerTeamRoutes(app, ctx);
  registerRoutingRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerSlaPolicyRoutes(app, ctx);
  registerMacroRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerRealtimeRoutes(app, ctx);
  registerCustomerProfileRoutes(app, ctx);
  registerConnectorRoutes(app, ctx);
  registerMemoryRoutes(app, ctx);
  registerPromiseRoutes(app, ctx);
  registerEtiquetteRoutes(app, ctx);
  registerScorecardRoutes(app, ctx);
  registerReviewRoutes(app, ctx);
  await registerChannelsHttp(app, ctx);
  await registerWebApp(app, ctx.config.webRoot);
  return app;
}

/** Serves the built agent web app; any other non-API path gets index.html (client-side routes). */
async function registerWebApp(app: ZodApp, webRoot: string | null): Promise<void> {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path === '/api') {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route GET ${path}` } });
    }
    const file = path.slice(1);
    if (file && !file.includes('..') && existsSync(join(webRoot, file))) return reply.sendFile(file);
    return reply.type('text/html').sendFile('index.html');
  });
}
