import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSecretKey, SecretBoxError } from './secret-box';

/*
 * The key that seals connector secrets (header values, signing secrets).
 * SINCERE_SECRET_KEY when set; otherwise a key file `secret.key` in the data
 * folder, made on first use, so that a server started with nothing configured
 * works. Several machines sharing one PostgreSQL database must share the key:
 * set SINCERE_SECRET_KEY on each (a key file is per machine).
 */

const KEY_FILE = 'secret.key';

let cached: { source: string; key: Buffer } | null = null;

/** The environment's key text checked at start-up: a wrong SINCERE_SECRET_KEY stops the server with a clear message. */
export function checkSecretKeySetting(env: NodeJS.ProcessEnv = process.env): void {
  const text = env['SINCERE_SECRET_KEY'];
  if (text !== undefined && text.trim() !== '') keyOfText(text, 'SINCERE_SECRET_KEY');
}

/** The sealing key: SINCERE_SECRET_KEY, or the data folder's key file (created, mode 0600, when missing). */
export function connectorKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const text = env['SINCERE_SECRET_KEY'];
  const fromEnv = text !== undefined && text.trim() !== '';
  const file = resolve(env['SINCERE_DATA_DIR'] ?? '.data', KEY_FILE);
  const source = fromEnv ? `env:${text}` : `file:${file}`;
  if (cached?.source === source) return cached.key;
  const key = fromEnv ? keyOfText(text, 'SINCERE_SECRET_KEY') : keyOfFile(file);
  cached = { source, key };
  return key;
}

function keyOfText(text: string, where: string): Buffer {
  try {
    return parseSecretKey(text);
  } catch (error) {
    if (error instanceof SecretBoxError) throw new SecretBoxError(`${where}: ${error.message}`);
    throw error;
  }
}

/**
 * Reads the key file, or makes it: the new key is written whole to a file of its
 * own, then linked into place, which fails if another process got there first
 * (its key is read instead), so nobody ever reads a half-written key.
 */
function keyOfFile(file: string): Buffer {
  try {
    return keyOfText(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(resolve(file, '..'), { recursive: true });
  const key = randomBytes(32);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, `${key.toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(partial, file);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return keyOfText(readFileSync(file, 'utf8'), file);
  } finally {
    rmSync(partial, { force: true });
  }
}
