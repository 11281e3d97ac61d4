import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Config } from '../../config';
import { StoredObjectMissing, type AttachmentStorage } from './attachment-storage';

export type S3Settings = Extract<Config['attachments']['storage'], { kind: 's3' }>;

/**
 * Objects in an S3-compatible bucket (AWS, MinIO, Ceph, R2…), keyed like the local files.
 * A PUT either stores the whole object or nothing, so no partial upload is ever visible.
 */
export class S3AttachmentStorage implements AttachmentStorage {
  private readonly bucket: string;
  private readonly client: S3Client;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      // Without keys, the SDK's usual chain (environment, profile, instance role) supplies them.
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
      // The SDK's newer default checksums are not understood by every S3-compatible store.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable, size: number | null): Promise<void> {
    if (size === null) {
      // Unknown length (a chunked upload): a multipart upload in 5 MB parts, aborted on failure.
      const upload = new Upload({
        client: this.client,
        params: { Bucket: this.bucket, Key: key, Body: body },
        queueSize: 1,
        leavePartsOnError: false,
      });
      await upload.done();
      return;
    }
    // Streamed straight through (the SDK never retries a streamed body: the uploader does). The SDK
    // pipes the body into its request but does not notice when the body fails: abort the request then.
    const abort = new AbortController();
    let bodyError: unknown = null;
    const onError = (error: unknown) => {
      bodyError = error;
      abort.abort();
    };
    body.once('error', onError);
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentLength: size }), {
        abortSignal: abort.signal,
      });
    } catch (error) {
      throw bodyError ?? error;
    } finally {
      body.off('error', onError);
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error('S3 returned no readable body');
      return object.Body;
    } catch (error) {
      if ((error as { name?: unknown }).name === 'NoSuchKey') throw new StoredObjectMissing(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Nothing to do: a failed PUT stores nothing. Multipart uploads cut short by a crash are a lifecycle rule's job. */
  async removeAbandoned(): Promise<number> {
    return 0;
  }
}
