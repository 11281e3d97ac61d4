import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type EmailChannelSecrets,
  EmailChannelSettings,
  TelegramBotToken,
  TelegramChannelSettings,
  WebChannelSettings,
  type CreateChannelRequest,
  type UpdateChannelRequest,
} from '@sincere/contracts';
import { channels, teams, type Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { recordAudit } from '../audit/record-audit';
import { isUniqueViolation } from '../conversations/conversation-writes';
import { findChannel, type ChannelRow } from './channel.repository';
import { connectTelegramBot, disconnectTelegramBot } from '../telegram/connect-telegram-bot';

const randomKey = (prefix: string, bytes = 18) => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/** What each kind keeps secret, and which of it an admin may set later. */
const SETTABLE_SECRETS: Record<ChannelRow['kind'], readonly string[]> = {
  web: [],
  email: ['imapPassword'],
  telegram: ['botToken'],
  api: [],
};

/** The settings schema of a kind: settings are replaced whole and checked as at creation. */
function settingsOf(kind: ChannelRow['kind'], value: unknown): Record<string, unknown> {
  const schemas: Record<ChannelRow['kind'], z.ZodType | null> = {
    web: WebChannelSettings,
    email: EmailChannelSettings,
    telegram: TelegramChannelSettings,
    api: null,
  };
  const schema = schemas[kind];
  if (!schema) return {};
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[['settings', ...issue.path].join('.')] = issue.message;
    throw new AppError('validation_failed', 'The channel’s settings are not valid', fields);
  }
  return parsed.data as Record<string, unknown>;
}

/** The Telegram bot's id is the part of its token before the colon: one bot, one channel. */
export function botIdOf(token: string): string {
  return token.slice(0, token.indexOf(':'));
}

/**
 * Creates a channel. Web channels get a public key (their address) and an identity
 * secret for HMAC-signed visitors, returned here once; an email inbox is known by
 * its address and a bot by its id, each used by one channel at most.
 */
export async function createChannel(
  ctx: AppContext,
  caller: AuthContext,
  input: CreateChannelRequest,
): Promise<{ channel: ChannelRow; secret: string | null }> {
  const { accountId } = caller;
  let address: string;
  let secrets: Record<string, string> = {};
  let secret: string | null = null;
  let settings: Record<string, unknown> = {};
  switch (input.kind) {
    case 'web':
      address = randomKey('wk_');
      secret = randomKey('wis_', 32);
      secrets = { identitySecret: secret };
      settings = input.settings;
      break;
    case 'email':
      address = input.settings.address.toLowerCase();
      settings = { ...input.settings, address };
      secrets = cleanSecrets(input.secrets);
      break;
    case 'telegram':
      address = botIdOf(input.secrets.botToken);
      settings = input.settings;
      secrets = { botToken: input.secrets.botToken, webhookSecret: randomKey('', 24) };
      break;
    case 'api':
      address = randomKey('api_');
      break;
  }
  try {
    const channel = await ctx.database.db.transaction(async (tx) => {
      await checkTeam(tx, accountId, input.teamId);
      const now = ctx.clock();
      const [inserted] = await tx
        .insert(channels)
        .values({
          accountId,
          kind: input.kind,
          name: input.name,
          address,
          settings,
          secrets,
          teamId: input.teamId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!inserted) throw new Error('insert returned no row');
      // A bot is connected before the channel commits: a token Telegram refuses leaves nothing behind.
      const row = inserted.kind === 'telegram' ? await connectTelegramBot(ctx, inserted, tx) : inserted;
      await recordAudit(tx, {
        accountId,
        actorUserId: caller.user.id,
        action: 'channel.created',
        targetType: 'channel',
        targetId: row.id,
        data: { kind: row.kind, name: row.name, address: row.address },
      });
      return row;
    });
    return { channel, secret };
  } catch (error) {
    if (isUniqueViolation(error)) throw addressTaken(input.kind);
    throw error;
  }
}

function addressTaken(kind: ChannelRow['kind']): AppError {
  const field = kind === 'telegram' ? 'secrets.botToken' : 'settings.address';
  const what = kind === 'telegram' ? 'This bot is already connected' : 'This address is already an inbox';
  return new AppError('conflict', what, { [field]: what });
}

function cleanSecrets(value: z.infer<typeof EmailChannelSecrets>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => !!entry[1]));
}

async function checkTeam(tx: Tx, accountId: string, teamId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const [team] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.accountId, accountId), eq(teams.id, teamId)));
  if (!team) throw new AppError('validation_failed', 'No such team', { teamId: 'No team with this id' });
}

/** Renames, re-routes, switches on or off, replaces settings or sets a secret the kind allows. */
export async function updateChannel(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateChannelRequest,
): Promise<ChannelRow> {
  const { accountId } = caller;
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const current = await findChannel(tx, accountId, id);
      if (!current) throw notFound('Channel');
      const changes: Partial<typeof channels.$inferInsert> = { updatedAt: ctx.clock() };
      if (input.name !== undefined) changes.name = input.name;
      if (input.active !== undefined) changes.active = input.active;
      if (input.teamId !== undefined) {
        await checkTeam(tx, accountId, input.teamId);
        changes.teamId = input.teamId;
      }
      if (input.settings !== undefined) {
        changes.settings = settingsOf(current.kind, input.settings);
        if (current.kind === 'email') {
          const address = String(changes.settings['address']).toLowerCase();
          changes.settings = { ...changes.settings, address };
          changes.address = address;
        }
      }
      if (input.secrets !== undefined)
        changes.secrets = { ...current.secrets, ...checkSecrets(current, input.secrets) };
      const [updated] = await tx
        .update(channels)
        .set(changes)
        .where(and(eq(channels.accountId, accountId), eq(channels.id, id)))
        .returning();
      if (!updated) throw notFound('Channel');
      const row = await reconnectIfNeeded(ctx, tx, current, updated);
      await recordAudit(tx, {
        accountId,
        actorUserId: caller.user.id,
        action: 'channel.updated',
        targetType: 'channel',
        targetId: id,
        // Which secrets changed, never their values.
        data: { ...input, secrets: input.secrets ? Object.keys(input.secrets) : undefined },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw addressTaken('email');
    throw error;
  }
}

/** A bot whose mode, token or on/off state changed is told so at once: Telegram calls the right place or none. */
async function reconnectIfNeeded(ctx: AppContext, tx: Tx, before: ChannelRow, after: ChannelRow): Promise<ChannelRow> {
  if (after.kind !== 'telegram') return after;
  const changed =
    before.active !== after.active ||
    before.secrets['botToken'] !== after.secrets['botToken'] ||
    JSON.stringify(before.settings) !== JSON.stringify(after.settings);
  if (!changed) return after;
  if (after.active) return connectTelegramBot(ctx, after, tx);
  await disconnectTelegramBot(ctx, before);
  return after;
}

function checkSecrets(channel: ChannelRow, secrets: Record<string, string>): Record<string, string> {
  const allowed = SETTABLE_SECRETS[channel.kind];
  for (const name of Object.keys(secrets)) {
    if (!allowed.includes(name)) {
      throw new AppError('validation_failed', `A ${channel.kind} channel has no secret called ${name}`, {
        [`secrets.${name}`]: allowed.length ? `One of: ${allowed.join(', ')}` : 'This kind has no settable secrets',
      });
    }
  }
  const token = secrets['botToken'];
  if (token !== undefined) {
    if (!TelegramBotToken.safeParse(token).success)
      throw new AppError('validation_failed', 'Not a bot token', {
        'secrets.botToken': 'A bot token as BotFather gives it',
      });
    if (botIdOf(token) !== channel.address)
      throw new AppError('validation_failed', 'This token belongs to another bot: connect it as a new channel', {
        'secrets.botToken': 'Another bot’s token',
      });
  }
  return secrets;
}

/** A new identity secret for a web channel: sites signing with the old one stop being trusted at once. */
export async function rotateChannelSecret(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
): Promise<{ channel: ChannelRow; secret: string }> {
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    const current = await findChannel(tx, accountId, id);
    if (!current) throw notFound('Channel');
    if (current.kind !== 'web') {
      throw new AppError('validation_failed', 'Only a web chat widget has an identity secret to rotate', {
        id: 'Not a web channel',
      });
    }
    const secret = randomKey('wis_', 32);
    const [row] = await tx
      .update(channels)
      .set({ secrets: { ...current.secrets, identitySecret: secret }, updatedAt: ctx.clock() })
      .where(and(eq(channels.accountId, accountId), eq(channels.id, id)))
      .returning();
    if (!row) throw notFound('Channel');
    await recordAudit(tx, {
      accountId,
      actorUserId: caller.user.id,
      action: 'channel.secret_rotated',
      targetType: 'channel',
      targetId: id,
    });
    return { channel: row, secret };
  });
}
