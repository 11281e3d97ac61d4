import { and, eq } from 'drizzle-orm';
import { conversations } from '@sincere/db';
import { SlaTargetKind, type SlaCheckJob } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ConversationRow } from '../conversations/conversation-writes';
import { findConversationSummary } from '../conversations/conversation-summary';
import {
  DUE_COLUMN,
  evaluateConversationSla,
  lockConversationIfAny,
  sameInstant,
  warningDueAt,
  type SlaEvaluation,
} from './conversation-sla';
import { SLA_RELEVANT_EVENTS } from './sla-cycle';
import { listConversationsWithCycleStarted } from './sla-policies.repository';
import type { ConversationChange } from '../conversations/conversation-listeners';

const registered = new WeakSet<AppContext>();

/** The 'sla' conversation listener: keeps the SLA columns current after every change that can move a clock. */
export function registerSlaListener(ctx: AppContext): void {
  // Registering twice (by the runtime and by a test) must still react once.
  if (registered.has(ctx)) return;
  registered.add(ctx);
  ctx.conversationListeners.on(
    'sla',
    (change) => applySlaAfter(ctx, [change]),
    (changes) => applySlaAfter(ctx, changes),
  );
}

/**
 * The clocks start at a cycle's first customer message, so a change made only of further customer messages in a
 * cycle that has started moves nothing: those are skipped after one look-up for the whole batch. Should the
 * column still be null (the reaction to the change that started the cycle has not run yet), the conversation is
 * recomputed in full; and a reaction still to come reads the whole log, these messages included.
 */
async function applySlaAfter(ctx: AppContext, changes: ConversationChange[]): Promise<void> {
  const relevant = changes.filter((change) => change.events.some((event) => SLA_RELEVANT_EVENTS.has(event.type)));
  const furtherMessages = relevant.filter((change) => change.events.every((event) => event.type === 'message.inbound'));
  // What the writer read under the conversation's lock needs no second look.
  const known = furtherMessages.filter((change) => change.cycleStarted === true);
  const started = await listConversationsWithCycleStarted(
    ctx.database.db,
    furtherMessages.filter((change) => change.cycleStarted !== true),
  );
  for (const change of known) started.add(change.conversationId);
  for (const { accountId, conversationId } of relevant) {
    if (!started.has(conversationId)) await applySla(ctx, accountId, conversationId);
  }
}

/**
 * Recomputes the conversation's SLA columns (cycle start, first reply, policy, due times) from
 * the log and its team's policy. When a due time moves, schedules the jobs that log its warning
 * and its breach, and pushes the list row. Running it again changes nothing.
 */
export async function applySla(ctx: AppContext, accountId: string, conversationId: string): Promise<void> {
  const now = ctx.clock();
  const checks = await ctx.database.db.transaction(async (tx) => {
    const conversation = await lockConversationIfAny(tx, accountId, conversationId);
    if (!conversation) return null;
    const evaluation = await evaluateConversationSla(tx, conversation, now);
    const { columns } = evaluation;
    const unchanged =
      columns.slaPolicyId === conversation.slaPolicyId &&
      sameInstant(columns.cycleStartedAt, conversation.cycleStartedAt) &&
      sameInstant(columns.firstReplyAt, conversation.firstReplyAt) &&
      sameInstant(columns.firstResponseDueAt, conversation.firstResponseDueAt) &&
      sameInstant(columns.resolutionDueAt, conversation.resolutionDueAt);
    if (unchanged) return null;
    await tx
      .update(conversations)
      .set(columns)
      .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
    return checksFor(conversation, evaluation, now);
  });
  if (!checks) return;
  for (const check of checks) await ctx.jobs.send('sla.check', check, { startAfter: new Date(check.at) });
  const summary = await findConversationSummary(ctx.database.db, accountId, conversationId, ctx.clock());
  if (summary) ctx.realtime.publish(accountId, { type: 'conversation.updated', conversation: summary });
}

/** The jobs for due times that moved: at the first instant of the warning and of the breach. */
function checksFor(before: ConversationRow, evaluation: SlaEvaluation, now: Date): SlaCheckJob[] {
  const { policy, cycle, status, columns } = evaluation;
  if (!policy || !cycle || !status) return [];
  const checks: SlaCheckJob[] = [];
  for (const target of SlaTargetKind.options) {
    const dueAt = columns[DUE_COLUMN[target]];
    const state = status[target]?.state;
    if (!dueAt || !state || sameInstant(dueAt, before[DUE_COLUMN[target]])) continue;
    const job = { accountId: before.accountId, conversationId: before.id, cycle: before.cycle, target };
    // A target met late was breached all the same: its breach is logged too.
    if (state !== 'met') {
      checks.push({
        ...job,
        kind: 'breach',
        dueAt: dueAt.toISOString(),
        at: new Date(dueAt.getTime() + 1).toISOString(),
      });
    }
    const warnAt =
      state === 'ok' || state === 'warning' ? warningDueAt(policy, before.priority, cycle, target, now) : null;
    if (warnAt) {
      checks.push({
        ...job,
        kind: 'warning',
        dueAt: dueAt.toISOString(),
        at: new Date(warnAt.getTime() + 1).toISOString(),
      });
    }
  }
  return checks;
}
