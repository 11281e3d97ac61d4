import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { and, asc, eq } from 'drizzle-orm';
import { seedAccount } from '@sincere/db/testing';
import { channels, conversations, messages } from '@sincere/db';
import type { TestApp } from '../../../testing/test-app';
import type { ChannelRow } from '../../channels/channel.repository';

const UPDATES = new URL('./updates/', import.meta.url);

/** The Update objects in testing/updates (MIT, see its LICENSE), by file name. */
export function updateFixtureNames(): string[] {
  return readdirSync(UPDATES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function updateFixture(name: string): Record<string, unknown> & { update_id: number } {
  return JSON.parse(readFileSync(new URL(`${name}.json`, UPDATES), 'utf8')) as Record<string, unknown> & {
    update_id: number;
  };
}

let nextBot = 100_000 + Math.floor(Math.random() * 1_000_000_000);

/** A Telegram channel row in a new account (or the given one), as an admin would have connected it. */
export async function seedTelegramChannel(
  t: TestApp,
  options: { accountId?: string; mode?: 'webhook' | 'polling' } = {},
): Promise<ChannelRow> {
  const accountId = options.accountId ?? (await seedAccount(t.database.db, { name: 'Telegram shop' })).id;
  nextBot += 1;
  const botToken = `${nextBot}:${randomBytes(24).toString('base64url')}`;
  const [row] = await t.database.db
    .insert(channels)
    .values({
      accountId,
      kind: 'telegram',
      name: 'Support bot',
      address: String(nextBot),
      settings: { mode: options.mode ?? 'webhook' },
      secrets: { botToken, webhookSecret: randomBytes(18).toString('base64url') },
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The messages of the channel's conversations, oldest first. */
export async function messagesOfChannel(t: TestApp, channel: ChannelRow) {
  return t.database.db
    .select({ message: messages })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.accountId, channel.accountId), eq(conversations.channelId, channel.id)))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .then((rows) => rows.map((row) => row.message));
}

/** A private-chat text message from customer `userId`. */
export function textUpdate(updateId: number, userId: number, messageId: number, text: string) {
  return {
    update_id: updateId,
    message: {
      message_id: messageId,
      date: 1_700_000_000,
      from: { id: userId, is_bot: false, first_name: 'Ada', last_name: 'Lovelace', language_code: 'en' },
      chat: { id: userId, type: 'private', first_name: 'Ada' },
      text,
    },
  };
}
