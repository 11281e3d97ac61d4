import type { AgentPromise, NewPromiseRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { appendEvents } from '../conversations/event-log';
import { lockConversation, publishChanges } from '../conversations/conversation-writes';
import { refuseMerged } from '../conversations/merged-conversations';
import { peopleOfPromise, promiseEventData, toAgentPromise } from './promise.mapper';
import { reminderTime, requireMessageOfConversation, requireOwner } from './promise-people';
import { findPeopleNames, findPromiseOfMessage, insertPromise } from './promises.repository';

/**
 * The agent confirms a promise (usually one Sincere proposed for their reply). It is the caller's unless they
 * name another owner; without a due time it falls due after the account's default follow-up delay. Confirming
 * the same words of the same reply twice tracks one promise.
 */
export async function makePromise(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  input: NewPromiseRequest,
): Promise<{ promise: AgentPromise; created: boolean }> {
  const { accountId, account } = caller;
  const now = ctx.clock();
  const dueAt = input.dueAt
    ? new Date(input.dueAt)
    : new Date(now.getTime() + account.promiseDefaultDelayMinutes * 60_000);
  if (dueAt <= now) {
    throw new AppError('validation_failed', 'A promise falls due in the future', { dueAt: 'Must be in the future' });
  }
  const ownerId = input.ownerId ?? caller.user.id;
  const { row, created, events } = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, accountId, conversationId);
    refuseMerged(conversation);
    await requireOwner(tx, accountId, ownerId);
    if (input.messageId) {
      await requireMessageOfConversation(tx, accountId, conversationId, input.messageId);
      const existing = await findPromiseOfMessage(tx, accountId, input.messageId, input.what);
      if (existing) return { row: existing, created: false, events: [] };
    }
    const made = await insertPromise(tx, {
      accountId,
      conversationId,
      messageId: input.messageId ?? null,
      ownerId,
      createdBy: caller.user.id,
      what: input.what,
      dueAt,
      timeText: input.dueAt ? (input.timeText ?? null) : null,
      remindAt: reminderTime(ctx, account, dueAt),
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    const appended = await appendEvents(tx, [
      {
        accountId,
        conversationId,
        type: 'promise.made',
        actorType: 'user',
        actorId: caller.user.id,
        data: { ...promiseEventData(made), messageId: made.messageId, timeText: made.timeText },
        occurredAt: now,
      },
    ]);
    return { row: made, created: true, events: appended };
  });
  if (created) await publishChanges(ctx, accountId, conversationId, events);
  const names = await findPeopleNames(ctx.database.db, accountId, peopleOfPromise(row));
  return { promise: toAgentPromise(row, names), created };
}
