import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { API, type ServerEvent } from '@sincere/contracts';
import { attachments, messages } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, uploadFile, withToken, type Caller } from '../../testing/http-client';

const t = await createTestApp();
afterAll(() => t.close());

/** An account with its agent signed in, and an integration token (the API channel) of its admin. */
async function workspace(name = 'Attaching') {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  const agent = await signIn(t.app, people.agent.email);
  const channel = withToken(t.app, token.body.secret);
  const opened = await channel.request('POST', API.conversations, {
    customer: { name: 'Olga Smirnova' },
    message: { body: 'My parcel arrived broken' },
  });
  return { people, admin, agent, channel, conversationId: opened.body.id as string };
}

async function upload(caller: Caller, name = 'photo.png', bytes = 'png bytes'): Promise<string> {
  const response = await uploadFile(t.app, caller, { name, type: 'image/png', bytes });
  expect(response.status).toBe(201);
  return response.body.id;
}

const fileNames = (message: { attachments: { fileName: string }[] }) => message.attachments.map((a) => a.fileName);
const messageCount = async (conversationId: string) =>
  (await t.database.db.select().from(messages).where(eq(messages.conversationId, conversationId))).length;

describe('attaching uploads to a message', () => {
  it('attaches files to a reply, and the conversation shows them with the message, in upload order', async () => {
    const { agent, conversationId } = await workspace();
    const first = await upload(agent, 'before.png');
    const second = await upload(agent, 'after.pdf');
    const reply = await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'outbound',
      body: 'Here are the photos you asked for',
      attachmentIds: [second, first],
    });
    expect(reply.status).toBe(201);
    expect(reply.body.attachments).toEqual([
      { id: first, fileName: 'before.png', contentType: 'image/png', size: 9, url: API.attachment(first) },
      expect.objectContaining({ id: second, fileName: 'after.pdf' }),
    ]);

    const detail = await agent.request('GET', API.conversation(conversationId));
    expect(detail.body.messages.map(fileNames)).toEqual([[], ['before.png', 'after.pdf']]);
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, first));
    expect(row).toMatchObject({ messageId: reply.body.id, conversationId });
  });

  it('sends a note that is only a file, but not a message with neither text nor files', async () => {
    const { agent, conversationId } = await workspace();
    const file = await upload(agent, 'screenshot.png');
    const note = await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      body: '  ',
      attachmentIds: [file],
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ body: '', attachments: [{ id: file }] });
    // An empty body still gets its (empty) search vector.
    const vector = await t.database.db
      .select({ empty: sql<boolean>`${messages.searchVector} = ''::tsvector` })
      .from(messages)
      .where(eq(messages.id, note.body.id));
    expect(vector).toEqual([{ empty: true }]);

    for (const body of [{ body: '' }, {}]) {
      const empty = await agent.request('POST', API.conversationMessages(conversationId), {
        direction: 'note',
        ...body,
      });
      expect(empty.status).toBe(422);
      expect(empty.body.error.fields).toEqual({ body: 'The message is empty: write something or attach a file' });
    }
  });

  it('opens a conversation and adds customer messages with the customer’s files (API channel)', async () => {
    const { channel, conversationId } = await workspace();
    const receipt = await upload(channel, 'receipt.jpg');
    const opened = await channel.request('POST', API.conversations, {
      customer: { name: 'Dimas' },
      message: { body: '', attachmentIds: [receipt] },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.messages.map(fileNames)).toEqual([['receipt.jpg']]);

    const photo = await upload(channel, 'damage.png');
    const inbound = await channel.request('POST', API.conversationMessages(conversationId), {
      direction: 'inbound',
      body: 'And the box',
      attachmentIds: [photo],
    });
    expect(inbound.status).toBe(201);
    expect(fileNames(inbound.body)).toEqual(['damage.png']);
  });

  it('pushes the new message to open browsers with its attachments', async () => {
    const { people, agent, conversationId } = await workspace();
    const pushed: ServerEvent[] = [];
    t.ctx.realtime.add({ accountId: people.account.id, userId: people.lead.id, send: (event) => pushed.push(event) });
    const file = await upload(agent, 'label.png');
    await agent.request('POST', API.conversationMessages(conversationId), { direction: 'note', attachmentIds: [file] });
    const created = pushed.find((event) => event.type === 'message.created');
    expect(created?.type === 'message.created' && created.message.attachments.map((a) => a.id)).toEqual([file]);
  });

  it('returns the stored message with its files when the same clientMessageId comes again', async () => {
    const { channel, conversationId } = await workspace();
    const file = await upload(channel);
    const payload = {
      direction: 'inbound',
      body: 'Photo',
      clientMessageId: `tg-${randomUUID()}`,
      attachmentIds: [file],
    };
    const first = await channel.request('POST', API.conversationMessages(conversationId), payload);
    const again = await channel.request('POST', API.conversationMessages(conversationId), payload);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);

    const receipt = await upload(channel, 'receipt.pdf');
    const opening = {
      customer: { name: 'Ana' },
      message: { clientMessageId: `tg-${randomUUID()}`, attachmentIds: [receipt] },
    };
    const created = await channel.request('POST', API.conversations, opening);
    const repeated = await channel.request('POST', API.conversations, opening);
    expect([created.status, repeated.status]).toEqual([201, 200]);
    expect(repeated.body.messages.map(fileNames)).toEqual([['receipt.pdf']]);
  });
});

describe('attachments a message cannot take', () => {
  it('refuses the whole message, writing nothing, for an id that is not the caller’s unattached upload', async () => {
    const { agent, admin, conversationId } = await workspace();
    const other = await workspace('Other account');
    const attached = await upload(agent, 'sent.png');
    await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      attachmentIds: [attached],
    });
    const cases = {
      unknown: randomUUID(),
      'of another account': await upload(other.agent),
      'of a colleague': await upload(admin),
      'already attached': attached,
    };
    const before = await messageCount(conversationId);
    const mine = await upload(agent, 'mine.png');
    for (const [what, id] of Object.entries(cases)) {
      const response = await agent.request('POST', API.conversationMessages(conversationId), {
        direction: 'outbound',
        body: 'See attached',
        attachmentIds: [mine, id],
      });
      expect(response.status, what).toBe(422);
      expect(response.body.error).toMatchObject({ code: 'validation_failed' });
      expect(response.body.error.fields, what).toEqual({
        attachmentIds: `Not an upload of yours waiting to be attached: ${id}`,
      });
      const opened = await agent.request('POST', API.conversations, {
        customer: { name: 'Someone' },
        message: { body: 'Hello', attachmentIds: [id] },
      });
      expect(opened.status, what).toBe(422);
      expect(opened.body.error.fields, what).toHaveProperty('attachmentIds');
    }
    expect(await messageCount(conversationId)).toBe(before);
    // The good upload in the refused message was not taken either: it can still be attached.
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, mine));
    expect(row?.messageId).toBeNull();
    const later = await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      attachmentIds: [mine, mine],
    });
    expect(later.status).toBe(201);
    expect(later.body.attachments.map((a: { id: string }) => a.id)).toEqual([mine]);
  });

  it('gives an upload to one message only, when two messages race for it', async () => {
    const { agent, conversationId } = await workspace();
    const file = await upload(agent, 'once.png');
    const send = () =>
      agent.request('POST', API.conversationMessages(conversationId), { direction: 'note', attachmentIds: [file] });
    const [one, two] = await Promise.all([send(), send()]);
    expect([one.status, two.status].sort()).toEqual([201, 422]);
    const detail = await agent.request('GET', API.conversation(conversationId));
    expect(detail.body.messages.map(fileNames)).toEqual([[], ['once.png']]);
  });

  it('refuses more than 20 attachments, naming attachmentIds', async () => {
    const { agent, conversationId } = await workspace();
    const ids = Array.from({ length: 21 }, () => randomUUID());
    const response = await agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'note',
      attachmentIds: ids,
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields)).toEqual(['attachmentIds']);
  });
});
