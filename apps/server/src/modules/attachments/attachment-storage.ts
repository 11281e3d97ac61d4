import type { Readable } from 'node:stream';
import type { Config } from '../../config';
import { LocalAttachmentStorage } from './local-storage';

/**
 * Where attachment bytes live. Keys are made by us (`<account id>/<random uuid>`),
 * never from a file name. A `put` that fails leaves nothing behind under the key.
 */
export interface AttachmentStorage {
  /** Stores the stream under the key; resolves once the bytes are durable. `size` is null when unknown. */
  put(key: string, body: Readable, size: number | null): Promise<void>;
  /** The stored bytes; rejects with `StoredObjectMissing` when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Removes leftovers of uploads interrupted by a crash, older than the given time. */
  removeAbandoned(before: Date): Promise<number>;
}

export class StoredObjectMissing extends Error {
  constructor(key: string) {
    super(`No stored bytes under ${key}`);
  }
}

export async function createAttachmentStorage(config: Config['attachments']['storage']): Promise<AttachmentStorage> {
  if (config.kind === 'local') return new LocalAttachmentStorage(config.dir);
  // The AWS SDK takes a quarter of a second to load: only a server that uses S3 pays for it.
  const { S3AttachmentStorage } = await import('./s3-storage');
  return new S3AttachmentStorage(config);
}
