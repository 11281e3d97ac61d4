import { and, eq } from 'drizzle-orm';
import { users, type Db, type Tx } from '@sincere/db';
import type { AgentPresence } from '@sincere/contracts';

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
  changes: { presence?: AgentPresence['presence']; capacity?: number; updatedAt: Date },
): Promise<AgentPresence> {
  const [row] = await tx
    .update(users)
    .set(changes)
    .where(and(eq(users.accountId, accountId), eq(users.id, userId)))
    .returning(presenceColumns);
  if (!row) throw new Error('update returned no row');
  return row;
}
