import type { AgentPromise, PromiseEvidence, UpdatePromiseRequest } from '@sincere/contracts';
import { and, eq } from 'drizzle-orm';
import { promises, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents } from '../conversations/event-log';
import { publishChanges } from '../conversations/conversation-writes';
import { peopleOfPromise, promiseEventData, toAgentPromise } from './promise.mapper';
import { reminderTime, requireMayChange, requireMessageOfConversation, requireOwner } from './promise-people';
import { cancel, keep, UNSETTLED, type Transition } from './promise-transitions';
import { findPeopleNames, lockPromise, updatePromiseRow, type PromiseRow } from './promises.repository';

/** Locks the promise, checks the caller may change it and that it is still unsettled, applies the change. */
async function changePromise(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  what: string,
  change: (tx: Tx, row: PromiseRow) => Promise<Transition>,
  /** Evidence (an action that did it) keeps a promise whoever brought it; decisions are the owner's or a lead's. */
  options: { anyWriter?: boolean } = {},
): Promise<AgentPromise> {
  const { accountId } = caller;
  const { row, events } = await ctx.database.db.transaction(async (tx) => {
    const current = await lockPromise(tx, accountId, id);
    if (!current) throw notFound('Promise');
    if (!options.anyWriter) requireMayChange(caller, current, what);
    if (!UNSETTLED.includes(current.status)) {
      throw new AppError('conflict', `This promise is already ${current.status}`);
    }
    const { changes, event } = await change(tx, current);
    const updated = await updatePromiseRow(tx, accountId, id, changes);
    return { row: updated, events: await appendEvents(tx, [event]) };
  });
  await publishChanges(ctx, accountId, row.conversationId, events);
  const names = await findPeopleNames(ctx.database.db, accountId, peopleOfPromise(row));
  return toAgentPromise(row, names);
}

/** What, when, whose. A new due time moves the reminder; a broken promise given a later time is open again. */
export function editPromise(ctx: AppContext, caller: AuthContext, id: string, input: UpdatePromiseRequest) {
  return changePromise(ctx, caller, id, 'edit this promise', async (tx, row) => {
    const now = ctx.clock();
    const dueAt = input.dueAt ? new Date(input.dueAt) : null;
    if (dueAt && dueAt <= now) {
      throw new AppError('validation_failed', 'A promise falls due in the future', { dueAt: 'Must be in the future' });
    }
    if (input.ownerId) await requireOwner(tx, caller.accountId, input.ownerId);
    const changes = {
      updatedAt: now,
      ...(input.what ? { what: input.what } : {}),
      ...(input.ownerId ? { ownerId: input.ownerId } : {}),
      ...(dueAt
        ? {
            dueAt,
            timeText: null,
            remindAt: reminderTime(ctx, caller.account, dueAt),
            remindedAt: null,
            status: 'open' as const,
            brokenAt: null,
          }
        : {}),
    };
    const next = { ...row, ...changes };
    return {
      changes,
      event: {
        accountId: row.accountId,
        conversationId: row.conversationId,
        type: 'promise.changed',
        actorType: 'user',
        actorId: caller.user.id,
        data: { ...promiseEventData(next), from: promiseEventData(row) },
        occurredAt: now,
      },
    };
  });
}

/** Marked kept by its owner (or a lead), optionally pointing at the reply that shows it. */
export function keepPromise(ctx: AppContext, caller: AuthContext, id: string, messageId?: string) {
  return changePromise(ctx, caller, id, 'mark this promise kept', async (tx, row) => {
    let evidence: PromiseEvidence = { kind: 'owner' };
    if (messageId) {
      const message = await requireMessageOfConversation(tx, caller.accountId, row.conversationId, messageId);
      evidence = { kind: 'message', messageId, text: message.body.slice(0, 300) };
    }
    return keep(row, { type: 'user', id: caller.user.id }, evidence, ctx.clock());
  });
}

export function cancelPromise(ctx: AppContext, caller: AuthContext, id: string, reason: string) {
  return changePromise(ctx, caller, id, 'cancel this promise', async (_tx, row) =>
    cancel(row, { type: 'user', id: caller.user.id }, reason, ctx.clock()),
  );
}

/** Before a connector action runs for a promise: the promise must be this conversation's and still unsettled. */
export async function requireUnsettledPromise(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  conversationId: string,
): Promise<void> {
  const [row] = await ctx.database.db
    .select({ conversationId: promises.conversationId, status: promises.status })
    .from(promises)
    .where(and(eq(promises.accountId, caller.accountId), eq(promises.id, id)));
  if (!row || row.conversationId !== conversationId || !UNSETTLED.includes(row.status)) {
    throw new AppError('validation_failed', 'No open promise with this id in the conversation', {
      promiseId: 'Not an open promise of this conversation',
    });
  }
}

/** A connector action that did what was promised ("extend the subscription 7 days") keeps the promise. */
export function keepPromiseByAction(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  action: { connectorId: string; action: string },
) {
  return changePromise(
    ctx,
    caller,
    id,
    'mark this promise kept',
    async (_tx, row) =>
      keep(row, { type: 'user', id: caller.user.id }, { kind: 'connector_action', ...action }, ctx.clock()),
    { anyWriter: true },
  );
}
