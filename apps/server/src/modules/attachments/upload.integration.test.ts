import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API, ErrorBody } from '@sincere/contracts';
import { attachments } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { anonymous, signIn, uploadFile, withToken } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

const MB = 1024 * 1024;
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function storageDir(): string {
  const storage = t.ctx.config.attachments.storage;
  if (storage.kind !== 'local') throw new Error('the test app stores attachments on disk');
  return storage.dir;
}

/** Every file the account has in storage, and whatever uploads in progress left behind. */
async function storedFiles(accountId: string): Promise<string[]> {
  const list = (dir: string) => readdir(join(storageDir(), dir)).catch(() => [] as string[]);
  return [...(await list(accountId)), ...(await list('.partial'))];
}

const rowsOf = (accountId: string) =>
  t.database.db.select().from(attachments).where(eq(attachments.accountId, accountId));

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Files');
  const agent = await signIn(t.app, people.agent.email);
  return { people, agent };
}

/** `size` bytes of 'x', produced as they are read: a body of unknown length (chunked), never in memory at once. */
function chunkedBody(size: number): Readable {
  let left = size;
  return new Readable({
    read() {
      const n = Math.min(left, 64 * 1024);
      left -= n;
      this.push(n > 0 ? Buffer.alloc(n, 'x') : null);
    },
  });
}

describe('uploading a file', () => {
  it('stores the bytes under a key of its own and answers with the id, name, type, size and address', async () => {
    const { people, agent } = await workspace();
    const bytes = Buffer.from('%PDF-1.7 квитанция');
    const response = await uploadFile(t.app, agent, { name: 'Квитанция №5.pdf', type: 'application/pdf', bytes });

    expect(response.status).toBe(201);
    const { id } = response.body;
    expect(response.body).toEqual({
      id,
      fileName: 'Квитанция №5.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      url: API.attachment(id),
    });
    const [row] = await rowsOf(people.account.id);
    expect(row).toMatchObject({ messageId: null, uploadedByUserId: people.agent.id, sha256: sha256(bytes) });
    expect(row?.storageKey).toMatch(new RegExp(`^${people.account.id}/[0-9a-f-]{36}$`));
    expect(await readFile(join(storageDir(), row?.storageKey ?? ''))).toEqual(bytes);
  });

  it('takes any type as the file itself, JSON included, and unknown types as bytes', async () => {
    const { agent } = await workspace();
    const json = await uploadFile(t.app, agent, { name: 'broken.json', type: 'application/json', bytes: '{"a": ' });
    expect(json.body).toMatchObject({ contentType: 'application/json', size: 6 });
    const weird = await uploadFile(t.app, agent, { name: 'blob', type: 'Text/Plain; charset=UTF-8', bytes: 'hi' });
    expect(weird.body.contentType).toBe('text/plain');
    const none = await t.app.inject({
      method: 'POST',
      url: `${API.attachments}?name=data.bin`,
      headers: agent.headers,
      payload: Buffer.from([0, 1, 2]),
    });
    expect(none.statusCode).toBe(201);
    expect(none.json().contentType).toBe('application/octet-stream');
  });

  it('keeps only the name itself: no folders, no control or direction characters, at most 200 characters', async () => {
    const { people, agent } = await workspace();
    const names = {
      '../../etc/passwd': 'passwd',
      'C:\\Users\\olga\\report.pdf': 'report.pdf',
      'invoice\u202Efdp.exe': 'invoicefdp.exe',
      'line\nbreak\u0007.txt ': 'linebreak.txt',
      [`${'long '.repeat(60)}.docx`]: `${'long '.repeat(60)}`.slice(0, 195) + '.docx',
    };
    for (const [given, kept] of Object.entries(names)) {
      const response = await uploadFile(t.app, agent, { name: given, bytes: 'x' });
      expect(response.status, given).toBe(201);
      expect(response.body.fileName, given).toBe(kept);
    }
    // Whatever the name, the bytes stay inside the account's folder.
    expect((await storedFiles(people.account.id)).every((file) => /^[0-9a-f-]{36}$/.test(file))).toBe(true);
  });

  it('accepts an upload of unknown length (chunked) and counts and hashes it as it streams', async () => {
    const { agent } = await workspace();
    const response = await t.app.inject({
      method: 'POST',
      url: `${API.attachments}?name=stream.bin`,
      headers: { ...agent.headers, 'content-type': 'application/octet-stream' },
      payload: chunkedBody(3 * MB),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().size).toBe(3 * MB);
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, response.json().id));
    expect(row?.sha256).toBe(sha256(Buffer.alloc(3 * MB, 'x')));
  });

  it('works with an API token, whose user becomes the uploader', async () => {
    const { people } = await workspace();
    const admin = await signIn(t.app, people.admin.email);
    const token = await admin.request('POST', API.apiTokens, { name: 'mail gateway' });
    const response = await uploadFile(t.app, withToken(t.app, token.body.secret), { name: 'a.txt', bytes: 'a' });
    expect(response.status).toBe(201);
    expect((await rowsOf(people.account.id))[0]?.uploadedByUserId).toBe(people.admin.id);
  });
});

describe('uploads that are refused', () => {
  it('refuses a file over the limit with 413 naming the limit, and keeps neither a row nor a byte', async () => {
    const { people, agent } = await workspace();
    const limit = t.ctx.config.attachments.maxBytes;
    expect(limit).toBe(25 * MB);
    const declared = await uploadFile(t.app, agent, { name: 'big.iso', bytes: Buffer.alloc(limit + 1) });
    expect(declared.status).toBe(413);
    expect(ErrorBody.parse(declared.body).error).toMatchObject({ code: 'payload_too_large' });
    expect(declared.body.error.message).toContain('25 MB');

    // Without a Content-Length the limit is found while streaming; what was written so far is removed.
    const streamed = await t.app.inject({
      method: 'POST',
      url: `${API.attachments}?name=endless.bin`,
      headers: { ...agent.headers, 'content-type': 'application/octet-stream' },
      payload: chunkedBody(limit + 64 * 1024),
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().error.message).toContain('25 MB');
    expect(streamed.headers.connection).toBe('close');

    expect(await rowsOf(people.account.id)).toEqual([]);
    expect(await storedFiles(people.account.id)).toEqual([]);
  });

  it('refuses an empty file, naming the body', async () => {
    const { people, agent } = await workspace();
    for (const payload of [Buffer.alloc(0), chunkedBody(0)]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `${API.attachments}?name=empty.txt`,
        headers: { ...agent.headers, 'content-type': 'text/plain' },
        payload,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({
        message: 'The file is empty',
        fields: { body: expect.any(String) },
      });
    }
    expect(await rowsOf(people.account.id)).toEqual([]);
    expect(await storedFiles(people.account.id)).toEqual([]);
  });

  it('refuses an upload without a usable name, naming `name`', async () => {
    const { agent } = await workspace();
    for (const url of [API.attachments, `${API.attachments}?name=`, `${API.attachments}?name=..%2F..%2F`]) {
      const response = await t.app.inject({ method: 'POST', url, headers: agent.headers, payload: 'bytes' });
      expect(response.statusCode, url).toBe(422);
      expect(response.json().error.fields, url).toHaveProperty('name');
    }
  });

  it('lets only the roles that write messages upload, and a browser only with its CSRF token', async () => {
    const { people, agent } = await workspace();
    const reviewer = await signIn(t.app, people.reviewer.email);
    expect((await uploadFile(t.app, reviewer, { name: 'a.txt', bytes: 'a' })).status).toBe(403);
    expect((await uploadFile(t.app, anonymous(t.app), { name: 'a.txt', bytes: 'a' })).status).toBe(401);
    const { 'x-csrf-token': _csrf, ...cookieOnly } = agent.headers;
    const forged = await uploadFile(t.app, { ...agent, headers: cookieOnly }, { name: 'a.txt', bytes: 'a' });
    expect(forged.body.error.code).toBe('csrf_failed');
    expect(await rowsOf(people.account.id)).toEqual([]);
  });
});
