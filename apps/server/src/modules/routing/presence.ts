import type { AgentPresence, SetPresenceRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { lockPresence, updatePresence } from './presence.repository';
import { serveTeamsOfUser } from './serve-queue';

/** Who may change a capacity, their own included: an agent could otherwise take more than the team planned. */
export const CAPACITY_SETTERS = ['admin', 'lead'] as const;

/**
 * The caller's own presence (and, for admins and leads, capacity). An online
 * agent's teams serve their waiting queues.
 */
export async function setOwnPresence(
  ctx: AppContext,
  caller: AuthContext,
  input: SetPresenceRequest,
): Promise<AgentPresence> {
  return changePresence(ctx, caller, caller.user.id, input);
}

/** An admin or lead sets someone's capacity; raising it serves that person's queues at once. */
export async function setCapacity(
  ctx: AppContext,
  caller: AuthContext,
  userId: string,
  capacity: number,
): Promise<AgentPresence> {
  return changePresence(ctx, caller, userId, { capacity });
}

async function changePresence(
  ctx: AppContext,
  caller: AuthContext,
  userId: string,
  input: { presence?: AgentPresence['presence']; capacity?: number | undefined },
): Promise<AgentPresence> {
  const { accountId } = caller;
  const { before, after } = await ctx.database.db.transaction(async (tx) => {
    const current = await lockPresence(tx, accountId, userId);
    if (!current) throw notFound('User');
    const capacityChanges = input.capacity !== undefined && input.capacity !== current.capacity;
    if (capacityChanges && !(CAPACITY_SETTERS as readonly string[]).includes(caller.user.role)) {
      throw forbidden('An admin or a lead sets your capacity');
    }
    const updated = await updatePresence(tx, accountId, userId, {
      // Choosing a presence is being here: the silence sweep counts from now.
      ...(input.presence ? { presence: input.presence, lastSeenAt: ctx.clock() } : {}),
      ...(capacityChanges && input.capacity !== undefined ? { capacity: input.capacity } : {}),
      updatedAt: ctx.clock(),
    });
    if (capacityChanges) {
      await recordAudit(tx, {
        accountId,
        actorUserId: caller.user.id,
        action: 'user.capacity_changed',
        targetType: 'user',
        targetId: userId,
        data: { from: current.capacity, to: updated.capacity },
      });
    }
    return { before: current, after: updated };
  });
  if (before.presence !== after.presence || before.capacity !== after.capacity) {
    ctx.realtime.publish(accountId, { type: 'presence.changed', agent: after });
  }
  // Every call of an online agent serves their queues, not only a change: repeating it recovers a missed turn.
  if (after.presence === 'online') await serveTeamsOfUser(ctx, accountId, userId);
  return after;
}
