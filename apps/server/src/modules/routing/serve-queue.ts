import { and, eq } from 'drizzle-orm';
import { conversations, type Tx } from '@sincere/db';
import type { ConversationEvent } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { appendEvents } from '../conversations/event-log';
import { CONVERSATION_WRITERS, lockConversation, publishChanges } from '../conversations/conversation-writes';
import { chooseAgent } from './choose-agent';
import {
  findAutoTeamsOfUser,
  findQueueHead,
  hasWaitingQueue,
  loadsOf,
  lockMembersForRouting,
  lockTeamForRouting,
  recordLastAssigned,
} from './routing.repository';

type Step =
  { kind: 'assigned'; conversationId: string; events: ConversationEvent[] } | { kind: 'stale' } | { kind: 'done' };

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction may simply be tried again. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Gives the team's waiting conversations, longest-waiting first, to online
 * members with a free slot until the queue is empty or everyone is full.
 * Each assignment is its own short transaction holding the team row, so
 * processes serving the same team take turns. Returns how many were assigned.
 */
export async function serveTeamQueue(ctx: AppContext, accountId: string, teamId: string): Promise<number> {
  let assigned = 0;
  let retries = 0;
  for (;;) {
    if (!(await hasWaitingQueue(ctx.database.db, accountId, teamId))) return assigned;
    let step: Step;
    try {
      step = await ctx.database.db.transaction((tx) => assignNext(ctx, tx, accountId, teamId));
    } catch (error) {
      if (!isRetryable(error) || ++retries > 3) throw error;
      continue;
    }
    if (step.kind === 'done') return assigned;
    if (step.kind === 'assigned') {
      assigned += 1;
      await publishChanges(ctx, accountId, step.conversationId, step.events);
    }
  }
}

/** A slot of this agent freed, or they came online: each of their automatic teams serves its queue. */
export async function serveTeamsOfUser(ctx: AppContext, accountId: string, userId: string): Promise<number> {
  let assigned = 0;
  for (const teamId of await findAutoTeamsOfUser(ctx.database.db, accountId, userId)) {
    assigned += await serveTeamQueue(ctx, accountId, teamId);
  }
  return assigned;
}

async function assignNext(ctx: AppContext, tx: Tx, accountId: string, teamId: string): Promise<Step> {
  const team = await lockTeamForRouting(tx, accountId, teamId);
  if (!team || team.assignment === 'manual') return { kind: 'done' };
  const members = await lockMembersForRouting(tx, accountId, teamId);
  const available = members.filter(
    (member) =>
      member.presence === 'online' && member.status === 'active' && CONVERSATION_WRITERS.includes(member.role),
  );
  const availableIds = available.map((member) => member.userId);
  const loads = await loadsOf(tx, accountId, availableIds);
  const candidates = available.map((member) => ({
    userId: member.userId,
    capacity: member.capacity,
    ...(loads.get(member.userId) ?? { open: 0, load: 0 }),
  }));
  const memberIds = members.map((member) => member.userId);
  const chosen = chooseAgent(team.assignment, memberIds, team.lastAssignedUserId, candidates);
  if (!chosen) return { kind: 'done' };

  const headId = await findQueueHead(tx, accountId, teamId);
  if (!headId) return { kind: 'done' };
  // The head may have changed between reading and locking it: a manual owner always wins.
  const head = await lockConversation(tx, accountId, headId);
  if (head.status !== 'open' || head.assigneeId !== null || head.teamId !== teamId) return { kind: 'stale' };

  const now = ctx.clock();
  await tx
    .update(conversations)
    .set({ assigneeId: chosen, updatedAt: now })
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, headId)));
  await recordLastAssigned(tx, accountId, teamId, chosen);
  const events = await appendEvents(tx, [
    {
      accountId,
      conversationId: headId,
      type: 'conversation.assigned',
      actorType: 'system',
      actorId: null,
      data: { from: null, to: chosen, reason: 'auto', teamId },
      occurredAt: now,
    },
  ]);
  return { kind: 'assigned', conversationId: headId, events };
}
