import type { UpdateUserRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { deleteSessionsOfUser } from '../auth/sessions.repository';
import { countOtherActiveAdmins, findUserById, updateUser } from './users.repository';
import type { UserRow } from './user.mapper';
import { toUser } from './user.mapper';

const lastAdmin = () =>
  new AppError('conflict', 'The account needs at least one active admin', { role: 'Last active admin' });

/** Role and name changes by an admin; each change is audited. */
export async function changeUser(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateUserRequest,
): Promise<UserRow> {
  const changed = await ctx.database.db.transaction(async (tx) => {
    const user = await findUserById(tx, caller.accountId, id);
    if (!user) throw notFound('User');
    const demotesAdmin =
      input.role !== undefined && input.role !== 'admin' && user.role === 'admin' && user.status === 'active';
    if (demotesAdmin && (await countOtherActiveAdmins(tx, caller.accountId, user.id)) === 0) throw lastAdmin();
    const updated = await updateUser(tx, caller.accountId, id, {
      ...(input.role ? { role: input.role } : {}),
      ...(input.name ? { name: input.name } : {}),
      updatedAt: ctx.clock(),
    });
    if (!updated) throw notFound('User');
    const audit = {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      targetType: 'user',
      targetId: id,
    } as const;
    if (input.role && input.role !== user.role) {
      await recordAudit(tx, { ...audit, action: 'user.role_changed', data: { from: user.role, to: input.role } });
    }
    if (input.name && input.name !== user.name) {
      await recordAudit(tx, { ...audit, action: 'user.renamed', data: { from: user.name, to: input.name } });
    }
    return updated;
  });
  ctx.realtime.publish(caller.accountId, { type: 'user.updated', user: toUser(changed) });
  return changed;
}

/** Deactivation signs the user out everywhere at once; their history stays. */
export async function setUserActive(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  active: boolean,
): Promise<UserRow> {
  const changed = await ctx.database.db.transaction(async (tx) => {
    const user = await findUserById(tx, caller.accountId, id);
    if (!user) throw notFound('User');
    if (!active && user.role === 'admin' && (await countOtherActiveAdmins(tx, caller.accountId, user.id)) === 0) {
      throw lastAdmin();
    }
    // An invited user who never accepted becomes active only by accepting.
    const status = active ? (user.passwordHash ? 'active' : 'invited') : 'deactivated';
    const updated = await updateUser(tx, caller.accountId, id, { status, updatedAt: ctx.clock() });
    if (!updated) throw notFound('User');
    if (!active) await deleteSessionsOfUser(tx, caller.accountId, id);
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: active ? 'user.reactivated' : 'user.deactivated',
      targetType: 'user',
      targetId: id,
    });
    return updated;
  });
  ctx.realtime.publish(caller.accountId, { type: 'user.updated', user: toUser(changed) });
  return changed;
}
