import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { countMembersOfTeam, deleteTeamRow, lockTeam, teamHasConversations } from './teams.repository';

/**
 * Deletes a team that nobody belongs to and no conversation was ever routed to:
 * the conversations' history (and the metrics built from it) keeps naming its team.
 */
export async function deleteTeam(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const team = await lockTeam(tx, accountId, id);
    if (!team) throw notFound('Team');
    if ((await countMembersOfTeam(tx, accountId, id)) > 0) {
      throw new AppError('conflict', 'Remove the team’s members before deleting it');
    }
    if (await teamHasConversations(tx, accountId, id)) {
      throw new AppError('conflict', 'Conversations belong to this team: move them to another team, or keep the team');
    }
    await deleteTeamRow(tx, accountId, id);
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'team.deleted',
      targetType: 'team',
      targetId: id,
      data: { name: team.name },
    });
  });
}
