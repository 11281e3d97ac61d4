import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

export class FileTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
  }
}

/** Counts and hashes an upload on its way to storage, and stops it at the size limit. */
export class UploadMeter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new FileTooLarge(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** Hex SHA-256 of everything that passed; call once, after the end. */
  sha256(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Passes stored bytes through to a download, holding the last chunk back until the
 * whole file matched its recorded size and SHA-256. Bytes changed or cut short in
 * storage end the download with an error (the client sees it broken) instead of
 * delivering a wrong file as if it were right. Costs one hash pass, no buffering.
 */
export class VerifiedBytes extends Transform {
  private held: Buffer | null = null;
  private bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly expected: { id: string; size: number; sha256: string | null }) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    callback(null, previous ?? undefined);
  }

  override _flush(callback: TransformCallback): void {
    const { id, size, sha256 } = this.expected;
    if (this.bytes !== size || (sha256 !== null && this.hash.digest('hex') !== sha256)) {
      callback(new Error(`The stored bytes of attachment ${id} do not match its size and SHA-256`));
      return;
    }
    callback(null, this.held ?? undefined);
  }
}
