import type { UpdateTeamRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { recordAudit, type AuditRecord } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { serveTeamQueue } from '../routing/serve-queue';
import { requestSlaRecompute } from '../sla/sla-jobs';
import { checkSlaPolicy, withUniqueName } from './team-rules';
import { lockTeam, updateTeamRow } from './teams.repository';

/**
 * Renames a team, switches its assignment mode or SLA policy; each change is
 * one audit entry. Switching to automatic assignment serves its queue at once;
 * a new SLA policy recomputes the due times of the team's open conversations.
 */
export async function updateTeam(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateTeamRequest,
): Promise<void> {
  const { accountId } = caller;
  const { becameAutomatic, policyChanged } = await withUniqueName(() =>
    ctx.database.db.transaction(async (tx) => {
      const team = await lockTeam(tx, accountId, id);
      if (!team) throw notFound('Team');
      const audit = { accountId, actorUserId: caller.user.id, targetType: 'team', targetId: id } as const;
      const entries: AuditRecord[] = [];
      const changes: Parameters<typeof updateTeamRow>[3] = {};
      if (input.name !== undefined && input.name !== team.name) {
        changes.name = input.name;
        entries.push({ ...audit, action: 'team.renamed', data: { from: team.name, to: input.name } });
      }
      if (input.assignment !== undefined && input.assignment !== team.assignment) {
        changes.assignment = input.assignment;
        entries.push({
          ...audit,
          action: 'team.assignment_changed',
          data: { from: team.assignment, to: input.assignment },
        });
      }
      if (input.slaPolicyId !== undefined && input.slaPolicyId !== team.slaPolicyId) {
        await checkSlaPolicy(tx, accountId, input.slaPolicyId);
        changes.slaPolicyId = input.slaPolicyId;
        entries.push({
          ...audit,
          action: 'team.sla_policy_changed',
          data: { from: team.slaPolicyId, to: input.slaPolicyId },
        });
      }
      if (entries.length === 0) return { becameAutomatic: false, policyChanged: false };
      await updateTeamRow(tx, accountId, id, changes);
      for (const entry of entries) await recordAudit(tx, entry);
      return {
        becameAutomatic: changes.assignment !== undefined && changes.assignment !== 'manual',
        policyChanged: changes.slaPolicyId !== undefined,
      };
    }),
  );
  if (becameAutomatic) await serveTeamQueue(ctx, accountId, id);
  // The team's open conversations are due by the new policy's targets from now on.
  if (policyChanged) await requestSlaRecompute(ctx, { accountId, teamId: id });
}
