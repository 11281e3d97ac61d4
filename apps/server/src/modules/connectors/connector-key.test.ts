import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSecretKeySetting, connectorKey } from './connector-key';
import { openSecret, sealSecret } from './secret-box';

const folders: string[] = [];
const dataDir = () => {
  const folder = mkdtempSync(join(tmpdir(), 'sincere-key-'));
  folders.push(folder);
  return join(folder, 'data');
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the connectors’ secret key', () => {
  it('comes from SINCERE_SECRET_KEY, in hex or base64', () => {
    const key = randomBytes(32);
    expect(connectorKey({ SINCERE_SECRET_KEY: key.toString('hex') }).equals(key)).toBe(true);
    expect(connectorKey({ SINCERE_SECRET_KEY: key.toString('base64') }).equals(key)).toBe(true);
  });

  it('is made once in the data folder when nothing is configured, readable by its owner only', () => {
    const SINCERE_DATA_DIR = dataDir();
    const key = connectorKey({ SINCERE_DATA_DIR });
    const file = join(SINCERE_DATA_DIR, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(key)).toBe(true);
    // A restart (another cache) reads the same key: what was sealed still opens.
    const sealed = sealSecret(key, 'Bearer sk_live_1');
    const other = { SINCERE_DATA_DIR: dataDir() };
    expect(connectorKey(other).equals(key)).toBe(false);
    expect(openSecret(connectorKey({ SINCERE_DATA_DIR }), sealed)).toBe('Bearer sk_live_1');
  });

  it('says clearly what is wrong with a key that is not one', () => {
    expect(() => checkSecretKeySetting({ SINCERE_SECRET_KEY: 'my-password' })).toThrow(
      /^SINCERE_SECRET_KEY: The secret key must be 32 bytes written as 64 hex characters or in base64/,
    );
    expect(() => connectorKey({ SINCERE_SECRET_KEY: 'abc' })).toThrow(/SINCERE_SECRET_KEY/);
    expect(() => checkSecretKeySetting({})).not.toThrow();

    const SINCERE_DATA_DIR = dataDir();
    connectorKey({ SINCERE_DATA_DIR });
    writeFileSync(join(SINCERE_DATA_DIR, 'secret.key'), 'not a key\n');
    // Another folder's key read meanwhile, the first folder's file is read again, and refused.
    connectorKey({ SINCERE_DATA_DIR: dataDir() });
    expect(() => connectorKey({ SINCERE_DATA_DIR })).toThrow(/secret\.key: The secret key must be 32 bytes/);
  });
});
