import { API, ErrorBody, SESSION_COOKIE, SessionResponse, SignInRequest } from '@sincere/contracts';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { ZodApp } from '../../http/route-types';
import { toAccount } from '../accounts/account.mapper';
import { toUser } from '../users/user.mapper';
import { requireAuth } from './auth-context';
import { deleteSession } from './sessions.repository';
import { clientInfo, sendSession, serverFeatures } from './session-reply';
import { signIn } from './sign-in';

export function registerAuthRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['auth'];

  app.post(
    API.signIn,
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: 'Sign in with email and password; sets the session cookie',
        body: SignInRequest,
        response: { 200: SessionResponse, 401: ErrorBody, 422: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => sendSession(ctx, reply, await signIn(ctx, request.body, clientInfo(request))),
  );

  app.get(
    API.session,
    {
      schema: {
        tags,
        summary: 'The signed-in user, their account and the CSRF token',
        response: { 200: SessionResponse, 401: ErrorBody },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      if (!caller.session) throw new AppError('unauthenticated', 'API tokens have no browser session');
      return {
        user: toUser(caller.user),
        account: toAccount(caller.account),
        csrfToken: caller.session.csrfToken,
        features: serverFeatures(ctx),
      };
    },
  );

  app.post(
    API.signOut,
    {
      schema: {
        tags,
        summary: 'End this browser session',
        response: { 204: z.null(), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const caller = requireAuth(request.auth);
      if (caller.session) await deleteSession(ctx.database.db, caller.session.tokenHash);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
