import { and, asc, eq, gt, gte, inArray, isNotNull, lt, max, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { conversationEvents, conversations, slaPolicies, teams, type Db, type Tx } from '@sincere/db';
import type { ConversationEventType, SlaTargetKind } from '@sincere/contracts';
import type { CycleEvent } from './sla-cycle';
import type { SlaPolicyRow } from './sla-policy.mapper';

type Reader = Db | Tx;

export async function listSlaPoliciesOfAccount(db: Reader, accountId: string): Promise<SlaPolicyRow[]> {
  return db
    .select()
    .from(slaPolicies)
    .where(eq(slaPolicies.accountId, accountId))
    .orderBy(asc(slaPolicies.name), asc(slaPolicies.id));
}

export async function findSlaPolicyById(db: Reader, accountId: string, id: string): Promise<SlaPolicyRow | null> {
  const [row] = await db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.accountId, accountId), eq(slaPolicies.id, id)));
  return row ?? null;
}

/** The row, locked until the transaction ends, so two changes to one policy queue up. */
export async function lockSlaPolicy(tx: Tx, accountId: string, id: string): Promise<SlaPolicyRow | null> {
  const [row] = await tx
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.accountId, accountId), eq(slaPolicies.id, id)))
    .for('update');
  return row ?? null;
}

export async function findSlaPoliciesByIds(db: Reader, accountId: string, ids: string[]): Promise<SlaPolicyRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.accountId, accountId), inArray(slaPolicies.id, ids)));
}

export async function insertSlaPolicy(tx: Tx, values: typeof slaPolicies.$inferInsert): Promise<SlaPolicyRow> {
  const [row] = await tx.insert(slaPolicies).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateSlaPolicyRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Pick<SlaPolicyRow, 'name' | 'businessHours' | 'targets'>>,
): Promise<SlaPolicyRow> {
  const [row] = await tx
    .update(slaPolicies)
    .set(changes)
    .where(and(eq(slaPolicies.accountId, accountId), eq(slaPolicies.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function deleteSlaPolicyRow(tx: Tx, accountId: string, id: string): Promise<void> {
  await tx.delete(slaPolicies).where(and(eq(slaPolicies.accountId, accountId), eq(slaPolicies.id, id)));
}

/** Policy id → the teams that use it, by name. */
export async function listTeamsUsingPolicies(
  db: Reader,
  accountId: string,
  policyIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const used = new Map<string, { id: string; name: string }[]>();
  if (policyIds.length === 0) return used;
  const rows = await db
    .select({ id: teams.id, name: teams.name, policyId: teams.slaPolicyId })
    .from(teams)
    .where(and(eq(teams.accountId, accountId), inArray(teams.slaPolicyId, policyIds)))
    .orderBy(asc(teams.name));
  for (const { id, name, policyId } of rows) {
    if (policyId) used.set(policyId, [...(used.get(policyId) ?? []), { id, name }]);
  }
  return used;
}

export async function findPolicyIdOfTeam(db: Reader, accountId: string, teamId: string): Promise<string | null> {
  const [row] = await db
    .select({ policyId: teams.slaPolicyId })
    .from(teams)
    .where(and(eq(teams.accountId, accountId), eq(teams.id, teamId)));
  return row?.policyId ?? null;
}

/** Which of these changes' conversations have a current cycle with its clocks started (one query per account). */
export async function listConversationsWithCycleStarted(
  db: Reader,
  changes: readonly { accountId: string; conversationId: string }[],
): Promise<Set<string>> {
  const started = new Set<string>();
  const byAccount = new Map<string, string[]>();
  for (const { accountId, conversationId } of changes)
    byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), conversationId]);
  for (const [accountId, ids] of byAccount) {
    const rows = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          eq(conversations.accountId, accountId),
          inArray(conversations.id, ids),
          isNotNull(conversations.cycleStartedAt),
        ),
      )
      // Waits for an SLA update under way on these rows, so that what it is about to write is what is read;
      // in id order, as writers lock several conversations, so that the two never deadlock.
      .orderBy(asc(conversations.id))
      .for('share');
    for (const row of rows) started.add(row.id);
  }
  return started;
}

/** A page of the ids of unresolved conversations on a policy or in a team, in id order after `afterId`. */
export async function listUnresolvedConversationIds(
  db: Reader,
  accountId: string,
  scope: { policyId?: string | undefined; teamId?: string | undefined },
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.accountId, accountId),
        ne(conversations.status, 'resolved'),
        scope.policyId ? eq(conversations.slaPolicyId, scope.policyId) : undefined,
        scope.teamId ? eq(conversations.teamId, scope.teamId) : undefined,
        afterId ? gt(conversations.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(conversations.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

const CLOCK_EVENT_TYPES: ConversationEventType[] = [
  'message.inbound',
  'message.outbound',
  'conversation.status_changed',
  'conversation.reopened',
];

/**
 * The events the SLA clocks are read from, in log order, from the current cycle on: the last reopening and the
 * clock event just before it (the customer message that reopened it), or the whole log when it never reopened.
 * A long-lived conversation (a Telegram chat, a returning widget visitor) costs one cycle's events, not its history.
 */
export async function listClockEventsOfConversation(
  db: Reader,
  accountId: string,
  conversationId: string,
): Promise<CycleEvent[]> {
  const ofConversation = and(
    eq(conversationEvents.accountId, accountId),
    eq(conversationEvents.conversationId, conversationId),
  );
  // The partial index conversation_events_reopened_idx (migration 0013) answers this without reading the log.
  const lastReopening = db
    .select({ seq: max(conversationEvents.seq) })
    .from(conversationEvents)
    .where(and(ofConversation, eq(conversationEvents.type, 'conversation.reopened')));
  const before = alias(conversationEvents, 'before_reopening');
  const cycleFrom = db
    .select({ seq: max(before.seq) })
    .from(before)
    .where(
      and(
        eq(before.accountId, accountId),
        eq(before.conversationId, conversationId),
        inArray(before.type, CLOCK_EVENT_TYPES),
        lt(before.seq, lastReopening),
      ),
    );
  const rows = await db
    .select({
      type: conversationEvents.type,
      actorType: conversationEvents.actorType,
      data: conversationEvents.data,
      occurredAt: conversationEvents.occurredAt,
    })
    .from(conversationEvents)
    .where(
      and(
        ofConversation,
        inArray(conversationEvents.type, CLOCK_EVENT_TYPES),
        gte(conversationEvents.seq, sql`coalesce((${cycleFrom}), 0)`),
      ),
    )
    .orderBy(asc(conversationEvents.seq));
  return rows.map((row) => ({ ...row, type: row.type as ConversationEventType }));
}

/** Whether the log already says this (an 'sla.warning' or 'sla.breached') for the cycle and target. */
export async function hasSlaEvent(
  db: Reader,
  accountId: string,
  conversationId: string,
  type: 'sla.warning' | 'sla.breached',
  cycle: number,
  target: SlaTargetKind,
): Promise<boolean> {
  const [row] = await db
    .select({ seq: conversationEvents.seq })
    .from(conversationEvents)
    .where(
      and(
        eq(conversationEvents.accountId, accountId),
        eq(conversationEvents.conversationId, conversationId),
        eq(conversationEvents.type, type),
        sql`${conversationEvents.data}->>'cycle' = ${String(cycle)}`,
        sql`${conversationEvents.data}->>'target' = ${target}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
