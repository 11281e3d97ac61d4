import { and, eq } from 'drizzle-orm';
import { conversations, teams } from '@sincere/db';
import type { UpdateConversationRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { refuseMerged } from './merged-conversations';
import { appendEvents, type NewConversationEvent } from './event-log';
import { lockConversation, publishChanges } from './conversation-writes';
import { settleOpenPromisesOnResolve } from '../promises/resolve-open-promises';

/**
 * Status, snooze, priority, tags and team. Each change is one event in the log.
 * Resolved → open starts a new cycle; snoozing schedules a durable job that
 * reopens the conversation at its time.
 */
export async function updateConversation(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  input: UpdateConversationRequest,
): Promise<void> {
  const { accountId } = caller;
  const now = ctx.clock();
  const snoozedUntil = input.snoozedUntil ? new Date(input.snoozedUntil) : null;
  if (snoozedUntil && snoozedUntil <= now) {
    throw new AppError('validation_failed', 'Snooze until a time in the future', {
      snoozedUntil: 'Must be in the future',
    });
  }
  const events = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, accountId, conversationId);
    // A merged conversation is resolved for good: reopening or reassigning it would split the customer's story.
    refuseMerged(conversation);
    const byUser = { accountId, conversationId, actorType: 'user' as const, actorId: caller.user.id, occurredAt: now };
    const pending: NewConversationEvent[] = [];
    const changes: Partial<typeof conversations.$inferInsert> = {};

    if (input.status && (input.status !== conversation.status || input.status === 'snoozed')) {
      if (input.status === 'resolved') {
        const settled = await settleOpenPromisesOnResolve(
          tx,
          { accountId, conversationId, userId: caller.user.id, at: now },
          input.openPromises,
          input.openPromisesReason,
        );
        pending.push(...settled);
      }
      changes.status = input.status;
      changes.snoozedUntil = snoozedUntil;
      if (conversation.status === 'resolved' && input.status !== 'resolved') {
        changes.cycle = conversation.cycle + 1;
        pending.push({ ...byUser, type: 'conversation.reopened', data: { cycle: conversation.cycle + 1 } });
      }
      pending.push({
        ...byUser,
        type: 'conversation.status_changed',
        data: {
          from: conversation.status,
          to: input.status,
          ...(snoozedUntil ? { snoozedUntil: snoozedUntil.toISOString() } : {}),
        },
      });
    }
    if (input.priority && input.priority !== conversation.priority) {
      changes.priority = input.priority;
      pending.push({
        ...byUser,
        type: 'conversation.priority_changed',
        data: { from: conversation.priority, to: input.priority },
      });
    }
    if (input.tags) {
      const next = [...new Set(input.tags)];
      const added = next.filter((tag) => !conversation.tags.includes(tag));
      const removed = conversation.tags.filter((tag) => !next.includes(tag));
      if (added.length > 0 || removed.length > 0) {
        changes.tags = next;
        pending.push({ ...byUser, type: 'conversation.tags_changed', data: { added, removed } });
      }
    }
    if (input.teamId !== undefined && input.teamId !== conversation.teamId) {
      if (input.teamId) {
        const [team] = await tx
          .select({ id: teams.id })
          .from(teams)
          .where(and(eq(teams.accountId, accountId), eq(teams.id, input.teamId)));
        if (!team) throw new AppError('validation_failed', 'No such team', { teamId: 'No team with this id' });
      }
      changes.teamId = input.teamId;
      pending.push({
        ...byUser,
        type: 'conversation.team_changed',
        data: { from: conversation.teamId, to: input.teamId },
      });
    }
    if (pending.length === 0) return [];
    await tx
      .update(conversations)
      .set({ ...changes, updatedAt: now })
      .where(eq(conversations.id, conversationId));
    return appendEvents(tx, pending);
  });
  if (snoozedUntil && events.length > 0) {
    await ctx.jobs.send(
      'conversations.wake-snoozed',
      { accountId, conversationId, snoozedUntil: snoozedUntil.toISOString() },
      { startAfter: snoozedUntil },
    );
  }
  await publishChanges(ctx, accountId, conversationId, events);
}

/** The job behind a snooze: reopens only if the conversation is still snoozed until that very time. */
export async function wakeSnoozed(
  ctx: AppContext,
  job: { accountId: string; conversationId: string; snoozedUntil: string },
) {
  const { accountId, conversationId } = job;
  const now = ctx.clock();
  const events = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversation(tx, accountId, conversationId).catch(() => null);
    const due = new Date(job.snoozedUntil);
    if (
      !conversation ||
      conversation.status !== 'snoozed' ||
      conversation.snoozedUntil?.getTime() !== due.getTime() ||
      due > now
    ) {
      return [];
    }
    await tx
      .update(conversations)
      .set({ status: 'open', snoozedUntil: null, updatedAt: now })
      .where(eq(conversations.id, conversationId));
    return appendEvents(tx, [
      {
        accountId,
        conversationId,
        actorType: 'system',
        actorId: null,
        type: 'conversation.status_changed',
        data: { from: 'snoozed', to: 'open', reason: 'snooze_ended' },
        occurredAt: now,
      },
    ]);
  });
  await publishChanges(ctx, accountId, conversationId, events);
}
