import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StoredObjectMissing, type AttachmentStorage } from './attachment-storage';

/** Uploads in progress; beside the final folders, so that the rename stays on one file system. */
const PARTIAL_DIR = '.partial';
/** Each part of a key: no dots in front (so no `..`, no hidden names), nothing but safe characters. */
const KEY_PART = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/**
 * Files under one folder (SINCERE_DATA_DIR/attachments by default), at `<dir>/<account id>/<uuid>`.
 * A file is written under a temporary name, flushed to disk and renamed into place, and its
 * folder is flushed too: an acknowledged upload survives a crash, a half-written one is never
 * visible under its key.
 */
export class LocalAttachmentStorage implements AttachmentStorage {
  constructor(private readonly dir: string) {}

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    if (!target) throw new Error('Invalid storage key');
    const folder = dirname(target);
    const created = await mkdir(folder, { recursive: true });
    const partialDir = join(this.dir, PARTIAL_DIR);
    await mkdir(partialDir, { recursive: true });
    const partial = join(partialDir, randomUUID());
    try {
      // flush: fsync before the stream closes, so the rename below never publishes unwritten bytes.
      await pipeline(body, createWriteStream(partial, { flags: 'wx', flush: true }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    await syncFolder(folder);
    // New folders are entries of their parents: flush each parent up to the first folder that existed.
    if (created) {
      for (let parent = dirname(folder); ; parent = dirname(parent)) {
        await syncFolder(parent);
        if (parent === dirname(created) || parent === dirname(parent)) break;
      }
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    if (!path) throw new StoredObjectMissing(key);
    try {
      const file = await open(path, 'r');
      return file.createReadStream();
    } catch (error) {
      if (isCode(error, 'ENOENT')) throw new StoredObjectMissing(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    if (path) await rm(path, { force: true });
  }

  async removeAbandoned(before: Date): Promise<number> {
    const partialDir = join(this.dir, PARTIAL_DIR);
    let names: string[];
    try {
      names = await readdir(partialDir);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      const path = join(partialDir, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtime < before) {
        await rm(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  /** Null for a key that could leave the folder: keys are made by us, but one restored from elsewhere might not be. */
  private pathOf(key: string): string | null {
    const parts = key.split('/');
    return parts.every((part) => KEY_PART.test(part)) ? join(this.dir, ...parts) : null;
  }
}

/** Makes a new entry in the folder (a renamed or created file) durable. */
async function syncFolder(path: string): Promise<void> {
  let folder;
  try {
    folder = await open(path, 'r');
    await folder.sync();
  } catch (error) {
    // Some platforms (Windows) cannot open or flush a folder; the file itself is flushed already.
    if (!isCode(error, 'EISDIR') && !isCode(error, 'EPERM') && !isCode(error, 'EINVAL')) throw error;
  } finally {
    await folder?.close();
  }
}

function isCode(error: unknown, code: string): boolean {
  return (error as { code?: unknown }).code === code;
}
