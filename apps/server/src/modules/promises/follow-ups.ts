import type { FollowUp, NewFollowUpRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents, type NewConversationEvent } from '../conversations/event-log';
import { lockConversation, publishChanges } from '../conversations/conversation-writes';
import { refuseMerged } from '../conversations/merged-conversations';
import { toFollowUp } from './promise.mapper';
import { requireMayChange } from './promise-people';
import {
  findPeopleNames,
  insertFollowUp,
  lockFollowUp,
  updateFollowUpRow,
  type FollowUpRow,
} from './promises.repository';

export function followUpEvent(
  row: FollowUpRow,
  type: NewConversationEvent['type'],
  actor: { type: 'user'; id: string } | { type: 'system' },
  at: Date,
  extra: Record<string, unknown> = {},
): NewConversationEvent {
  return {
    accountId: row.accountId,
    conversationId: row.conversationId,
    type,
    actorType: actor.type,
    actorId: actor.type === 'user' ? actor.id : null,
    data: { followUpId: row.id, dueAt: row.dueAt.toISOString(), mode: row.mode, ownerId: row.ownerId, ...extra },
    occurredAt: at,
  };
}

/**
 * "Check in 2 days that the fix held": the caller's own follow-up, usually planned while resolving. At its time
 * Sincere sends the text in the caller's name (mode 'send') or reminds them to write personally ('remind').
 */
export async function scheduleFollowUp(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  input: NewFollowUpRequest,
): Promise<FollowUp> {
  const { accountId } = caller;
  const now = ctx.clock();
  const dueAt = new Date(input.dueAt);
  if (dueAt <= now) {
    throw new AppError('validation_failed', 'A follow-up is planned for the future', {
      dueAt: 'Must be in the future',
    });
  }
  const { row, events } = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, accountId, conversationId);
    refuseMerged(conversation);
    const created = await insertFollowUp(tx, {
      accountId,
      conversationId,
      ownerId: caller.user.id,
      createdBy: caller.user.id,
      dueAt,
      mode: input.mode,
      body: input.body,
      status: 'scheduled',
      createdAt: now,
    });
    const event = followUpEvent(created, 'follow_up.scheduled', { type: 'user', id: caller.user.id }, now);
    return { row: created, events: await appendEvents(tx, [event]) };
  });
  await publishChanges(ctx, accountId, conversationId, events);
  return toFollowUp(row, await findPeopleNames(ctx.database.db, accountId, [row.ownerId]));
}

export async function cancelFollowUp(ctx: AppContext, caller: AuthContext, id: string): Promise<FollowUp> {
  const { accountId } = caller;
  const now = ctx.clock();
  const { row, events } = await ctx.database.db.transaction(async (tx) => {
    const current = await lockFollowUp(tx, accountId, id);
    if (!current) throw notFound('Follow-up');
    requireMayChange(caller, current, 'cancel this follow-up');
    if (current.status !== 'scheduled') throw new AppError('conflict', `This follow-up is already ${current.status}`);
    const updated = await updateFollowUpRow(tx, accountId, id, { status: 'cancelled', doneAt: now });
    const event = followUpEvent(updated, 'follow_up.cancelled', { type: 'user', id: caller.user.id }, now);
    return { row: updated, events: await appendEvents(tx, [event]) };
  });
  await publishChanges(ctx, accountId, row.conversationId, events);
  return toFollowUp(row, await findPeopleNames(ctx.database.db, accountId, [row.ownerId]));
}
