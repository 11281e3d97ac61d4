import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How a receiver checks a delivery (the same scheme as Stripe's):
 *
 * 1. Read the `Sincere-Signature` header: `t=<unix seconds>,v1=<hex>` (there may
 *    be several v1 entries; any one matching is enough).
 * 2. Compute HMAC-SHA256 with the endpoint's secret (the whole `whsec_…` string,
 *    as UTF-8) over `"<t>.<raw body>"` — the body bytes exactly as received,
 *    before any JSON parsing — and hex-encode it.
 * 3. Compare it with v1 in constant time, and refuse a `t` further than a few
 *    minutes from now (a replayed old delivery).
 *
 * `Sincere-Delivery` is the delivery's id, the same on every retry: use it to
 * ignore a delivery already processed.
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, `${timestamp}.${body}`)}`;
}

/** True when `header` signs `body` with `secret` and its time is within `toleranceSeconds` of now. */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  toleranceSeconds = 300,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  if (!header) return false;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value) signatures.push(value);
  }
  if (timestamp === null || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, `${timestamp}.${body}`), 'hex');
  return signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** A new signing secret: 32 random bytes, prefixed so it is recognisable in a leak scan. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}
