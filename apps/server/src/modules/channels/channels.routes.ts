import { asc, eq } from 'drizzle-orm';
import {
  CHANNEL_API,
  ChannelConfig,
  ChannelCreated,
  ChannelList,
  CreateChannelRequest,
  ErrorBody,
  IdParams,
  UpdateChannelRequest,
} from '@sincere/contracts';
import { channels } from '@sincere/db';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { findChannel } from './channel.repository';
import { toChannelConfig } from './channel.mapper';
import { createChannel, rotateChannelSecret, updateChannel } from './manage-channels';

const ADMINS = ['admin'] as const;

/** Channels: everyone in the account sees them (without secrets); admins create and change them. */
export function registerChannelRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['channels'];

  app.get(
    CHANNEL_API.channels,
    { schema: { tags, summary: 'The account’s channels', response: { 200: ChannelList, ...AUTHED_ERRORS } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const rows = await ctx.database.db
        .select()
        .from(channels)
        .where(eq(channels.accountId, caller.accountId))
        .orderBy(asc(channels.createdAt), asc(channels.id));
      return { items: rows.map(toChannelConfig) };
    },
  );

  app.get(
    CHANNEL_API.channel(':id'),
    { schema: { tags, params: IdParams, response: { 200: ChannelConfig, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const row = await findChannel(ctx.database.db, caller.accountId, request.params.id);
      if (!row) throw notFound('Channel');
      return toChannelConfig(row);
    },
  );

  app.post(
    CHANNEL_API.channels,
    {
      schema: {
        tags,
        summary: 'Connect a channel: a chat widget, an email inbox, a Telegram bot or an API integration (admins)',
        description:
          'A web channel’s identity secret (for HMAC-signed visitors) is in `secret`, shown this once. A Telegram bot is connected with its token: its webhook is set at once.',
        body: CreateChannelRequest,
        response: { 201: ChannelCreated, 409: ErrorBody, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, ADMINS);
      const { channel, secret } = await createChannel(ctx, caller, request.body);
      return reply.status(201).send({ channel: toChannelConfig(channel), secret });
    },
  );

  app.patch(
    CHANNEL_API.channel(':id'),
    {
      schema: {
        tags,
        summary: 'Rename, re-route, switch off or reconfigure a channel (admins)',
        params: IdParams,
        body: UpdateChannelRequest,
        response: { 200: ChannelConfig, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      return toChannelConfig(await updateChannel(ctx, caller, request.params.id, request.body));
    },
  );

  app.post(
    CHANNEL_API.rotateChannelSecret(':id'),
    {
      schema: {
        tags,
        summary: 'A new identity secret for a chat widget (admins); shown this once',
        params: IdParams,
        response: { 200: ChannelCreated, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ADMINS);
      const { channel, secret } = await rotateChannelSecret(ctx, caller, request.params.id);
      return { channel: toChannelConfig(channel), secret };
    },
  );
}
