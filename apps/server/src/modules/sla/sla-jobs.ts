import type { SlaCheckJob, SlaEventData, SlaRecomputeJob } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { publishChanges } from '../conversations/conversation-writes';
import { appendEvents } from '../conversations/event-log';
import { applySla } from './apply-sla';
import { DUE_COLUMN, evaluateConversationSla, lockConversationIfAny } from './conversation-sla';
import { hasSlaEvent, listUnresolvedConversationIds } from './sla-policies.repository';

export async function registerSlaJobs(ctx: AppContext): Promise<void> {
  await ctx.jobs.work('sla.check', (job) => checkSla(ctx, job));
  await ctx.jobs.work('sla.recompute', async (job) => {
    await recomputeSla(ctx, job);
  });
}

/**
 * The job at a warning or due time. It re-evaluates the conversation and appends 'sla.warning' or
 * 'sla.breached' — once per cycle and target, however often it runs — then pushes the event. A job
 * for another cycle or for a due time that has moved since does nothing: the move scheduled its own.
 */
export async function checkSla(ctx: AppContext, job: SlaCheckJob): Promise<void> {
  const now = ctx.clock();
  const at = new Date(job.at);
  // Another machine's clock ran ahead of ours: come back at the time.
  if (now < at) {
    await ctx.jobs.send('sla.check', job, { startAfter: at });
    return;
  }
  const { accountId, conversationId, cycle, target } = job;
  const events = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversationIfAny(tx, accountId, conversationId);
    if (!conversation || conversation.cycle !== cycle) return [];
    const { policyId, status, columns } = await evaluateConversationSla(tx, conversation, now);
    const dueAt = columns[DUE_COLUMN[target]];
    const state = status?.[target]?.state;
    if (!policyId || !state || dueAt?.getTime() !== Date.parse(job.dueAt)) return [];
    const type =
      job.kind === 'breach'
        ? state === 'breached' || state === 'met_late'
          ? 'sla.breached'
          : null
        : state === 'warning'
          ? 'sla.warning'
          : null;
    if (!type || (await hasSlaEvent(tx, accountId, conversationId, type, cycle, target))) return [];
    const data: SlaEventData = { cycle, target, policyId, dueAt: dueAt.toISOString() };
    return appendEvents(tx, [
      { accountId, conversationId, type, actorType: 'system', actorId: null, data, occurredAt: now },
    ]);
  });
  await publishChanges(ctx, accountId, conversationId, events);
}

const RECOMPUTE_BATCH = 200;

/** Re-applies the SLA of every unresolved conversation on the policy or in the team; returns how many. */
export async function recomputeSla(ctx: AppContext, job: SlaRecomputeJob): Promise<number> {
  const scope = { policyId: job.policyId, teamId: job.teamId };
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const ids = await listUnresolvedConversationIds(ctx.database.db, job.accountId, scope, after, RECOMPUTE_BATCH);
    for (const id of ids) await applySla(ctx, job.accountId, id);
    count += ids.length;
    after = ids.at(-1) ?? null;
    if (ids.length < RECOMPUTE_BATCH) return count;
  }
}

/**
 * After a policy's hours or targets change, or a team's policy does: the affected conversations'
 * due times follow in a durable job rather than inside the request.
 */
export async function requestSlaRecompute(ctx: AppContext, job: SlaRecomputeJob): Promise<void> {
  await ctx.jobs.send('sla.recompute', job);
}
