import { randomBytes } from 'node:crypto';
import type { CreateWidgetSessionRequest, WidgetSession } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { findActiveChannelByAddress } from '../channels/channel.repository';
import { SESSION_TTL_MS, sameHex, sha256Hex, signSession, userHash, type WidgetIdentity } from './session-token';
import { checkOrigin, identitySecretOf } from './widget-visitor';
import { toWidgetChannel, webSettingsOf } from './widget.mapper';
import { findCustomer, findCustomerIdByIdentity } from './widget.repository';

/**
 * Opens a widget session. A site's signed-in user is who the site's HMAC says (a wrong hash gets nothing);
 * anyone else is an anonymous visitor known by a random token that only their browser keeps. Nothing is
 * written: the customer is created with their first message.
 */
export async function createWidgetSession(
  ctx: AppContext,
  input: CreateWidgetSessionRequest,
  origin: string | undefined,
): Promise<WidgetSession> {
  const { db } = ctx.database;
  const channel = await findActiveChannelByAddress(db, 'web', input.key);
  if (!channel) throw new AppError('not_found', 'No chat widget has this key, or it is switched off');
  checkOrigin(channel, origin);
  const secret = identitySecretOf(channel);
  const now = ctx.clock();

  let identity: WidgetIdentity;
  let visitorToken: string | null = null;
  if (input.user) {
    if (!sameHex(input.user.hash, userHash(secret, input.user.id))) {
      throw new AppError('unauthenticated', 'The user’s hash does not match: sign the id with the identity secret');
    }
    identity = { kind: 'web_user', value: input.user.id };
  } else {
    if (webSettingsOf(channel).requireIdentity) {
      throw new AppError('forbidden', 'This chat is for signed-in users of the site');
    }
    visitorToken = input.visitorToken ?? randomBytes(32).toString('base64url');
    identity = { kind: 'web_visitor', value: sha256Hex(visitorToken) };
  }

  const customerId = await findCustomerIdByIdentity(db, channel.accountId, identity);
  const customer = customerId ? await findCustomer(db, channel.accountId, customerId) : null;
  const expiresAt = now.getTime() + SESSION_TTL_MS;
  const token = signSession(secret, {
    accountId: channel.accountId,
    channelId: channel.id,
    identity,
    name: input.user?.name ?? null,
    email: input.user?.email?.toLowerCase() ?? null,
    locale: input.customerLocale?.replace('_', '-') ?? input.locale ?? null,
    expiresAt,
  });
  return {
    token,
    expiresAt: new Date(expiresAt).toISOString(),
    visitorToken,
    customer: {
      identified: identity.kind === 'web_user',
      name: customer?.name ?? input.user?.name ?? null,
      email: customer?.email ?? input.user?.email ?? null,
    },
    channel: toWidgetChannel(channel, now),
  };
}
