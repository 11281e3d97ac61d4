import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openHeaders, openSecret, parseSecretKey, sealHeaders, sealSecret, SecretBoxError } from './secret-box';

const key = randomBytes(32);

describe('sealing connector secrets', () => {
  it('opens what it sealed, with a fresh IV each time', () => {
    const secret = 'Bearer sk_live_ünïcode_🔑';
    const sealed = sealSecret(key, secret);
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain('sk_live');
    expect(sealSecret(key, secret)).not.toBe(sealed);
    expect(openSecret(key, sealed)).toBe(secret);
    expect(openSecret(key, sealSecret(key, ''))).toBe('');
  });

  it('refuses a sealed text that was changed', () => {
    const sealed = sealSecret(key, 'api-key-123');
    const [version, iv, tag, ciphertext] = sealed.split('.') as [string, string, string, string];
    const flipped = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    for (const changed of [
      [version, iv, tag, flipped(ciphertext)],
      [version, iv, flipped(tag), ciphertext],
      [version, flipped(iv), tag, ciphertext],
    ]) {
      expect(() => openSecret(key, changed.join('.'))).toThrow(/could not be opened/);
    }
    for (const malformed of [
      '',
      'api-key-123',
      `v2.${iv}.${tag}.${ciphertext}`,
      `v1.${iv}.${tag}`,
      `v1.${iv}.AA.${ciphertext}`,
    ]) {
      expect(() => openSecret(key, malformed), malformed).toThrow(/not a sealed secret/);
    }
  });

  it('refuses to open with another key, without revealing the secret', () => {
    const sealed = sealSecret(key, 'api-key-123');
    const error = (() => {
      try {
        openSecret(randomBytes(32), sealed);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SecretBoxError);
    expect((error as Error).message).toMatch(/another key/);
    expect((error as Error).message).not.toContain('api-key');
  });

  it('reads a key written in hex, base64 or base64url, and nothing else', () => {
    const raw = Buffer.from('f'.repeat(64), 'hex');
    expect(parseSecretKey('f'.repeat(64)).equals(raw)).toBe(true);
    expect(parseSecretKey(` ${key.toString('base64')}\n`).equals(key)).toBe(true);
    expect(parseSecretKey(key.toString('base64url')).equals(key)).toBe(true);
    for (const text of [
      '',
      'secret',
      'f'.repeat(62),
      randomBytes(16).toString('base64'),
      randomBytes(33).toString('base64'),
      'é'.repeat(44),
    ]) {
      expect(() => parseSecretKey(text), text).toThrow(/32 bytes written as 64 hex characters or in base64/);
    }
    expect(() => sealSecret(randomBytes(16), 'x')).toThrow(SecretBoxError);
  });

  it('seals header values and keeps their names readable', () => {
    const headers = { Authorization: 'Bearer abc', 'X-Api-Key': 'k-1' };
    const sealed = sealHeaders(key, headers);
    expect(Object.keys(sealed)).toEqual(['Authorization', 'X-Api-Key']);
    expect(JSON.stringify(sealed)).not.toMatch(/abc|k-1/);
    expect(openHeaders(key, sealed)).toEqual(headers);
    expect(() => openHeaders(randomBytes(32), sealed)).toThrow(SecretBoxError);
  });
});
