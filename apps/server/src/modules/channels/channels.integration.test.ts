import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { API, CHANNEL_API } from '@sincere/contracts';
import { attachments, conversations, customerIdentities, customers, messages } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { findChannel } from './channel.repository';
import { ingestInbound, ingestInboundMany, type InboundMessage } from './ingest-inbound';
import { InboundBatcher } from './inbound-batcher';
import { deliverReply } from './deliver-outbound';

const t = await createTestApp();
afterAll(() => t.close());

async function workspace(name = 'Channels') {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const agent = await signIn(t.app, people.agent.email);
  return { people, admin, agent };
}

async function emailChannel(space: Awaited<ReturnType<typeof workspace>>, address: string) {
  const created = await space.admin.request('POST', CHANNEL_API.channels, {
    kind: 'email',
    name: 'Support inbox',
    settings: { address },
  });
  expect(created.status).toBe(201);
  const channel = await findChannel(t.database.db, space.people.account.id, created.body.channel.id);
  if (!channel) throw new Error('channel not stored');
  return channel;
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe('channel administration', () => {
  it('gives a web channel a public key and shows its identity secret once', async () => {
    const { admin, agent } = await workspace();
    const created = await admin.request('POST', CHANNEL_API.channels, { kind: 'web', name: 'Shop site' });
    expect(created.status).toBe(201);
    expect(created.body.channel.address).toMatch(/^wk_/);
    expect(created.body.secret).toMatch(/^wis_/);
    expect(created.body.channel.secretsSet).toEqual(['identitySecret']);
    expect(created.body.channel.settings).toMatchObject({ color: '#1f6feb', requireIdentity: false });

    const read = await agent.request('GET', CHANNEL_API.channel(created.body.channel.id));
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain(created.body.secret);

    const rotated = await admin.request('POST', CHANNEL_API.rotateChannelSecret(created.body.channel.id));
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.body.secret);
  });

  it('lets only admins connect or change channels', async () => {
    const { admin, agent } = await workspace();
    expect((await agent.request('POST', CHANNEL_API.channels, { kind: 'web', name: 'Nope' })).status).toBe(403);
    const created = await admin.request('POST', CHANNEL_API.channels, { kind: 'api', name: 'CRM' });
    expect((await agent.request('PATCH', CHANNEL_API.channel(created.body.channel.id), { active: false })).status).toBe(
      403,
    );
  });

  it('refuses an inbox address another channel already receives, and settings that do not fit the kind', async () => {
    const { admin } = await workspace();
    const address = `help-${unique()}@acme.test`;
    expect(
      (await admin.request('POST', CHANNEL_API.channels, { kind: 'email', name: 'A', settings: { address } })).status,
    ).toBe(201);
    const again = await (
      await workspace('Other')
    ).admin.request('POST', CHANNEL_API.channels, {
      kind: 'email',
      name: 'B',
      settings: { address: address.toUpperCase() },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toHaveProperty(['settings.address']);

    const web = await admin.request('POST', CHANNEL_API.channels, { kind: 'web', name: 'Site' });
    const bad = await admin.request('PATCH', CHANNEL_API.channel(web.body.channel.id), {
      settings: { color: 'red' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toHaveProperty(['settings.color']);
    const secret = await admin.request('PATCH', CHANNEL_API.channel(web.body.channel.id), {
      secrets: { identitySecret: 'mine' },
    });
    expect(secret.status).toBe(422);
  });

  it('keeps every account’s channels to itself', async () => {
    const first = await workspace('First');
    const second = await workspace('Second');
    const created = await first.admin.request('POST', CHANNEL_API.channels, { kind: 'web', name: 'Mine' });
    const id = created.body.channel.id;
    expect((await second.admin.request('GET', CHANNEL_API.channel(id))).status).toBe(404);
    expect((await second.admin.request('PATCH', CHANNEL_API.channel(id), { name: 'Theirs' })).status).toBe(404);
    expect((await second.admin.request('POST', CHANNEL_API.rotateChannelSecret(id))).status).toBe(404);
    const list = await second.admin.request('GET', CHANNEL_API.channels);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
  });
});

describe('ingestInbound', () => {
  it('stores a delivery once, however often it arrives, and acknowledges only what is stored', async () => {
    const space = await workspace();
    const channel = await emailChannel(space, `in-${unique()}@acme.test`);
    const input: InboundMessage = {
      channel,
      dedupeKey: '<abc@mail.example>',
      customer: { identities: [{ kind: 'email', value: 'ann@example.com' }], name: 'Ann', email: 'ann@example.com' },
      body: 'My parcel never came',
      subject: 'Parcel',
      externalId: 'abc@mail.example',
      files: [{ fileName: 'receipt.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.4 receipt') }],
    };
    const [first, second] = await Promise.all([ingestInbound(t.ctx, input), ingestInbound(t.ctx, input)]);
    const third = await ingestInbound(t.ctx, input);
    expect(first.messageId).toBe(second.messageId);
    expect(third).toMatchObject({ messageId: first.messageId, created: false });
    expect([first.created, second.created].filter(Boolean)).toHaveLength(1);

    const stored = await t.database.db.select().from(messages).where(eq(messages.conversationId, first.conversationId));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      direction: 'inbound',
      body: 'My parcel never came',
      externalId: 'abc@mail.example',
    });
    const files = await t.database.db.select().from(attachments).where(eq(attachments.messageId, first.messageId));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ fileName: 'receipt.pdf', contentType: 'application/pdf', size: 16 });
    const [conversation] = await t.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, first.conversationId));
    expect(conversation).toMatchObject({ channel: 'email', channelId: channel.id, subject: 'Parcel', status: 'open' });
  });

  it('finds the customer by any identity on file and records the new ones', async () => {
    const space = await workspace();
    const channel = await emailChannel(space, `id-${unique()}@acme.test`);
    const first = await ingestInbound(t.ctx, {
      channel,
      dedupeKey: 'm1',
      customer: { identities: [{ kind: 'email', value: 'bob@example.com' }], name: 'Bob' },
      body: 'Hello',
    });
    const second = await ingestInbound(t.ctx, {
      channel,
      dedupeKey: 'm2',
      customer: {
        identities: [
          { kind: 'telegram', value: '4242' },
          { kind: 'email', value: 'bob@example.com' },
        ],
        name: 'Bobby',
      },
      body: 'Again',
    });
    expect(second.customerId).toBe(first.customerId);
    const identities = await t.database.db
      .select({ kind: customerIdentities.kind, value: customerIdentities.value })
      .from(customerIdentities)
      .where(eq(customerIdentities.customerId, first.customerId));
    expect(identities.map((row) => `${row.kind}:${row.value}`).sort()).toEqual([
      'email:bob@example.com',
      'telegram:4242',
    ]);
    const [customer] = await t.database.db.select().from(customers).where(eq(customers.id, first.customerId));
    expect(customer?.name).toBe('Bob');
  });

  it('continues the conversation threading finds, reopening it as a new cycle when resolved', async () => {
    const space = await workspace();
    const { agent } = space;
    const channel = await emailChannel(space, `th-${unique()}@acme.test`);
    const customer = { identities: [{ kind: 'email' as const, value: 'cleo@example.com' }], name: 'Cleo' };
    const opened = await ingestInbound(t.ctx, {
      channel,
      dedupeKey: 'first',
      customer,
      body: 'Question',
      newThread: { threadKey: `token-${unique()}` },
    });
    expect(opened.conversationCreated).toBe(true);
    const resolved = await agent.request('PATCH', API.conversation(opened.conversationId), { status: 'resolved' });
    expect(resolved.status).toBe(200);

    const followUp = await ingestInbound(t.ctx, {
      channel,
      dedupeKey: 'second',
      customer,
      body: 'One more thing',
      thread: async (_tx, customerId) => {
        expect(customerId).toBe(opened.customerId);
        return opened.conversationId;
      },
    });
    expect(followUp).toMatchObject({ conversationId: opened.conversationId, conversationCreated: false });
    const [conversation] = await t.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, opened.conversationId));
    expect(conversation).toMatchObject({ status: 'open', cycle: 2 });
    const events = await t.database.query<{ type: string }>(
      'SELECT type FROM conversation_events WHERE conversation_id = $1 ORDER BY seq',
      [opened.conversationId],
    );
    expect(events.rows.map((row) => row.type)).toEqual([
      'conversation.created',
      'message.inbound',
      'conversation.status_changed',
      'message.inbound',
      'conversation.reopened',
    ]);
  });

  it('writes nothing when the transaction fails, files included', async () => {
    const space = await workspace();
    const channel = await emailChannel(space, `tx-${unique()}@acme.test`);
    const storage = t.ctx.attachmentStorage;
    const stored: string[] = [];
    const deleted: string[] = [];
    const put = storage.put.bind(storage);
    const remove = storage.delete.bind(storage);
    storage.put = async (key, body, size) => {
      stored.push(key);
      return put(key, body, size);
    };
    storage.delete = async (key) => {
      deleted.push(key);
      return remove(key);
    };
    const failing = ingestInbound(t.ctx, {
      channel,
      dedupeKey: 'broken',
      customer: { identities: [{ kind: 'email', value: 'dan@example.com' }], name: 'Dan' },
      body: 'Will not land',
      files: [{ fileName: 'a.txt', contentType: 'text/plain', bytes: Buffer.from('bytes') }],
      thread: async () => {
        throw new Error('threading failed');
      },
    });
    await expect(failing)
      .rejects.toThrow('threading failed')
      .finally(() => {
        storage.put = put;
        storage.delete = remove;
      });
    // The file's bytes were written before the transaction, and removed when it failed.
    expect(stored).toHaveLength(1);
    expect(deleted).toEqual(stored);
    const rows = await t.database.db
      .select()
      .from(customerIdentities)
      .where(and(eq(customerIdentities.accountId, channel.accountId), eq(customerIdentities.value, 'dan@example.com')));
    expect(rows).toHaveLength(0);
  });
});

describe('replies through a channel', () => {
  it('queues the delivery with the reply and records a failure the agent can see', async () => {
    const space = await workspace();
    const { agent } = space;
    const channel = await emailChannel(space, `out-${unique()}@acme.test`);
    const inbound = await ingestInbound(t.ctx, {
      channel,
      dedupeKey: 'question',
      customer: { identities: [{ kind: 'email', value: 'eve@example.com' }], name: 'Eve', email: 'eve@example.com' },
      body: 'Where is my order?',
      subject: 'Order',
    });
    const reply = await agent.request('POST', API.conversationMessages(inbound.conversationId), {
      direction: 'outbound',
      body: 'It ships today.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.delivery).toEqual({ status: 'pending', error: null });
    const jobs = await t.database.query<{ data: { messageId: string } }>(
      "SELECT data FROM pgboss.job WHERE name = 'channels.deliver' AND data->>'messageId' = $1",
      [reply.body.id],
    );
    expect(jobs.rows).toHaveLength(1);

    // No SMTP_URL in the test app: the delivery fails, is recorded, and the job is retried.
    t.ctx.config.mail = null;
    await expect(deliverReply(t.ctx, channel.accountId, reply.body.id)).rejects.toThrow();
    const [row] = await t.database.db.select().from(messages).where(eq(messages.id, reply.body.id));
    expect(row?.deliveryStatus).toBe('failed');
    expect(row?.deliveryError).toBeTruthy();

    // A note never goes out.
    const note = await agent.request('POST', API.conversationMessages(inbound.conversationId), {
      direction: 'note',
      body: 'Checked the warehouse',
    });
    expect(note.body.delivery).toBeNull();
  });

  it('does not queue deliveries for API conversations', async () => {
    const { admin, agent } = await workspace();
    const token = await admin.request('POST', API.apiTokens, { name: 'integration' });
    const opened = await t.app.inject({
      method: 'POST',
      url: API.conversations,
      headers: { authorization: `Bearer ${token.body.secret}` },
      payload: { customer: { name: 'Finn' }, message: { body: 'Hi' } },
    });
    const reply = await agent.request('POST', API.conversationMessages(opened.json().id), {
      direction: 'outbound',
      body: 'Hello',
    });
    expect(reply.body.delivery).toBeNull();
  });
});

describe('ingestInboundMany (group commit)', () => {
  const from = (value: string, name: string) => ({ identities: [{ kind: 'email' as const, value }], name });

  it('stores a group in order: a new customer’s second message continues the conversation the first opened', async () => {
    const space = await workspace();
    const channel = await emailChannel(space, `grp-${unique()}@acme.test`);
    const token = `token-${unique()}`;
    const eve = from(`eve-${unique()}@example.com`, 'Eve');
    const earlier = await ingestInbound(t.ctx, { channel, dedupeKey: 'sent-before', customer: eve, body: 'Hello' });
    const followsEve = async (tx: Parameters<NonNullable<InboundMessage['thread']>>[0]) => {
      const [row] = await tx
        .select({ id: conversations.id })
        .from(conversations)
        .innerJoin(messages, eq(messages.conversationId, conversations.id))
        .where(and(eq(conversations.accountId, channel.accountId), eq(messages.body, 'Where is my order?')));
      return row?.id ?? null;
    };
    const results = await ingestInboundMany(t.ctx, [
      { channel, dedupeKey: 'a', customer: eve, body: 'Where is my order?', newThread: { threadKey: token } },
      { channel, dedupeKey: 'b', customer: eve, body: 'It was due Monday', thread: followsEve },
      { channel, dedupeKey: 'a', customer: eve, body: 'Where is my order?' },
      { channel, dedupeKey: 'sent-before', customer: eve, body: 'Hello' },
      { channel, dedupeKey: 'c', customer: from(`fay-${unique()}@example.com`, 'Fay'), body: 'Refund please' },
    ]);
    const values = results.map((result) => (result.status === 'fulfilled' ? result.value : null));
    const [first, second, again, before, other] = values;
    expect(first).toMatchObject({ created: true, conversationCreated: true, customerId: earlier.customerId });
    expect(second).toMatchObject({ created: true, conversationId: first?.conversationId, conversationCreated: false });
    // A repeat inside the group and one stored before the group: the stored message, nothing written twice.
    expect(again).toMatchObject({ created: false, messageId: first?.messageId });
    expect(before).toMatchObject({ created: false, messageId: earlier.messageId });
    expect(other).toMatchObject({ created: true, conversationCreated: true });
    expect(other?.customerId).not.toBe(first?.customerId);
    const stored = await t.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.conversationId, first?.conversationId ?? ''));
    expect(stored.map((row) => row.body).sort()).toEqual(['It was due Monday', 'Where is my order?']);
    const events = await t.database.query<{ type: string }>(
      'SELECT type FROM conversation_events WHERE conversation_id = $1 ORDER BY seq',
      [first?.conversationId],
    );
    expect(events.rows.map((row) => row.type)).toEqual(['conversation.created', 'message.inbound', 'message.inbound']);
  });

  it('stores the rest alone when one message breaks the group’s transaction', async () => {
    const space = await workspace();
    const channel = await emailChannel(space, `brk-${unique()}@acme.test`);
    const results = await ingestInboundMany(t.ctx, [
      { channel, dedupeKey: 'ok-1', customer: from(`gil-${unique()}@example.com`, 'Gil'), body: 'First' },
      {
        channel,
        dedupeKey: 'broken',
        customer: from(`hal-${unique()}@example.com`, 'Hal'),
        body: 'Will not land',
        thread: async () => {
          throw new Error('threading failed');
        },
      },
      { channel, dedupeKey: 'ok-2', customer: from(`ida-${unique()}@example.com`, 'Ida'), body: 'Third' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ status: 'rejected', reason: new Error('threading failed') });
    const bodies = await t.database.db
      .select({ body: messages.body })
      .from(messages)
      .where(eq(messages.accountId, channel.accountId));
    expect(bodies.map((row) => row.body).sort()).toEqual(['First', 'Third']);
  });

  it('groups what arrives while a group is being stored, and answers each caller once theirs is committed', async () => {
    const space = await workspace();
    const channel = await emailChannel(space, `bat-${unique()}@acme.test`);
    const batcher = new InboundBatcher(t.ctx, 3);
    const sent = Array.from({ length: 7 }, (_, index) =>
      batcher.store({
        channel,
        dedupeKey: `m-${index}`,
        customer: from(`jo-${index % 2}-${channel.id}@example.com`, `Jo ${index % 2}`),
        body: `Message ${index}`,
      }),
    );
    const results = await Promise.all(sent);
    for (const [index, result] of results.entries()) {
      const [row] = await t.database.db.select().from(messages).where(eq(messages.id, result.messageId));
      expect(row?.body).toBe(`Message ${index}`);
    }
    expect(new Set(results.map((result) => result.customerId)).size).toBe(2);
    await batcher.idle();
  });
});
