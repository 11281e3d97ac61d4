import {
  slaTargetsBeyondHours,
  type CreateSlaPolicyRequest,
  type SlaPolicy,
  type UpdateSlaPolicyRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { toSlaPolicy, type SlaPolicyRow } from './sla-policy.mapper';
import {
  deleteSlaPolicyRow,
  findSlaPolicyById,
  insertSlaPolicy,
  listSlaPoliciesOfAccount,
  listTeamsUsingPolicies,
  lockSlaPolicy,
  updateSlaPolicyRow,
} from './sla-policies.repository';
import { requestSlaRecompute } from './sla-jobs';

export async function listSlaPolicies(ctx: AppContext, caller: AuthContext): Promise<SlaPolicy[]> {
  const { db } = ctx.database;
  const rows = await listSlaPoliciesOfAccount(db, caller.accountId);
  const teams = await listTeamsUsingPolicies(
    db,
    caller.accountId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toSlaPolicy(row, teams.get(row.id) ?? []));
}

export async function getSlaPolicy(ctx: AppContext, caller: AuthContext, id: string): Promise<SlaPolicy> {
  const row = await findSlaPolicyById(ctx.database.db, caller.accountId, id);
  if (!row) throw notFound('SLA policy');
  return withTeams(ctx, caller.accountId, row);
}

export async function createSlaPolicy(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateSlaPolicyRequest,
): Promise<SlaPolicy> {
  const row = await ctx.database.db.transaction(async (tx) => {
    const created = await insertSlaPolicy(tx, {
      accountId: caller.accountId,
      name: input.name,
      businessHours: input.businessHours,
      targets: input.targets,
      createdAt: ctx.clock(),
    });
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'sla_policy.created',
      targetType: 'sla_policy',
      targetId: created.id,
      data: { name: created.name },
    });
    return created;
  });
  return toSlaPolicy(row, []);
}

/**
 * Changes name, hours or targets. The conversations measured by the policy get their due
 * times recomputed by a job: a change of hours may move thousands of them.
 */
export async function updateSlaPolicy(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateSlaPolicyRequest,
): Promise<SlaPolicy> {
  const { accountId } = caller;
  const { row, clocksMoved } = await ctx.database.db.transaction(async (tx) => {
    const current = await lockSlaPolicy(tx, accountId, id);
    if (!current) throw notFound('SLA policy');
    const changes: Partial<Pick<SlaPolicyRow, 'name' | 'businessHours' | 'targets'>> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.businessHours !== undefined) changes.businessHours = input.businessHours;
    if (input.targets !== undefined) changes.targets = input.targets;
    // Hours and targets are checked together: new targets may not fit the stored hours, or the other way round.
    const stored = toSlaPolicy(current, []);
    const beyond = slaTargetsBeyondHours(
      input.businessHours !== undefined ? input.businessHours : stored.businessHours,
      input.targets ?? stored.targets,
    );
    if (Object.keys(beyond).length > 0) {
      throw new AppError('validation_failed', 'A target does not fit into these business hours', beyond);
    }
    if (Object.keys(changes).length === 0) return { row: current, clocksMoved: false };
    const updated = await updateSlaPolicyRow(tx, accountId, id, changes);
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'sla_policy.updated',
      targetType: 'sla_policy',
      targetId: id,
      data: { name: updated.name, changed: Object.keys(changes) },
    });
    return { row: updated, clocksMoved: changes.businessHours !== undefined || changes.targets !== undefined };
  });
  if (clocksMoved) await requestSlaRecompute(ctx, { accountId, policyId: id });
  return withTeams(ctx, accountId, row);
}

/** Refused while a team uses the policy: the team would silently lose its SLA. */
export async function deleteSlaPolicy(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const current = await lockSlaPolicy(tx, accountId, id);
    if (!current) throw notFound('SLA policy');
    const teams = (await listTeamsUsingPolicies(tx, accountId, [id])).get(id) ?? [];
    if (teams.length > 0) {
      throw new AppError(
        'conflict',
        `The policy is used by ${teams.map((team) => team.name).join(', ')}: give them another policy first`,
      );
    }
    await deleteSlaPolicyRow(tx, accountId, id);
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'sla_policy.deleted',
      targetType: 'sla_policy',
      targetId: id,
      data: { name: current.name },
    });
  });
  // Conversations that still carry the policy (their team moved on) drop its clocks.
  await requestSlaRecompute(ctx, { accountId, policyId: id });
}

async function withTeams(ctx: AppContext, accountId: string, row: SlaPolicyRow): Promise<SlaPolicy> {
  const teams = await listTeamsUsingPolicies(ctx.database.db, accountId, [row.id]);
  return toSlaPolicy(row, teams.get(row.id) ?? []);
}
