import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { conversations, slaPolicies, teamMembers, teams, users, type Db, type Tx } from '@sincere/db';

export type TeamRow = typeof teams.$inferSelect;

export interface MemberRow {
  teamId: string;
  id: string;
  name: string;
  role: typeof users.$inferSelect.role;
  presence: typeof users.$inferSelect.presence;
  capacity: number;
}

export interface TeamWithMembers {
  team: TeamRow;
  /** In the order they joined. */
  members: MemberRow[];
}

async function withMembers(db: Db | Tx, accountId: string, rows: TeamRow[]): Promise<TeamWithMembers[]> {
  if (rows.length === 0) return [];
  const members = await db
    .select({
      teamId: teamMembers.teamId,
      id: users.id,
      name: users.name,
      role: users.role,
      presence: users.presence,
      capacity: users.capacity,
    })
    .from(teamMembers)
    .innerJoin(users, and(eq(users.id, teamMembers.userId), eq(users.accountId, teamMembers.accountId)))
    .where(
      and(
        eq(teamMembers.accountId, accountId),
        inArray(
          teamMembers.teamId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(teamMembers.createdAt), asc(users.id));
  return rows.map((team) => ({ team, members: members.filter((member) => member.teamId === team.id) }));
}

export async function listTeamsOfAccount(db: Db, accountId: string): Promise<TeamWithMembers[]> {
  const rows = await db
    .select()
    .from(teams)
    .where(eq(teams.accountId, accountId))
    .orderBy(asc(teams.name), asc(teams.id));
  return withMembers(db, accountId, rows);
}

export async function findTeamById(db: Db | Tx, accountId: string, id: string): Promise<TeamWithMembers | null> {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.accountId, accountId), eq(teams.id, id)));
  if (!row) return null;
  const [found] = await withMembers(db, accountId, [row]);
  return found ?? null;
}

/** Locked like routing locks it (FOR NO KEY UPDATE): membership and mode changes wait for a choice in progress. */
export async function lockTeam(tx: Tx, accountId: string, id: string): Promise<TeamRow | null> {
  const [row] = await tx
    .select()
    .from(teams)
    .where(and(eq(teams.accountId, accountId), eq(teams.id, id)))
    .for('no key update');
  return row ?? null;
}

export async function insertTeam(tx: Tx, values: typeof teams.$inferInsert): Promise<TeamRow> {
  const [row] = await tx.insert(teams).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateTeamRow(
  tx: Tx,
  accountId: string,
  id: string,
  changes: Partial<Pick<TeamRow, 'name' | 'assignment' | 'slaPolicyId'>>,
): Promise<void> {
  await tx
    .update(teams)
    .set(changes)
    .where(and(eq(teams.accountId, accountId), eq(teams.id, id)));
}

export async function deleteTeamRow(tx: Tx, accountId: string, id: string): Promise<void> {
  await tx.delete(teams).where(and(eq(teams.accountId, accountId), eq(teams.id, id)));
}

export async function countMembersOfTeam(tx: Tx, accountId: string, teamId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(teamMembers)
    .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.teamId, teamId)));
  return row?.n ?? 0;
}

export async function teamHasConversations(tx: Tx, accountId: string, teamId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.accountId, accountId), eq(conversations.teamId, teamId)))
    .limit(1);
  return row !== undefined;
}

export async function slaPolicyExists(tx: Tx, accountId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(and(eq(slaPolicies.accountId, accountId), eq(slaPolicies.id, id)));
  return row !== undefined;
}

export async function findUserOfAccount(tx: Tx, accountId: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id, name: users.name, role: users.role, status: users.status })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)));
  return row ?? null;
}

export async function isMemberOfTeam(tx: Tx, accountId: string, teamId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
  return row !== undefined;
}

export async function insertMember(tx: Tx, accountId: string, teamId: string, userId: string, at: Date): Promise<void> {
  await tx.insert(teamMembers).values({ accountId, teamId, userId, createdAt: at });
}

export async function deleteMember(tx: Tx, accountId: string, teamId: string, userId: string): Promise<void> {
  await tx
    .delete(teamMembers)
    .where(and(eq(teamMembers.accountId, accountId), eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
}
