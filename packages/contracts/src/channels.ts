import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { Channel } from './conversations';
import { WebChannelSettings } from './channel-web';
import { EmailChannelSecrets, EmailChannelSettings } from './channel-email';
import { TelegramBotToken, TelegramChannelSettings } from './channel-telegram';

/** The conversations' `channel` is the kind of channel the customer wrote through. */
export const ChannelKind = Channel;
export type ChannelKind = Channel;

/** A channel as admins see it: secrets are never returned, only whether they are set. */
export const ChannelConfig = z
  .object({
    id: Id,
    kind: ChannelKind,
    name: z.string(),
    /** The widget's public key, the inbox's address, the bot's id. */
    address: z.string(),
    settings: z.record(z.string(), z.unknown()),
    secretsSet: z.array(z.string()),
    teamId: Id.nullable(),
    active: z.boolean(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'ChannelConfig' });
export type ChannelConfig = z.infer<typeof ChannelConfig>;

const common = {
  name: z.string().trim().min(1).max(100),
  teamId: Id.nullable().default(null),
};

export const CreateChannelRequest = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('web'), ...common, settings: WebChannelSettings.prefault({}) }),
    z.strictObject({
      kind: z.literal('email'),
      ...common,
      settings: EmailChannelSettings,
      secrets: EmailChannelSecrets.default({}),
    }),
    z.strictObject({
      kind: z.literal('telegram'),
      ...common,
      settings: TelegramChannelSettings.prefault({}),
      secrets: z.strictObject({ botToken: TelegramBotToken }),
    }),
    z.strictObject({ kind: z.literal('api'), ...common }),
  ])
  .meta({ id: 'CreateChannelRequest' });
export type CreateChannelRequest = z.infer<typeof CreateChannelRequest>;

/** Changes to a channel; its kind stays. Settings are replaced whole and checked against the kind's schema. */
export const UpdateChannelRequest = z
  .strictObject({
    name: common.name.optional(),
    teamId: Id.nullable().optional(),
    active: z.boolean().optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
    secrets: z.record(z.string(), z.string().max(500)).optional(),
  })
  .meta({ id: 'UpdateChannelRequest' });
export type UpdateChannelRequest = z.infer<typeof UpdateChannelRequest>;

export const ChannelList = z.object({ items: z.array(ChannelConfig) }).meta({ id: 'ChannelList' });

/** Shown once, when a channel is created or its secret rotated: the widget's identity key, the webhook secret. */
export const ChannelCreated = z
  .object({ channel: ChannelConfig, secret: z.string().nullable() })
  .meta({ id: 'ChannelCreated' });
export type ChannelCreated = z.infer<typeof ChannelCreated>;

/** Paths of the channels' API (the agent app's and integrations'); the widget's own live under /widget/v1. */
export const CHANNEL_API = {
  channels: '/api/v1/channels',
  channel: (id: string) => `/api/v1/channels/${id}`,
  rotateChannelSecret: (id: string) => `/api/v1/channels/${id}/rotate-secret`,
} as const;
