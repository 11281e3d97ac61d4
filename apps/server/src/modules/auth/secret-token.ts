import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: session cookies, invitation links, API tokens. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256: a leaked table grants nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
