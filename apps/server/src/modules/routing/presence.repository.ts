import { and, asc, eq, inArray } from 'drizzle-orm';
import { users, type Db, type Tx } from '@sincere/db';
import type { Agent, AgentPresence, Role } from '@sincere/contracts';
import { loadsOf } from './routing.repository';

const presenceColumns = { userId: users.id, presence: users.presence, capacity: users.capacity };

export async function findPresence(db: Db | Tx, accountId: string, userId: string): Promise<AgentPresence | null> {
  const [row] = await db
    .select(presenceColumns)
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)));
  return row ?? null;
}

/** The user's presence and capacity, locked until the transaction ends so that changes queue up. */
export async function lockPresence(tx: Tx, accountId: string, userId: string): Promise<AgentPresence | null> {
  const [row] = await tx
    .select(presenceColumns)
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)))
    .for('no key update');
  return row ?? null;
}

export async function updatePresence(
  tx: Tx,
  accountId: string,
  userId: string,
  changes: { presence?: AgentPresence['presence']; lastSeenAt?: Date; capacity?: number; updatedAt: Date },
): Promise<AgentPresence> {
  const [row] = await tx
    .update(users)
    .set(changes)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)))
    .returning(presenceColumns);
  if (!row) throw new Error('update returned no row');
  return row;
}

/** Active people of the given roles with their presence, capacity and current load, by name. */
export async function listAgentsOfAccount(db: Db, accountId: string, roles: readonly Role[]): Promise<Agent[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role, presence: users.presence, capacity: users.capacity })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.status, 'active'), inArray(users.role, [...roles])))
    .orderBy(asc(users.name), asc(users.id));
  const loads = await loadsOf(
    db,
    accountId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, load: loads.get(row.id)?.load ?? 0 }));
}
