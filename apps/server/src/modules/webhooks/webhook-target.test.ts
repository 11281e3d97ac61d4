import { describe, expect, it } from 'vitest';
import { isPrivateAddress, privateLiteralProblem } from './webhook-target';

describe('webhook target addresses', () => {
  it('treats every range but public unicast as private', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::7f00:1',
      'not an address',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.215.14']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('judges literal hosts of URLs, whatever their spelling', () => {
    expect(privateLiteralProblem('http://0x7f.1/', false)).toMatch(/127\.0\.0\.1/);
    expect(privateLiteralProblem('http://2130706433/', false)).toMatch(/127\.0\.0\.1/);
    expect(privateLiteralProblem('http://[::1]:8080/', false)).toMatch(/::1/);
    expect(privateLiteralProblem('http://[::1]:8080/', true)).toBeNull();
    expect(privateLiteralProblem('https://93.184.215.14/', false)).toBeNull();
    expect(privateLiteralProblem('https://example.com/', false)).toBeNull();
  });
});
