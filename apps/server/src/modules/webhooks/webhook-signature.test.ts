import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeader, verifyWebhookSignature } from './webhook-signature';

const secret = 'whsec_test';
const body = '{"id":"1","type":"ping"}';

describe('webhook signatures', () => {
  it('signs "t.body" with HMAC-SHA256 of the secret, as documented', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signatureHeader(secret, body, 1_700_000_000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('accepts its own signature within the tolerance and refuses anything else', () => {
    const header = signatureHeader(secret, body, 1_700_000_000);
    expect(verifyWebhookSignature(secret, header, body, 300, 1_700_000_100)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, 300, 1_700_000_301)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', header, body, 300, 1_700_000_000)).toBe(false);
    expect(verifyWebhookSignature(secret, header, `${body}\n`, 300, 1_700_000_000)).toBe(false);
    expect(
      verifyWebhookSignature(secret, header.replace('t=1700000000', 't=1700000001'), body, 300, 1_700_000_000),
    ).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, body)).toBe(false);
    expect(verifyWebhookSignature(secret, 'v1=abc', body)).toBe(false);
    expect(verifyWebhookSignature(secret, 't=1700000000,v1=zz', body, 300, 1_700_000_000)).toBe(false);
  });

  it('accepts any matching v1 among several (a rotation)', () => {
    const header = signatureHeader(secret, body, 1_700_000_000);
    const withOld = `t=1700000000,v1=${'0'.repeat(64)},${header.split(',')[1] ?? ''}`;
    expect(verifyWebhookSignature(secret, withOld, body, 300, 1_700_000_000)).toBe(true);
  });

  it('makes a new random secret each time', () => {
    expect(newWebhookSecret()).toMatch(/^whsec_[\w-]{43}$/);
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
  });
});
