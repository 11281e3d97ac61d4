import { and, eq } from 'drizzle-orm';
import { channels, type Db, type Tx } from '@sincere/db';

export type ChannelRow = typeof channels.$inferSelect;
export type ChannelKind = ChannelRow['kind'];

/** The active channel the outside world calls by this address (an inbox's address, a widget's key, a bot's id). */
export async function findActiveChannelByAddress(
  db: Db | Tx,
  kind: ChannelKind,
  address: string,
): Promise<ChannelRow | null> {
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.kind, kind), eq(channels.address, address), eq(channels.active, true)));
  return row ?? null;
}

export async function findChannel(db: Db | Tx, accountId: string, id: string): Promise<ChannelRow | null> {
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.accountId, accountId), eq(channels.id, id)));
  return row ?? null;
}

/** Active channels of a kind across accounts: the IMAP poller's and the Telegram pollers' work list. */
export async function listActiveChannels(db: Db | Tx, kind: ChannelKind): Promise<ChannelRow[]> {
  return db
    .select()
    .from(channels)
    .where(and(eq(channels.kind, kind), eq(channels.active, true)));
}
