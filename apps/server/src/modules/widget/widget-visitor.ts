import { Id } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { findChannel, type ChannelRow } from '../channels/channel.repository';
import type { InboundCustomer } from '../channels/ingest-inbound';
import { readSessionClaims, sessionSignatureHolds, type SessionClaims } from './session-token';
import { webSettingsOf } from './widget.mapper';

/** The caller of a widget route: a verified session on an active web channel. */
export interface Visitor {
  channel: ChannelRow;
  claims: SessionClaims;
}

export const expired = () =>
  new AppError('unauthenticated', 'The widget session is unknown or has expired; open a new one');

export function identitySecretOf(channel: ChannelRow): string {
  const secret = channel.secrets['identitySecret'];
  // Channels created through the API always have one; a row written by hand may not.
  if (!secret) throw new AppError('forbidden', 'This widget has no identity secret yet: rotate it in its settings');
  return secret;
}

/**
 * The visitor a bearer token names, or an error: a token that is malformed, expired, signed with another (or a
 * rotated) secret, of a channel switched off, or of an anonymous visitor where the site now requires sign-in.
 */
export async function resolveVisitor(ctx: AppContext, token: string): Promise<Visitor> {
  const claims = readSessionClaims(token);
  if (!claims || !Id.safeParse(claims.accountId).success || !Id.safeParse(claims.channelId).success) throw expired();
  if (claims.expiresAt <= ctx.clock().getTime()) throw expired();
  const channel = await findChannel(ctx.database.db, claims.accountId, claims.channelId);
  if (!channel || !channel.active || channel.kind !== 'web') throw expired();
  const secret = channel.secrets['identitySecret'];
  if (!secret || !sessionSignatureHolds(secret, token)) throw expired();
  if (claims.identity.kind === 'web_visitor' && webSettingsOf(channel).requireIdentity) throw expired();
  return { channel, claims };
}

/** Origins are compared as origins: 'https://shop.example/' in the settings allows 'https://shop.example'. */
export function originAllowed(channel: ChannelRow, origin: string | undefined): boolean {
  const allowed = webSettingsOf(channel).allowedOrigins;
  // No Origin: not a browser's cross-site request (a script, a server); the bearer token is what protects data.
  if (allowed.length === 0 || origin === undefined) return true;
  return allowed.some((entry) => {
    try {
      return new URL(entry).origin === origin;
    } catch {
      return false;
    }
  });
}

export function checkOrigin(channel: ChannelRow, origin: string | undefined): void {
  if (!originAllowed(channel, origin)) {
    throw new AppError('forbidden', 'This website is not allowed to use this chat widget');
  }
}

/** The customer as ingestInbound finds or creates them: by the session's identity only, never by an email. */
export function inboundCustomerOf(visitor: Visitor): InboundCustomer {
  const { identity, name, email, locale } = visitor.claims;
  const fallback = identity.kind === 'web_visitor' ? `Visitor ${identity.value.slice(0, 6)}` : `User ${identity.value}`;
  return { identities: [identity], name: name ?? fallback, email, locale };
}
