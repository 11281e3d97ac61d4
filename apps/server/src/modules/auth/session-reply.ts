import type { FastifyReply, FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { accounts } from '@sincere/db';
import { SESSION_COOKIE, type ServerFeatures, type SessionResponse } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { toAccount } from '../accounts/account.mapper';
import { toUser } from '../users/user.mapper';
import type { StartedSession } from './start-session';

export function clientInfo(request: FastifyRequest): { ip: string; userAgent: string | null } {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

/** Where people reach this server: PUBLIC_URL when set, else the address the request came to. */
export function publicBaseUrl(ctx: AppContext, request: FastifyRequest): string {
  return (ctx.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

export function sessionCookieOptions(ctx: AppContext, expires: Date) {
  return {
    httpOnly: true,
    // Lax: the cookie is not sent on cross-site POSTs; the CSRF header covers the rest.
    sameSite: 'lax' as const,
    secure: ctx.config.publicUrl?.startsWith('https://') ?? false,
    path: '/',
    expires,
  };
}

export function serverFeatures(ctx: AppContext): ServerFeatures {
  return { maxAttachmentBytes: ctx.config.attachments.maxBytes, forwardByEmail: ctx.config.mail !== null };
}

export async function sendSession(
  ctx: AppContext,
  reply: FastifyReply,
  session: StartedSession,
): Promise<SessionResponse> {
  const [account] = await ctx.database.db.select().from(accounts).where(eq(accounts.id, session.user.accountId));
  if (!account) throw new Error(`account ${session.user.accountId} of user ${session.user.id} is missing`);
  void reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx, session.expiresAt));
  return {
    user: toUser(session.user),
    account: toAccount(account),
    csrfToken: session.csrfToken,
    features: serverFeatures(ctx),
  };
}
