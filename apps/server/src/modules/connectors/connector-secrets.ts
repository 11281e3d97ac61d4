import { randomBytes } from 'node:crypto';
import { connectorKey } from './connector-key';
import { openHeaders, openSecret, sealHeaders, sealSecret, SecretBoxError } from './secret-box';
import type { ConnectorRow } from './connectors.repository';

/** What a card or an action says when the stored secrets cannot be opened with this server's key. */
export const UNREADABLE_SECRETS =
  'The connector’s headers or secret cannot be opened with this server’s key (was SINCERE_SECRET_KEY changed?): enter them again in Settings → Connectors';

/** A new signing secret for a signed connector: 32 random bytes, prefixed so a leak scan recognises it. */
export function newConnectorSecret(): string {
  return `cnsec_${randomBytes(32).toString('base64url')}`;
}

export function sealConnectorHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.keys(headers).length === 0 ? {} : sealHeaders(connectorKey(), headers);
}

export function sealConnectorSecret(secret: string): string {
  return sealSecret(connectorKey(), secret);
}

/** The connector's headers and signing secret in the clear, or null when this server's key cannot open them. */
export function openConnectorSecrets(
  row: Pick<ConnectorRow, 'headers' | 'secret'>,
): { headers: Record<string, string>; secret: string | null } | null {
  try {
    const noHeaders = Object.keys(row.headers).length === 0;
    if (noHeaders && row.secret === null) return { headers: {}, secret: null };
    const key = connectorKey();
    return {
      headers: noHeaders ? {} : openHeaders(key, row.headers),
      secret: row.secret === null ? null : openSecret(key, row.secret),
    };
  } catch (error) {
    if (error instanceof SecretBoxError) return null;
    throw error;
  }
}
