import { and, eq, inArray, sql } from 'drizzle-orm';
import { conversationCounts, conversations, teamMembers, type Db } from '@sincere/db';
import type { BuiltInView, ConversationEvent, ConversationStatus } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ConversationChange, ConversationListeners } from '../conversations/conversation-listeners';
import { BUILT_IN_VIEW_FILTERS } from './built-in-views';
import { countFromCounters } from './view-conversations.repository';

/** Events that move a conversation between counter rows (status, owner, team); others leave every count as it was. */
const COUNTED_EVENTS = new Set<string>([
  'conversation.created',
  'conversation.assigned',
  'conversation.unassigned',
  'conversation.status_changed',
  'conversation.reopened',
  'conversation.team_changed',
]);

const registered = new WeakSet<ConversationListeners>();

/** Keeps the built-in view counters in agents' browsers current. Registering twice for one context does nothing. */
export function registerViews(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on('views', (change) => pushViewCounts(ctx, change));
}

/**
 * Pushes `views.changed` after a change that moved counts. `all` and `unassigned` are the
 * same for everyone: one delta to the whole account. `mine` and `my_team` differ per
 * person, so each goes only to those whose number may have moved — the old and new
 * owner, and the members of the old and new team — with their own number. Recomputing
 * per connected user would cost a query per socket; sending raw counter rows would push
 * the views' rules into every client. Every number is a sum of conversation_counts rows
 * (a few per person), never a count of conversations. Concurrent changes may push in
 * either order; GET /api/v1/views gives the settled numbers.
 */
export async function pushViewCounts(ctx: AppContext, change: ConversationChange): Promise<void> {
  const counted = change.events.filter((event) => COUNTED_EVENTS.has(event.type));
  if (counted.length === 0) return;
  const { db } = ctx.database;
  const { accountId } = change;
  const [now] = await db
    .select({ assigneeId: conversations.assigneeId, teamId: conversations.teamId })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, change.conversationId)));
  const owners = touched(counted, ['conversation.assigned', 'conversation.unassigned'], now?.assigneeId);
  const teams = touched(counted, ['conversation.team_changed'], now?.teamId);

  // Neither of these names 'me' or 'mine': no person is needed.
  const scope = { accountId, userId: '', now: ctx.clock() };
  const [all, unassigned] = await countFromCounters(db, scope, [
    BUILT_IN_VIEW_FILTERS.all,
    BUILT_IN_VIEW_FILTERS.unassigned,
  ]);
  ctx.realtime.publish(accountId, { type: 'views.changed', counts: { all: all ?? 0, unassigned: unassigned ?? 0 } });

  const perPerson = new Map<string, Partial<Record<BuiltInView, number>>>();
  for (const [userId, n] of await mineOf(db, accountId, owners)) perPerson.set(userId, { mine: n });
  for (const [userId, n] of await myTeamOf(db, accountId, teams))
    perPerson.set(userId, { ...perPerson.get(userId), my_team: n });
  for (const [userId, counts] of perPerson) {
    ctx.realtime.publish(accountId, { type: 'views.changed', counts }, { userIds: [userId] });
  }
}

/** The ids an event's `from`/`to` name, plus the conversation's value now. */
function touched(events: ConversationEvent[], types: string[], current: string | null | undefined): string[] {
  const ids = new Set<string>(current ? [current] : []);
  for (const event of events) {
    if (!types.includes(event.type)) continue;
    for (const value of [event.data['from'], event.data['to']]) if (typeof value === 'string') ids.add(value);
  }
  return [...ids];
}

const statusesOf = (view: BuiltInView): ConversationStatus[] => BUILT_IN_VIEW_FILTERS[view].status ?? [];

/** 'mine' for each of these people: their own counter rows. */
async function mineOf(db: Db, accountId: string, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: conversationCounts.assigneeKey, n: sql<number>`coalesce(sum(${conversationCounts.n}), 0)::int` })
    .from(conversationCounts)
    .where(
      and(
        eq(conversationCounts.accountId, accountId),
        inArray(conversationCounts.status, statusesOf('mine')),
        inArray(conversationCounts.assigneeKey, userIds),
      ),
    )
    .groupBy(conversationCounts.assigneeKey);
  // Someone who just lost their last conversation has no rows left with n > 0: they get a 0.
  return new Map(userIds.map((id) => [id, Number(rows.find((row) => row.userId === id)?.n ?? 0)]));
}

/** 'my_team' for every member of these teams: the counter rows of all of each member's teams. */
async function myTeamOf(db: Db, accountId: string, teamIds: string[]): Promise<Map<string, number>> {
  if (teamIds.length === 0) return new Map();
  const members = db
    .selectDistinct({ userId: teamMembers.userId })
    .from(teamMembers)
    .where(and(eq(teamMembers.accountId, accountId), inArray(teamMembers.teamId, teamIds)));
  const rows = await db
    .select({ userId: teamMembers.userId, n: sql<number>`coalesce(sum(${conversationCounts.n}), 0)::int` })
    .from(teamMembers)
    .leftJoin(
      conversationCounts,
      and(
        eq(conversationCounts.accountId, teamMembers.accountId),
        eq(conversationCounts.teamKey, teamMembers.teamId),
        inArray(conversationCounts.status, statusesOf('my_team')),
      ),
    )
    .where(and(eq(teamMembers.accountId, accountId), inArray(teamMembers.userId, members)))
    .groupBy(teamMembers.userId);
  return new Map(rows.map((row) => [row.userId, Number(row.n)]));
}
