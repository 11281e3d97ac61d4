import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/*
 * Connector header secrets (API keys, bearer tokens) are stored sealed with
 * AES-256-GCM under a key from the environment, so a database dump alone does
 * not reveal them. Sealed text: `v1.<iv>.<tag>.<ciphertext>`, each part
 * base64url; a fresh random 12-byte IV every time; the 16-byte tag makes any
 * change (or the wrong key) fail to open instead of yielding garbage.
 */

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed secret that cannot be opened, or a key text that is not a key. The message never holds the secret. */
export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

/**
 * The 32-byte key from its text in the environment: 64 hex characters, or
 * base64 / base64url of 32 bytes (`openssl rand -base64 32`).
 */
export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  throw new SecretBoxError(
    'The secret key must be 32 bytes written as 64 hex characters or in base64 (make one with: openssl rand -base64 32)',
  );
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new SecretBoxError(`The secret key must be ${KEY_BYTES} bytes`);
}

/** Seals one secret: a different text each time, even for the same secret. */
export function sealSecret(key: Buffer, plaintext: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return [VERSION, ...parts].join('.');
}

/** The secret a `sealSecret` text holds; throws a SecretBoxError for a wrong key, a changed text or another format. */
export function openSecret(key: Buffer, sealed: string): string {
  checkKey(key);
  const match = /^v1\.([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec(sealed.trim());
  const [iv, tag, ciphertext] = (match?.slice(1) ?? []).map((part) => Buffer.from(part, 'base64url'));
  if (!iv || iv.length !== IV_BYTES || !tag || tag.length !== TAG_BYTES || !ciphertext) {
    throw new SecretBoxError('This is not a sealed secret (v1.<iv>.<tag>.<ciphertext>)');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError(
      'The secret could not be opened: it was sealed with another key (was the key changed?) or altered since',
    );
  }
}

/** Seals each header's value; the names stay readable, so an admin sees which headers are set. */
export function sealHeaders(key: Buffer, headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, sealSecret(key, value)]));
}

/** The headers `sealHeaders` sealed, ready to send; throws a SecretBoxError if any cannot be opened. */
export function openHeaders(key: Buffer, sealed: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(sealed).map(([name, value]) => [name, openSecret(key, value)]));
}
