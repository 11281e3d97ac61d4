import { eq } from 'drizzle-orm';
import { accounts, type Tx } from '@sincere/db';
import type { ConversationEvent } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { appendEvents, type NewConversationEvent } from '../conversations/event-log';
import { publishManyChanges } from '../conversations/conversation-writes';
import { addMessage } from '../conversations/add-message';
import { findUserById } from '../users/users.repository';
import type { NotificationRow } from '../notifications/notifications.repository';
import { followUpEvent } from './follow-ups';
import { notifyAbout, pushNotifications } from './promise-notifications';
import { breakPromise, remind } from './promise-transitions';
import {
  claimFollowUpsDue,
  claimPromisesPastDue,
  claimRemindersDue,
  findEscalationPeople,
  updateFollowUpRow,
  updatePromiseRow,
  type FollowUpRow,
} from './promises.repository';

/** Rows handled per transaction: a backlog (after downtime) is worked off in short transactions. */
const BATCH = 50;

export interface SweepResult {
  reminded: number;
  broken: number;
  followUps: number;
}

/**
 * What time brings, across all accounts, by the injected clock: reminders to owners before promises fall due,
 * promises that passed their due time broken (their owner and the team's leads told), follow-ups sent or
 * reminded. Each row is claimed with SKIP LOCKED, changed, notified and logged in one transaction, so several
 * processes can sweep at once and a crash leaves nothing half-done.
 */
export async function sweepPromises(ctx: AppContext): Promise<SweepResult> {
  const reminded = await sweepInBatches(ctx, async (tx, now) => {
    const rows = await claimRemindersDue(tx, now, BATCH);
    const events: NewConversationEvent[] = [];
    const notified: NotificationRow[] = [];
    for (const row of rows) {
      const { changes, event } = remind(row, now);
      await updatePromiseRow(tx, row.accountId, row.id, changes);
      events.push(event);
      notified.push(...(await notifyAbout(tx, 'promise_due_soon', thingOf(row), [row.ownerId], now)));
    }
    return { count: rows.length, events, notified };
  });
  const broken = await sweepInBatches(ctx, async (tx, now) => {
    const rows = await claimPromisesPastDue(tx, now, BATCH);
    const events: NewConversationEvent[] = [];
    const notified: NotificationRow[] = [];
    for (const row of rows) {
      const { changes, event } = breakPromise(row, now);
      await updatePromiseRow(tx, row.accountId, row.id, changes);
      events.push(event);
      const leads = await findEscalationPeople(tx, row.accountId, row.conversationId);
      notified.push(...(await notifyAbout(tx, 'promise_broken', thingOf(row), [row.ownerId, ...leads], now)));
    }
    return { count: rows.length, events, notified };
  });
  const toSend: FollowUpRow[] = [];
  const reminders = await sweepInBatches(ctx, async (tx, now) => {
    const rows = await claimFollowUpsDue(tx, now, BATCH);
    const events: NewConversationEvent[] = [];
    const notified: NotificationRow[] = [];
    for (const row of rows) {
      // Sending adds a message in its own transaction: done below, kept exactly-once by the message's client id.
      if (row.mode === 'send') {
        toSend.push(row);
        continue;
      }
      await updateFollowUpRow(tx, row.accountId, row.id, { status: 'reminded', doneAt: now });
      events.push(followUpEvent(row, 'follow_up.reminded', { type: 'system' }, now));
      const thing = { ...row, promiseId: null, what: row.body };
      notified.push(...(await notifyAbout(tx, 'follow_up_due', thing, [row.ownerId], now)));
    }
    // Only the reminders count towards another round: follow-ups to send are still 'scheduled' until sent.
    return { count: rows.length - toSend.length, events, notified, more: rows.length === BATCH };
  });
  let sent = 0;
  for (const row of toSend) if (await sendFollowUp(ctx, row)) sent += 1;
  return { reminded, broken, followUps: reminders + sent };
}

function thingOf(row: { accountId: string; conversationId: string; id: string; what: string; dueAt: Date }) {
  return {
    accountId: row.accountId,
    conversationId: row.conversationId,
    promiseId: row.id,
    what: row.what,
    dueAt: row.dueAt,
  };
}

interface Batch {
  count: number;
  events: NewConversationEvent[];
  notified: NotificationRow[];
  /** Whether another round may find more; by default, when the batch was full. */
  more?: boolean;
}

async function sweepInBatches(ctx: AppContext, claim: (tx: Tx, now: Date) => Promise<Batch>): Promise<number> {
  let total = 0;
  for (;;) {
    const now = ctx.clock();
    const { count, events, appended, notified, more } = await ctx.database.db.transaction(async (tx) => {
      const batch = await claim(tx, now);
      return { ...batch, appended: await appendEvents(tx, batch.events), more: batch.more ?? batch.count === BATCH };
    });
    const accountOf = new Map(events.map((event) => [event.conversationId, event.accountId]));
    await publishByAccount(ctx, accountOf, appended);
    pushNotifications(ctx, notified);
    total += count;
    if (!more || count === 0) return total;
  }
}

async function publishByAccount(
  ctx: AppContext,
  accountOf: ReadonlyMap<string, string>,
  events: readonly ConversationEvent[],
): Promise<void> {
  const byAccount = new Map<string, Map<string, ConversationEvent[]>>();
  for (const event of events) {
    const accountId = accountOf.get(event.conversationId);
    if (!accountId) continue;
    const conversations = byAccount.get(accountId) ?? new Map<string, ConversationEvent[]>();
    conversations.set(event.conversationId, [...(conversations.get(event.conversationId) ?? []), event]);
    byAccount.set(accountId, conversations);
  }
  for (const [accountId, conversations] of byAccount) {
    await publishManyChanges(
      ctx,
      accountId,
      [...conversations].map(([conversationId, list]) => ({ conversationId, events: list, messages: [] })),
    );
  }
}

/**
 * Sends a follow-up in its owner's name through the conversation's channel. The message's client id is the
 * follow-up's, so a sweep that crashed after sending (or two sweeps at once) never sends it twice.
 */
async function sendFollowUp(ctx: AppContext, row: FollowUpRow): Promise<boolean> {
  const { db } = ctx.database;
  const owner = await findUserById(db, row.accountId, row.ownerId);
  const [account] = await db.select().from(accounts).where(eq(accounts.id, row.accountId));
  let messageId: string | null = null;
  let failure: string | null = null;
  if (!owner || !account || owner.status !== 'active') {
    failure = 'The owner can no longer send messages';
  } else {
    try {
      const caller = { accountId: row.accountId, user: owner, account, via: 'session' as const, session: null };
      const { message } = await addMessage(ctx, caller, row.conversationId, {
        direction: 'outbound',
        body: row.body,
        format: 'plain',
        clientMessageId: `follow-up:${row.id}`,
        attachmentIds: [],
      });
      messageId = message.id;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  }
  const now = ctx.clock();
  const { events, notified } = await db.transaction(async (tx) => {
    const updated = await updateFollowUpRow(tx, row.accountId, row.id, {
      status: messageId ? 'sent' : 'failed',
      messageId,
      failure,
      doneAt: now,
    });
    const event = messageId
      ? followUpEvent(updated, 'follow_up.sent', { type: 'system' }, now, { messageId })
      : followUpEvent(updated, 'follow_up.reminded', { type: 'system' }, now, { failure });
    // A follow-up that could not go out still reaches its owner, as a reminder to write it themselves.
    const thing = { ...row, promiseId: null, what: row.body };
    const people = messageId ? [] : [row.ownerId];
    return {
      events: await appendEvents(tx, [event]),
      notified: await notifyAbout(tx, 'follow_up_due', thing, people, now),
    };
  });
  await publishByAccount(ctx, new Map([[row.conversationId, row.accountId]]), events);
  pushNotifications(ctx, notified);
  return messageId !== null;
}
