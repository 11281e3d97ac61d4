import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { conversations, teamMembers, teams, users, type Db, type Tx } from '@sincere/db';
import type { Presence } from '@sincere/contracts';

/*
 * Locks are FOR NO KEY UPDATE, not FOR UPDATE: writing a conversation's team_id
 * or assignee_id takes a KEY SHARE lock on the team and user rows (the foreign
 * keys), which FOR UPDATE would block — and a use case holding the conversation
 * while routing waits for that conversation would deadlock.
 */

/** The team's routing settings, locked so that one process at a time chooses for this team. */
export async function lockTeamForRouting(tx: Tx, accountId: string, teamId: string) {
  const [row] = await tx
    .select({ assignment: teams.assignment, lastAssignedUserId: teams.lastAssignedUserId })
    .from(teams)
    .where(and(eq(teams.accountId, accountId), eq(teams.id, teamId)))
    .for('no key update');
  return row ?? null;
}

export interface MemberForRouting {
  userId: string;
  presence: Presence;
  capacity: number;
  status: typeof users.$inferSelect.status;
  role: typeof users.$inferSelect.role;
  joinedAt: Date;
}

/**
 * The team's members, their user rows locked in id order: an agent can be in
 * several teams, and two teams choosing at once must not both fill their last
 * slot. Returned in the order they joined the team.
 */
export async function lockMembersForRouting(tx: Tx, accountId: string, teamId: string): Promise<MemberForRouting[]> {
  const rows = await tx
    .select({
      userId: users.id,
      presence: users.presence,
      capacity: users.capacity,
      status: users.status,
      role: users.role,
      joinedAt: teamMembers.createdAt,
    })
    .from(teamMembers)
    .innerJoin(users, and(eq(users.id, teamMembers.userId), eq(users.accountId, teamMembers.accountId)))
    .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.teamId, teamId)))
    .orderBy(asc(users.id))
    .for('no key update', { of: users });
  return rows.sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.userId.localeCompare(b.userId));
}

/** Open and pending conversations each of these users owns, in any team. */
export async function loadsOf(
  tx: Db | Tx,
  accountId: string,
  userIds: string[],
): Promise<Map<string, { open: number; load: number }>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({
      userId: conversations.assigneeId,
      open: sql<number>`count(*) filter (where ${conversations.status} = 'open')::int`,
      load: sql<number>`count(*)::int`,
    })
    .from(conversations)
    .where(
      and(
        eq(conversations.accountId, accountId),
        inArray(conversations.assigneeId, userIds),
        inArray(conversations.status, ['open', 'pending']),
      ),
    )
    .groupBy(conversations.assigneeId);
  return new Map(rows.flatMap((row) => (row.userId ? [[row.userId, { open: row.open, load: row.load }]] : [])));
}

const inQueueOf = (accountId: string, teamId: string) =>
  and(
    eq(conversations.accountId, accountId),
    eq(conversations.teamId, teamId),
    eq(conversations.status, 'open'),
    isNull(conversations.assigneeId),
  );

/** The team's queue: open, unassigned, longest-waiting first. Returns its first conversation. */
export async function findQueueHead(db: Db | Tx, accountId: string, teamId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(inQueueOf(accountId, teamId))
    .orderBy(sql`${conversations.waitingSince} asc nulls last`, asc(conversations.createdAt), asc(conversations.id))
    .limit(1);
  return row?.id ?? null;
}

/** Whether the team assigns automatically and has someone waiting: the cheap look before taking any lock. */
export async function hasWaitingQueue(db: Db, accountId: string, teamId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .innerJoin(teams, and(eq(teams.id, conversations.teamId), eq(teams.accountId, conversations.accountId)))
    .where(and(inQueueOf(accountId, teamId), ne(teams.assignment, 'manual')))
    .limit(1);
  return row !== undefined;
}

/** The teams with automatic assignment this user belongs to, oldest first. */
export async function findAutoTeamsOfUser(db: Db, accountId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: teams.id })
    .from(teamMembers)
    .innerJoin(teams, and(eq(teams.id, teamMembers.teamId), eq(teams.accountId, teamMembers.accountId)))
    .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.userId, userId), ne(teams.assignment, 'manual')))
    .orderBy(asc(teams.createdAt), asc(teams.id));
  return rows.map((row) => row.id);
}

export async function findRoutingState(db: Db, accountId: string, conversationId: string) {
  const [row] = await db
    .select({ teamId: conversations.teamId, assigneeId: conversations.assigneeId })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
  return row ?? null;
}

export async function recordLastAssigned(tx: Tx, accountId: string, teamId: string, userId: string): Promise<void> {
  await tx
    .update(teams)
    .set({ lastAssignedUserId: userId })
    .where(and(eq(teams.accountId, accountId), eq(teams.id, teamId)));
}
