import { randomUUID } from 'node:crypto';
import { access, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { API } from '@sincere/contracts';
import { attachments } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, uploadFile, type Caller } from '../../testing/http-client';
import { purgeExpired } from '../jobs/maintenance';

const t = await createTestApp();
afterAll(() => t.close());

const HOUR = 60 * 60 * 1000;

function storageDir(): string {
  const storage = t.ctx.config.attachments.storage;
  if (storage.kind !== 'local') throw new Error('the test app stores attachments on disk');
  return storage.dir;
}

async function workspace() {
  const people = await seedAccountWithPeople(t.database, 'Downloads');
  const agent = await signIn(t.app, people.agent.email);
  const admin = await signIn(t.app, people.admin.email);
  const customer = { name: 'Olga Smirnova' };
  const opened = await agent.request('POST', API.conversations, { customer, message: { body: 'Hello' } });
  return { people, agent, admin, conversationId: opened.body.id as string };
}

async function upload(caller: Caller, name: string, type: string, bytes: Buffer | string = 'content') {
  const response = await uploadFile(t.app, caller, { name, type, bytes });
  expect(response.status).toBe(201);
  return response.body as { id: string; url: string };
}

const download = (caller: Caller, url: string) => t.app.inject({ method: 'GET', url, headers: caller.headers });

describe('downloading a file', () => {
  it('streams the bytes with their type and length, as a download that runs nothing', async () => {
    const { agent } = await workspace();
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const file = await upload(agent, 'Счёт "март" 100%.pdf', 'application/pdf', bytes);
    const response = await download(agent, file.url);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toEqual(bytes);
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition':
        'attachment; filename="____ ______ 100_.pdf"; ' +
        "filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82%20%22%D0%BC%D0%B0%D1%80%D1%82%22%20100%25.pdf",
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });
  });

  it('shows PNG, JPEG, GIF and WebP inline, and SVG, HTML and everything else only as a download', async () => {
    const { agent } = await workspace();
    const types = {
      'image/png': 'inline',
      'image/jpeg': 'inline',
      'image/gif': 'inline',
      'image/webp': 'inline',
      'image/svg+xml': 'attachment',
      'text/html': 'attachment',
      'application/xhtml+xml': 'attachment',
      'text/plain': 'attachment',
    };
    for (const [type, disposition] of Object.entries(types)) {
      const file = await upload(agent, 'file', type, '<svg onload="alert(1)"/>');
      const response = await download(agent, file.url);
      expect(response.headers['content-type'], type).toBe(type);
      expect(String(response.headers['content-disposition']).split(';')[0], type).toBe(disposition);
      expect(response.headers['content-security-policy'], type).toBe('sandbox');
    }
  });

  it('shows an attached file to the whole account, and an unattached upload to its uploader only', async () => {
    const { agent, admin, people, conversationId } = await workspace();
    const file = await upload(agent, 'draft.png', 'image/png');
    expect((await download(agent, file.url)).statusCode).toBe(200);
    const reviewer = await signIn(t.app, people.reviewer.email);
    for (const colleague of [admin, reviewer]) {
      const response = await download(colleague, file.url);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual((await download(colleague, API.attachment(randomUUID()))).json());
    }
    await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      attachmentIds: [file.id],
    });
    for (const colleague of [admin, reviewer]) expect((await download(colleague, file.url)).statusCode).toBe(200);
  });

  it('breaks off the download of bytes changed in storage instead of serving them as the file', async () => {
    const { agent } = await workspace();
    const bytes = Buffer.alloc(200_000, 'a');
    const file = await upload(agent, 'contract.pdf', 'application/pdf', bytes);
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, file.id));
    await writeFile(join(storageDir(), row?.storageKey ?? ''), Buffer.alloc(200_000, 'b'));
    // The response is cut off before its last bytes: the client sees a failed download, not a wrong file.
    await expect(download(agent, file.url)).rejects.toThrow('response destroyed before completion');
  });

  it('answers 404, saying so, when the file’s bytes are gone from storage', async () => {
    const { agent } = await workspace();
    const file = await upload(agent, 'restored.pdf', 'application/pdf');
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, file.id));
    await rm(join(storageDir(), row?.storageKey ?? ''));
    const response = await download(agent, file.url);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('The file of this attachment is missing from storage');
  });
});

describe('uploads never attached', () => {
  it('are deleted with their bytes after a day by the hourly purge; attached and recent ones stay', async () => {
    const { agent, people, conversationId } = await workspace();
    const forgotten = await upload(agent, 'forgotten.png', 'image/png');
    const sent = await upload(agent, 'sent.png', 'image/png');
    const recent = await upload(agent, 'recent.png', 'image/png');
    await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      attachmentIds: [sent.id],
    });
    // The purge is global (on PostgreSQL other files share the database): age this test's own rows instead of the clock.
    for (const id of [forgotten.id, sent.id]) {
      await t.database.db
        .update(attachments)
        .set({ createdAt: new Date(Date.now() - 25 * HOUR) })
        .where(eq(attachments.id, id));
    }
    const leftover = join(storageDir(), '.partial', randomUUID());
    await writeFile(leftover, 'half an upload from before a crash');
    const dayAgo = new Date(Date.now() - 25 * HOUR);
    await utimes(leftover, dayAgo, dayAgo);

    const purged = await purgeExpired(t.ctx);
    expect(purged.attachments).toBeGreaterThanOrEqual(1);

    const left = await t.database.db.select().from(attachments).where(eq(attachments.accountId, people.account.id));
    expect(left.map((row) => row.fileName).sort()).toEqual(['recent.png', 'sent.png']);
    expect((await readdir(join(storageDir(), people.account.id))).sort()).toEqual(
      left.map((row) => row.storageKey.split('/')[1]).sort(),
    );
    await expect(access(leftover)).rejects.toThrow();
    expect((await download(agent, forgotten.url)).statusCode).toBe(404);
    expect((await download(agent, recent.url)).statusCode).toBe(200);
  });
});
