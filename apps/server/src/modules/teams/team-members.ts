import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { CONVERSATION_WRITERS } from '../conversations/conversation-writes';
import { serveTeamQueue } from '../routing/serve-queue';
import { deleteMember, findUserOfAccount, insertMember, isMemberOfTeam, lockTeam } from './teams.repository';

/**
 * Adds a person who works conversations (admin, lead, agent; not deactivated).
 * Adding someone already in the team changes nothing. A new member may take
 * work at once, so the team's queue is served.
 */
export async function addTeamMember(
  ctx: AppContext,
  caller: AuthContext,
  teamId: string,
  userId: string,
): Promise<void> {
  const { accountId } = caller;
  const added = await ctx.database.db.transaction(async (tx) => {
    if (!(await lockTeam(tx, accountId, teamId))) throw notFound('Team');
    const user = await findUserOfAccount(tx, accountId, userId);
    if (!user) throw notFound('User');
    if (user.status === 'deactivated' || !CONVERSATION_WRITERS.includes(user.role)) {
      throw new AppError('validation_failed', 'Teams are made of admins, leads and agents who are not deactivated', {
        userId: 'Cannot work conversations',
      });
    }
    if (await isMemberOfTeam(tx, accountId, teamId, userId)) return false;
    await insertMember(tx, accountId, teamId, userId, ctx.clock());
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'team.member_added',
      targetType: 'team',
      targetId: teamId,
      data: { userId, name: user.name },
    });
    return true;
  });
  if (added) await serveTeamQueue(ctx, accountId, teamId);
}

/** Removes a member; the conversations they own stay theirs. */
export async function removeTeamMember(
  ctx: AppContext,
  caller: AuthContext,
  teamId: string,
  userId: string,
): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    if (!(await lockTeam(tx, accountId, teamId))) throw notFound('Team');
    if (!(await isMemberOfTeam(tx, accountId, teamId, userId))) throw notFound('Team member');
    await deleteMember(tx, accountId, teamId, userId);
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'team.member_removed',
      targetType: 'team',
      targetId: teamId,
      data: { userId },
    });
  });
}
