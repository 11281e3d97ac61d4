import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoredObjectMissing } from './attachment-storage';
import { LocalAttachmentStorage } from './local-storage';

let dir: string;
let storage: LocalAttachmentStorage;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sincere-local-storage-'));
  storage = new LocalAttachmentStorage(join(dir, 'attachments'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const read = async (stream: Readable) => Buffer.concat(await stream.toArray()).toString();
const failing = () =>
  new Readable({
    read() {
      this.push('the first half');
      setImmediate(() => this.destroy(new Error('client went away')));
    },
  });

describe('the local storage', () => {
  it('writes a file under its key, reads it back and deletes it', async () => {
    await storage.put('acc/file-1', Readable.from(['hello ', 'world']));
    expect(await readFile(join(dir, 'attachments', 'acc', 'file-1'), 'utf8')).toBe('hello world');
    expect(await read(await storage.get('acc/file-1'))).toBe('hello world');
    await storage.delete('acc/file-1');
    await expect(storage.get('acc/file-1')).rejects.toBeInstanceOf(StoredObjectMissing);
    await storage.delete('acc/file-1');
  });

  it('leaves nothing under the key, nor half a file anywhere, when the body fails', async () => {
    await expect(storage.put('acc/file-2', failing())).rejects.toThrow('client went away');
    await expect(storage.get('acc/file-2')).rejects.toBeInstanceOf(StoredObjectMissing);
    expect(await readdir(join(dir, 'attachments', '.partial'))).toEqual([]);
  });

  it('never reaches outside its folder, whatever the key', async () => {
    await writeFile(join(dir, 'secret'), 'outside');
    for (const key of ['../secret', 'acc/../../secret', '.partial/x', 'acc/.hidden', '/etc/passwd', '']) {
      await expect(storage.put(key, Readable.from(['x'])), key).rejects.toThrow('Invalid storage key');
      await expect(storage.get(key), key).rejects.toBeInstanceOf(StoredObjectMissing);
      await storage.delete(key);
    }
    expect(await readFile(join(dir, 'secret'), 'utf8')).toBe('outside');
  });

  it('removes what uploads interrupted by a crash left behind, once old enough', async () => {
    await storage.put('acc/kept', Readable.from(['x']));
    const partial = join(dir, 'attachments', '.partial');
    await writeFile(join(partial, 'old'), 'half');
    await writeFile(join(partial, 'new'), 'in progress');
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await utimes(join(partial, 'old'), dayAgo, dayAgo);
    expect(await storage.removeAbandoned(new Date(Date.now() - 24 * 60 * 60 * 1000))).toBe(1);
    expect(await readdir(partial)).toEqual(['new']);
    expect(await read(await storage.get('acc/kept'))).toBe('x');
  });
});
