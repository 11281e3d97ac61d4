import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentStorage, StoredObjectMissing, type AttachmentStorage } from './attachment-storage';

const KEYS = { accessKeyId: 'AKIATESTKEY', secretAccessKey: 'test-secret-key' };
const REGION = 'eu-central-1';
const BUCKET = 'sincere-files';

interface Seen {
  method: string;
  path: string;
  query: string;
  host: string;
  /** The SigV4 signature recomputed from the request with the secret key matched the one sent. */
  signed: boolean;
}

const hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Recomputes AWS Signature Version 4 for the request, as S3 does, and compares it with the one sent. */
function hasValidSignature(request: IncomingMessage, body: Buffer): boolean {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      request.headers.authorization ?? '',
    );
  if (!match) return false;
  const [, keyId, date = '', region = '', signedHeaders = '', signature] = match;
  const payloadHash = String(request.headers['x-amz-content-sha256'] ?? '');
  if (keyId !== KEYS.accessKeyId || region !== REGION) return false;
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== hex(body)) return false;
  const [path = '', query = ''] = (request.url ?? '').split('?');
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=').map((part) => rfc3986(decodeURIComponent(part))))
    .map(([name = '', value = '']) => `${name}=${value}`)
    .sort()
    .join('&');
  const canonicalHeaders = signedHeaders
    .split(';')
    .map(
      (name) =>
        `${name}:${String(request.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonicalRequest = [request.method, path, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join(
    '\n',
  );
  const amzDate = String(request.headers['x-amz-date'] ?? '');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, hex(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${KEYS.secretAccessKey}`, date), region), 's3'), 'aws4_request');
  return hmac(signingKey, stringToSign).toString('hex') === signature;
}

/**
 * Just enough of S3 for the storage, path-style (`/<bucket>/<key>`): objects and
 * multipart uploads in memory, every request's signature checked.
 */
function fakeS3() {
  const objects = new Map<string, Buffer>();
  const uploads = new Map<string, Map<number, Buffer>>();
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', 'http://s3.test');
      const key = decodeURIComponent(url.pathname.slice(`/${BUCKET}/`.length));
      const params = url.searchParams;
      seen.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.search,
        host: request.headers.host ?? '',
        signed: hasValidSignature(request, body),
      });
      const xml = (status: number, text: string) =>
        response.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?>${text}`);
      if (!url.pathname.startsWith(`/${BUCKET}/`)) return xml(404, '<Error><Code>NoSuchBucket</Code></Error>');
      if (!hasValidSignature(request, body)) return xml(403, '<Error><Code>SignatureDoesNotMatch</Code></Error>');
      const uploadId = params.get('uploadId');
      switch (request.method) {
        case 'PUT':
          if (uploadId) uploads.get(uploadId)?.set(Number(params.get('partNumber')), body);
          else objects.set(key, body);
          return response.writeHead(200, { etag: `"${hex(body).slice(0, 32)}"` }).end();
        case 'POST':
          if (params.has('uploads')) {
            const id = randomUUID();
            uploads.set(id, new Map());
            return xml(
              200,
              `<InitiateMultipartUploadResult><Bucket>${BUCKET}</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`,
            );
          }
          if (uploadId) {
            const parts = [...(uploads.get(uploadId) ?? new Map<number, Buffer>()).entries()].sort(([a], [b]) => a - b);
            objects.set(key, Buffer.concat(parts.map(([, part]) => part)));
            uploads.delete(uploadId);
            return xml(
              200,
              `<CompleteMultipartUploadResult><Bucket>${BUCKET}</Bucket><Key>${key}</Key><ETag>"x"</ETag></CompleteMultipartUploadResult>`,
            );
          }
          return xml(400, '<Error><Code>InvalidRequest</Code></Error>');
        case 'GET': {
          const object = objects.get(key);
          if (!object)
            return xml(
              404,
              '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
            );
          return response.writeHead(200, { 'content-length': object.length }).end(object);
        }
        case 'DELETE':
          if (uploadId) uploads.delete(uploadId);
          else objects.delete(key);
          return response.writeHead(204).end();
        default:
          return xml(405, '<Error><Code>MethodNotAllowed</Code></Error>');
      }
    });
  });
  return { server, objects, uploads, seen };
}

const s3 = fakeS3();
let storage: AttachmentStorage;

beforeAll(async () => {
  await new Promise<void>((resolve) => s3.server.listen(0, '127.0.0.1', resolve));
  const { port } = s3.server.address() as AddressInfo;
  storage = await createAttachmentStorage({
    kind: 's3',
    bucket: BUCKET,
    endpoint: `http://127.0.0.1:${port}`,
    region: REGION,
    ...KEYS,
    forcePathStyle: true,
  });
});
afterAll(() => new Promise<void>((resolve) => s3.server.close(() => resolve())));
beforeEach(() => {
  s3.seen.length = 0;
});

const text = async (stream: Readable) => Buffer.concat(await stream.toArray());
/** A body that sends some bytes, then fails like a client that went away. */
function failingBody(after: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(after, 'x'));
      } else setImmediate(() => this.destroy(new Error('client went away')));
    },
  });
}

describe('the S3 storage', () => {
  it('puts, gets and deletes objects at path-style addresses, every request signed with SigV4', async () => {
    const key = `${randomUUID()}/${randomUUID()}`;
    const bytes = Buffer.from('Скриншот 🙂 bytes');
    await storage.put(key, Readable.from([bytes]), bytes.length);
    expect(s3.objects.get(key)).toEqual(bytes);
    expect(await text(await storage.get(key))).toEqual(bytes);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredObjectMissing);

    expect(s3.seen.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `PUT /${BUCKET}/${key}`,
      `GET /${BUCKET}/${key}`,
      `DELETE /${BUCKET}/${key}`,
      `GET /${BUCKET}/${key}`,
    ]);
    expect(s3.seen.every((request) => request.signed && request.host.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('streams a body of unknown length as a multipart upload', async () => {
    const key = `${randomUUID()}/${randomUUID()}`;
    const bytes = Buffer.alloc(6 * 1024 * 1024 + 123, 'z');
    await storage.put(key, Readable.from([bytes.subarray(0, 1_000_000), bytes.subarray(1_000_000)]), null);
    expect(s3.objects.get(key)?.equals(bytes)).toBe(true);
    expect(s3.seen.filter((request) => request.query.includes('partNumber'))).toHaveLength(2);
    expect(s3.seen.every((request) => request.signed)).toBe(true);
  });

  it('stores nothing when the body fails midway, with or without a known length', async () => {
    const known = `${randomUUID()}/${randomUUID()}`;
    await expect(storage.put(known, failingBody(1000), 5000)).rejects.toThrow('client went away');
    const unknown = `${randomUUID()}/${randomUUID()}`;
    await expect(storage.put(unknown, failingBody(6 * 1024 * 1024), null)).rejects.toThrow('client went away');
    // The fake answers a request only once its body ended; give an aborted one a moment to be dropped.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s3.objects.has(known)).toBe(false);
    expect(s3.objects.has(unknown)).toBe(false);
    expect(s3.uploads.size).toBe(0);
  });
});
