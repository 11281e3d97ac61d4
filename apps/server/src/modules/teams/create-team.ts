import type { CreateTeamRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { checkSlaPolicy, withUniqueName } from './team-rules';
import { insertTeam } from './teams.repository';

/** A new team, empty; its creation is audited. */
export async function createTeam(ctx: AppContext, caller: AuthContext, input: CreateTeamRequest): Promise<string> {
  const { accountId } = caller;
  return withUniqueName(() =>
    ctx.database.db.transaction(async (tx) => {
      await checkSlaPolicy(tx, accountId, input.slaPolicyId);
      const team = await insertTeam(tx, {
        accountId,
        name: input.name,
        assignment: input.assignment,
        slaPolicyId: input.slaPolicyId ?? null,
        createdAt: ctx.clock(),
      });
      await recordAudit(tx, {
        accountId,
        actorUserId: caller.user.id,
        action: 'team.created',
        targetType: 'team',
        targetId: team.id,
        data: { name: team.name, assignment: team.assignment, slaPolicyId: team.slaPolicyId },
      });
      return team.id;
    }),
  );
}
