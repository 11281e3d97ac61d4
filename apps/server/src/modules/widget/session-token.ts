import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Who a widget session speaks for: an anonymous visitor (SHA-256 of their token) or a site's signed-in user. */
export interface WidgetIdentity {
  kind: 'web_visitor' | 'web_user';
  value: string;
}

export interface SessionClaims {
  accountId: string;
  channelId: string;
  identity: WidgetIdentity;
  /** What the site said of its user (unsigned: shown to agents, never used to find anyone). */
  name: string | null;
  email: string | null;
  /** The visitor's language tag (the page's, else the browser's): a new customer's locale (their words count more). */
  locale: string | null;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** A session lasts a day; the widget opens a new one when told its token expired. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

/** Hex HMAC-SHA256 of a site's user id: what the site's backend computes with the channel's identity secret. */
export function userHash(identitySecret: string, userId: string): string {
  return createHmac('sha256', identitySecret).update(userId).digest('hex');
}

export function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a.toLowerCase());
  const right = Buffer.from(b.toLowerCase());
  return left.length === right.length && timingSafeEqual(left, right);
}

// Derived, so that no session signature can ever equal a user hash the site computes with the same secret.
const sessionKey = (identitySecret: string) =>
  createHmac('sha256', identitySecret).update('sincere widget session v1').digest();

const sign = (identitySecret: string, payload: string) =>
  createHmac('sha256', sessionKey(identitySecret)).update(payload).digest('base64url');

/**
 * A stateless bearer token: the claims in clear (base64url JSON) and their HMAC under a key derived from the
 * channel's identity secret. Nothing is stored, so a visitor who never writes leaves nothing behind;
 * rotating the secret ends every session of the channel.
 */
export function signSession(identitySecret: string, claims: SessionClaims): string {
  const payload = Buffer.from(
    JSON.stringify({
      a: claims.accountId,
      c: claims.channelId,
      k: claims.identity.kind === 'web_user' ? 'u' : 'v',
      v: claims.identity.value,
      n: claims.name,
      e: claims.email,
      l: claims.locale,
      x: claims.expiresAt,
    }),
  ).toString('base64url');
  return `${payload}.${sign(identitySecret, payload)}`;
}

/** The claims of a token, unchecked: which channel's secret verifies it. Null when it is not one of ours. */
export function readSessionClaims(token: string): SessionClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || payload.length > 2000) return null;
  try {
    const raw: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof raw !== 'object' || raw === null) return null;
    const { a, c, k, v, n, e, l, x } = raw as Record<string, unknown>;
    if (typeof a !== 'string' || typeof c !== 'string' || typeof v !== 'string' || typeof x !== 'number') return null;
    if (k !== 'u' && k !== 'v') return null;
    return {
      accountId: a,
      channelId: c,
      identity: { kind: k === 'u' ? 'web_user' : 'web_visitor', value: v },
      name: typeof n === 'string' ? n : null,
      email: typeof e === 'string' ? e : null,
      locale: typeof l === 'string' ? l : null,
      expiresAt: x,
    };
  } catch {
    return null;
  }
}

/** Whether the token was signed with this secret (constant time). */
export function sessionSignatureHolds(identitySecret: string, token: string): boolean {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return false;
  const expected = Buffer.from(sign(identitySecret, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
