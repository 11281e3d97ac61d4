import { createHash } from 'node:crypto';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { FileTooLarge, UploadMeter, VerifiedBytes } from './byte-checks';

const chunks = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part)));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function collect(source: Readable, through: Transform): Promise<string> {
  let out = '';
  await pipeline(source, through, async (stream: AsyncIterable<Buffer | string>) => {
    for await (const chunk of stream) out += chunk.toString();
  });
  return out;
}

describe('UploadMeter', () => {
  it('passes the bytes through, counting and hashing them', async () => {
    const meter = new UploadMeter(100);
    expect(await collect(chunks('hello ', 'world'), meter)).toBe('hello world');
    expect(meter.bytes).toBe(11);
    expect(meter.sha256()).toBe(sha256('hello world'));
  });

  it('allows exactly the limit and fails one byte over it', async () => {
    expect(await collect(chunks('12345', '67890'), new UploadMeter(10))).toBe('1234567890');
    await expect(collect(chunks('12345', '678901'), new UploadMeter(10))).rejects.toBeInstanceOf(FileTooLarge);
  });
});

describe('VerifiedBytes', () => {
  const expected = (text: string) => ({ id: 'f1', size: Buffer.byteLength(text), sha256: sha256(text) });

  it('delivers bytes that match their size and SHA-256', async () => {
    expect(await collect(chunks('a', 'b', 'c'), new VerifiedBytes(expected('abc')))).toBe('abc');
  });

  it('withholds the last chunk and fails when the bytes differ, or are cut short', async () => {
    const check = new VerifiedBytes(expected('abc'));
    const delivered: string[] = [];
    check.on('data', (chunk: Buffer) => delivered.push(chunk.toString()));
    const failed = new Promise<Error>((resolve) => check.on('error', resolve));
    check.write('a');
    check.write('b');
    check.end('X');
    expect((await failed).message).toContain('do not match');
    expect(delivered.join('')).toBe('ab');
    await expect(collect(chunks('ab'), new VerifiedBytes(expected('abc')))).rejects.toThrow('do not match');
  });

  it('checks only the size of a file stored without a hash', async () => {
    expect(await collect(chunks('abc'), new VerifiedBytes({ id: 'f', size: 3, sha256: null }))).toBe('abc');
  });
});
