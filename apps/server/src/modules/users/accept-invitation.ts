import type { AcceptInvitationRequest, InvitationResponse } from '@sincere/contracts';
import { eq } from 'drizzle-orm';
import { accounts } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/password';
import { hashSecret } from '../auth/secret-token';
import { startSession, type StartedSession } from '../auth/start-session';
import { findUserByInviteTokenHash, spendInvitation } from './users.repository';
import type { UserRow } from './user.mapper';

const invalid = () =>
  new AppError('invitation_invalid', 'This invitation link was already used, revoked or has expired');

async function findPendingInvitation(ctx: AppContext, token: string): Promise<UserRow> {
  const user = await findUserByInviteTokenHash(ctx.database.db, hashSecret(token));
  if (!user || user.status !== 'invited' || !user.inviteExpiresAt || user.inviteExpiresAt <= ctx.clock())
    throw invalid();
  return user;
}

export async function describeInvitation(ctx: AppContext, token: string): Promise<InvitationResponse> {
  const user = await findPendingInvitation(ctx, token);
  const [account] = await ctx.database.db.select().from(accounts).where(eq(accounts.id, user.accountId));
  return { email: user.email, name: user.name, accountName: account?.name ?? '' };
}

export async function acceptInvitation(
  ctx: AppContext,
  input: AcceptInvitationRequest,
  client: { ip: string; userAgent: string | null },
): Promise<StartedSession> {
  const invited = await findPendingInvitation(ctx, input.token);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock();
  const user = await ctx.database.db.transaction(async (tx) => {
    const accepted = await spendInvitation(tx, invited.accountId, invited.id, hashSecret(input.token), {
      passwordHash,
      status: 'active',
      inviteTokenHash: null,
      inviteExpiresAt: null,
      updatedAt: now,
      ...(input.name ? { name: input.name } : {}),
    });
    if (!accepted) throw invalid();
    await recordAudit(tx, {
      accountId: accepted.accountId,
      actorUserId: accepted.id,
      action: 'user.invitation_accepted',
      targetType: 'user',
      targetId: accepted.id,
      ip: client.ip,
    });
    return accepted;
  });
  return startSession(ctx, user, client);
}
