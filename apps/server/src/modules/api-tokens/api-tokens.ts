import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiTokens, users } from '@sincere/db';
import type { ApiToken, CreateApiTokenRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { hashSecret, newSecret } from '../auth/secret-token';

/** Secrets start with a recognisable prefix so secret scanners and people can spot a leaked one. */
export const TOKEN_PREFIX = 'snc_';

const columns = {
  token: apiTokens,
  user: { id: users.id, name: users.name },
};
type TokenWithUser = { token: typeof apiTokens.$inferSelect; user: { id: string; name: string } };

function toApiToken({ token, user }: TokenWithUser): ApiToken {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    user,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** Admins see every token of the account (to revoke a leaked one); others see their own. */
export async function listApiTokens(ctx: AppContext, caller: AuthContext): Promise<ApiToken[]> {
  const scope = caller.user.role === 'admin' ? undefined : eq(apiTokens.userId, caller.user.id);
  const rows = await ctx.database.db
    .select(columns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.accountId, caller.accountId), scope))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

export async function createApiToken(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateApiTokenRequest,
): Promise<{ token: ApiToken; secret: string }> {
  const secret = newSecret(TOKEN_PREFIX);
  const now = ctx.clock();
  const token = await ctx.database.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({
        accountId: caller.accountId,
        userId: caller.user.id,
        name: input.name,
        tokenHash: hashSecret(secret),
        prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
        createdAt: now,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: created.id,
      data: { name: created.name },
    });
    return created;
  });
  return { token: toApiToken({ token, user: { id: caller.user.id, name: caller.user.name } }), secret };
}

export async function revokeApiToken(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const own = caller.user.role === 'admin' ? undefined : eq(apiTokens.userId, caller.user.id);
  await ctx.database.db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.clock() })
      .where(and(eq(apiTokens.accountId, caller.accountId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt), own))
      .returning();
    if (!revoked) throw notFound('API token');
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'api_token.revoked',
      targetType: 'api_token',
      targetId: id,
      data: { name: revoked.name },
    });
  });
}
