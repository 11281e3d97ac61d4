import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { accounts, apiTokens, users } from '@sincere/db';
import { CSRF_HEADER, SESSION_COOKIE, WIDGET_PREFIX } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from './auth-context';
import { hashSecret } from './secret-token';
import { findLiveSession } from './sessions.repository';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /**
     * false on the routes that establish a session (sign-in, accepting an
     * invitation): they do not act with the session a stale cookie may carry.
     */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writing last_used_at on every request would turn reads into writes; a minute is precise enough. */
const TOKEN_TOUCH_MS = 60_000;

/**
 * Resolves the caller from the session cookie or `Authorization: Bearer <token>`
 * on every request. A cookie-authenticated request that changes state must carry
 * the session's CSRF token; bearer tokens are not sent by browsers on their own
 * and need none.
 */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  // Before validation: a forged request is refused as such, whatever its body.
  app.addHook('preValidation', async (request) => {
    // The chat widget's API has its own visitors and tokens (modules/widget): agents' credentials mean nothing there.
    if (request.url.startsWith(WIDGET_PREFIX)) return;
    request.auth = await resolveCaller(request, ctx);
    const exempt = request.routeOptions.config.csrf === false;
    if (request.auth?.session && !SAFE_METHODS.has(request.method) && !exempt) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.auth.session.csrfToken)) {
        throw new AppError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header`);
      }
    }
  });
}

export async function resolveCaller(request: FastifyRequest, ctx: AppContext): Promise<AuthContext | null> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return resolveApiToken(authorization.slice(7).trim(), ctx);
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const tokenHash = hashSecret(cookie);
  const found = await findLiveSession(ctx.database.db, tokenHash, ctx.clock());
  if (!found || found.user.status !== 'active') return null;
  return {
    accountId: found.account.id,
    user: found.user,
    account: found.account,
    via: 'session',
    session: { tokenHash, csrfToken: found.session.csrfToken },
  };
}

async function resolveApiToken(secret: string, ctx: AppContext): Promise<AuthContext> {
  const { db } = ctx.database;
  const now = ctx.clock();
  const [found] = await db
    .select({ token: apiTokens, user: users, account: accounts })
    .from(apiTokens)
    .innerJoin(users, and(eq(users.id, apiTokens.userId), eq(users.accountId, apiTokens.accountId)))
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(eq(apiTokens.tokenHash, hashSecret(secret)))
    .limit(1);
  const live =
    found &&
    !found.token.revokedAt &&
    (!found.token.expiresAt || found.token.expiresAt > now) &&
    found.user.status === 'active';
  // A bearer token that does not work is an error, not an anonymous request.
  if (!found || !live) throw new AppError('unauthenticated', 'The API token is unknown, expired or revoked');
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > TOKEN_TOUCH_MS) {
    const staleBefore = new Date(now.getTime() - TOKEN_TOUCH_MS);
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(eq(apiTokens.id, found.token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))),
      );
  }
  return { accountId: found.account.id, user: found.user, account: found.account, via: 'api_token', session: null };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
