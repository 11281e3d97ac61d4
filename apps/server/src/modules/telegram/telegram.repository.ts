import { and, eq } from 'drizzle-orm';
import { channels, messages, type Db, type Tx } from '@sincere/db';
import type { ChannelRow } from '../channels/channel.repository';
import { findIdentityOfCustomer } from '../channels/identities.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The active Telegram channel a webhook call names. Telegram knows only the URL, not the account: the channel's
 * id (unguessable) finds it across accounts, and its webhook secret proves the caller.
 */
export async function findActiveTelegramChannel(db: Db | Tx, id: string): Promise<ChannelRow | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select()
    .from(channels)
    .where(and(eq(channels.id, id), eq(channels.kind, 'telegram'), eq(channels.active, true)));
  return row ?? null;
}

/** A customer's Telegram user id, which is also their private chat with any bot. */
export function findTelegramIdOfCustomer(db: Db | Tx, accountId: string, customerId: string): Promise<string | null> {
  return findIdentityOfCustomer(db, accountId, customerId, 'telegram');
}

/** A customer's message this channel stored, by Telegram's "chat:message" (a merge may have moved it since). */
export async function findInboundTelegramMessage(
  db: Db | Tx,
  accountId: string,
  channelId: string,
  externalId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(messages)
    .where(
      and(eq(messages.accountId, accountId), eq(messages.externalId, externalId), eq(messages.direction, 'inbound')),
    );
  const rows = options.lock ? await query.for('update') : await query;
  // Two bots of one account may both have a message 5 in a chat with the same person: the channel tells them apart.
  return rows.find((row) => row.metadata?.channelId === channelId) ?? null;
}
