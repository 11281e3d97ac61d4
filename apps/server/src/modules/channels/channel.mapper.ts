import type { ChannelConfig } from '@sincere/contracts';
import type { ChannelRow } from './channel.repository';

/** A channel as admins see it: which secrets are set, never their values. */
export function toChannelConfig(row: ChannelRow): ChannelConfig {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    address: row.address,
    settings: row.settings,
    secretsSet: Object.keys(row.secrets).sort(),
    teamId: row.teamId,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
