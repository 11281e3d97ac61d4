import { describe, expect, it } from 'vitest';
import { readSessionClaims, sameHex, sessionSignatureHolds, signSession, userHash } from './session-token';

const claims = {
  accountId: '0190a0b0-0000-7000-8000-000000000001',
  channelId: '0190a0b0-0000-7000-8000-000000000002',
  identity: { kind: 'web_user' as const, value: 'user-42' },
  name: 'Ada',
  email: null,
  locale: 'id',
  expiresAt: 1_900_000_000_000,
};

describe('widget session tokens', () => {
  it('carry their claims and hold only under the secret that signed them', () => {
    const token = signSession('secret-a', claims);
    expect(readSessionClaims(token)).toEqual(claims);
    expect(sessionSignatureHolds('secret-a', token)).toBe(true);
    expect(sessionSignatureHolds('secret-b', token)).toBe(false);
  });

  it('do not hold once their claims are changed', () => {
    const token = signSession('secret-a', claims);
    const [, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ a: claims.accountId, c: claims.channelId, k: 'u', v: 'user-1', n: null, e: null, x: 2e12 }),
    ).toString('base64url');
    expect(sessionSignatureHolds('secret-a', `${forged}.${signature}`)).toBe(false);
  });

  it('are never the hash a site computes for a user id', () => {
    const token = signSession('secret-a', claims);
    expect(token.split('.')[1]).not.toBe(Buffer.from(userHash('secret-a', 'user-42'), 'hex').toString('base64url'));
  });

  it('read nothing from junk', () => {
    for (const junk of ['', 'a', 'a.b.c', 'bm90IGpzb24.x', `${Buffer.from('[]').toString('base64url')}.x`]) {
      expect(readSessionClaims(junk)).toBeNull();
    }
  });

  it('compares user hashes whatever their case', () => {
    const hash = userHash('s', 'u');
    expect(sameHex(hash.toUpperCase(), hash)).toBe(true);
    expect(sameHex(hash, userHash('s', 'v'))).toBe(false);
    expect(sameHex(hash, hash.slice(2))).toBe(false);
  });
});
