import { z } from 'zod';
import { API, ApiTokenList, CreateApiTokenRequest, CreateApiTokenResponse, IdParams } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, type AuthContext } from '../auth/auth-context';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens';

/** A token cannot mint or revoke tokens: that takes a person signed in. */
function requireSession(auth: AuthContext | null): AuthContext {
  const caller = requireAuth(auth);
  if (caller.via !== 'session') throw new AppError('forbidden', 'API tokens are managed from a signed-in session');
  return caller;
}

export function registerApiTokenRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['api-tokens'];
  app.get(API.apiTokens, { schema: { tags, response: { 200: ApiTokenList, ...AUTHED_ERRORS } } }, async (request) => ({
    items: await listApiTokens(ctx, requireAuth(request.auth)),
  }));

  app.post(
    API.apiTokens,
    {
      schema: {
        tags,
        summary: 'Create a personal API token; the secret is in this response only',
        body: CreateApiTokenRequest,
        response: { 201: CreateApiTokenResponse, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(ctx, requireSession(request.auth), request.body)),
  );

  app.delete(
    API.apiToken(':id'),
    {
      schema: {
        tags,
        summary: 'Revoke a token',
        params: IdParams,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctx, requireSession(request.auth), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
