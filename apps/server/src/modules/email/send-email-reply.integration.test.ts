import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { API } from '@sincere/contracts';
import { channels, conversationThreads, conversations, customers, messages } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn, uploadFile } from '../../testing/http-client';
import { deliverReply } from '../channels/deliver-outbound';
import { ingestRawEmail } from './ingest-email';

const t = await createTestApp();

/** The outgoing SMTP server: an smtp-server in this process that keeps every mail, with its envelope. */
const received: { mail: ParsedMail; envelopeFrom: string; envelopeTo: string[] }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        received.push({
          mail,
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((to) => to.address),
        });
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
let smtpUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  t.ctx.config.mail = { smtpUrl, from: 'Sincere <sincere@sincere.test>' };
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await t.close();
});

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((entry) => entry.value.map((one) => one.address));

async function mailbox(settings: { fromName?: string } = {}) {
  const people = await seedAccountWithPeople(t.database, 'Kettles Ltd');
  const address = `support-${randomUUID().slice(0, 8)}@acme.test`;
  const [channel] = await t.database.db
    .insert(channels)
    .values({
      accountId: people.account.id,
      kind: 'email',
      name: 'Support',
      address,
      settings: { address, ...settings },
    })
    .returning();
  if (!channel) throw new Error('no channel');
  const agent = await signIn(t.app, people.agent.email);
  return { people, channel, address, agent };
}

function email(headers: Record<string, string>, body: string): Buffer {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return Buffer.from([...lines, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'));
}

/** The agent answers through the API, then the queued delivery job runs; the mail it sent. */
async function answer(
  ctx: Awaited<ReturnType<typeof mailbox>>,
  conversationId: string,
  body: string,
  attachmentIds: string[] = [],
) {
  const reply = await ctx.agent.request('POST', API.conversationMessages(conversationId), {
    direction: 'outbound',
    body,
    attachmentIds,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  await deliverReply(t.ctx, ctx.people.account.id, reply.body.id);
  const [row] = await t.database.db.select().from(messages).where(eq(messages.id, reply.body.id));
  return { row: row!, sent: received.find((one) => one.mail.text?.includes(body)) };
}

describe('sending an agent reply by email', () => {
  it('sends from the channel to the customer, threaded after their email, and an answer to it comes back', async () => {
    const box = await mailbox({ fromName: 'Kettle Support' });
    const first = await ingestRawEmail(
      t.ctx,
      box.channel,
      email(
        {
          From: 'Ann Customer <ann@example.com>',
          To: box.address,
          Subject: 'Broken kettle',
          'Message-ID': '<second@example.com>',
          'In-Reply-To': '<root@example.com>',
          References: '<root@example.com>',
        },
        'My kettle broke after a week.',
      ),
      { mailFrom: 'ann@example.com', recipients: [box.address] },
    );
    if (first.kind !== 'stored') throw new Error(`the customer's email was not stored: ${first.reason}`);
    const photo = await uploadFile(t.app, box.agent, { name: 'label.pdf', type: 'application/pdf', bytes: 'PDF!' });
    expect(photo.status).toBe(201);

    const { row, sent } = await answer(box, first.conversationId, 'Sorry to hear that, a new one is on its way.', [
      photo.body.id,
    ]);

    expect(row).toMatchObject({ deliveryStatus: 'sent', deliveryError: null });
    if (!sent) throw new Error('no mail was sent');
    const { mail } = sent;
    const [thread] = await t.database.db
      .select()
      .from(conversationThreads)
      .where(eq(conversationThreads.conversationId, first.conversationId));
    if (!thread) throw new Error('the conversation has no thread token');
    const [local, domain] = box.address.split('@');
    expect(mail.messageId).toBe(`<${row.id}.${thread.threadKey}@${domain}>`);
    expect(row.externalId).toBe(`${row.id}.${thread.threadKey}@${domain}`);
    expect(mail.from?.value).toEqual([{ name: 'Kettle Support', address: box.address }]);
    expect(addresses(mail.to)).toEqual(['ann@example.com']);
    expect(addresses(mail.replyTo)).toEqual([`${local}+${thread.threadKey}@${domain}`]);
    expect(mail.subject).toBe('Re: Broken kettle');
    expect(mail.inReplyTo).toBe('<second@example.com>');
    expect(mail.references).toEqual(['<root@example.com>', '<second@example.com>']);
    expect(mail.text?.trim()).toBe('Sorry to hear that, a new one is on its way.');
    expect(mail.attachments.map((file) => [file.filename, file.contentType, file.content.toString()])).toEqual([
      ['label.pdf', 'application/pdf', 'PDF!'],
    ]);
    expect(sent.envelopeFrom).toBe(box.address);
    expect(sent.envelopeTo).toEqual(['ann@example.com']);

    // Ann answers from a client that keeps only In-Reply-To, with a new subject: it finds the conversation.
    const answered = await ingestRawEmail(
      t.ctx,
      box.channel,
      email(
        {
          From: 'ann@example.com',
          To: box.address,
          Subject: 'thanks',
          'Message-ID': '<third@example.com>',
          'In-Reply-To': mail.messageId ?? '',
        },
        'Thank you!',
      ),
    );
    expect(answered).toMatchObject({ kind: 'stored', conversationId: first.conversationId, created: true });
  });

  it('gives a conversation an agent started a thread token, and the answer to its Reply-To finds it', async () => {
    const box = await mailbox();
    const [customer] = await t.database.db
      .insert(customers)
      .values({ accountId: box.people.account.id, name: 'Bob', email: 'bob@example.com' })
      .returning();
    const [conversation] = await t.database.db
      .insert(conversations)
      .values({
        accountId: box.people.account.id,
        customerId: customer!.id,
        channel: 'email',
        channelId: box.channel.id,
        subject: 'Re: Your order',
      })
      .returning();

    const { row, sent } = await answer(box, conversation!.id, 'Your order has shipped.');

    expect(row.deliveryStatus).toBe('sent');
    if (!sent) throw new Error('no mail was sent');
    // From defaults to the account's name; a "Re:" is not doubled; nothing to answer, so no In-Reply-To.
    expect(sent.mail.from?.value).toEqual([{ name: 'Kettles Ltd', address: box.address }]);
    expect(sent.mail.subject).toBe('Re: Your order');
    expect(sent.mail.inReplyTo).toBeUndefined();
    const [thread] = await t.database.db
      .select()
      .from(conversationThreads)
      .where(eq(conversationThreads.conversationId, conversation!.id));
    expect(thread?.threadKey).toMatch(/^[0-9a-f]{20}$/);
    expect(addresses(sent.mail.replyTo)).toEqual([box.address.replace('@', `+${thread?.threadKey}@`)]);

    // Bob's client dropped every header, but wrote to the Reply-To address.
    const replyTo = addresses(sent.mail.replyTo)[0] ?? '';
    const answered = await ingestRawEmail(
      t.ctx,
      box.channel,
      email({ From: 'bob@example.com', To: replyTo, Subject: 'shipped?', 'Message-ID': '<b1@example.com>' }, 'Ok'),
      { mailFrom: 'bob@example.com', recipients: [replyTo] },
    );
    expect(answered).toMatchObject({ kind: 'stored', conversationId: conversation!.id });
  });

  it('records a clear delivery error when SMTP_URL is not set, and sends once it is', async () => {
    const box = await mailbox();
    const first = await ingestRawEmail(
      t.ctx,
      box.channel,
      email({ From: 'cid@example.com', To: box.address, Subject: 'Hi', 'Message-ID': `<${randomUUID()}@x>` }, 'Hi'),
    );
    if (first.kind !== 'stored') throw new Error('not stored');
    t.ctx.config.mail = null;
    try {
      await expect(answer(box, first.conversationId, 'Unsent for now')).rejects.toThrow(/SMTP_URL is not set/);
    } finally {
      t.ctx.config.mail = { smtpUrl, from: 'Sincere <sincere@sincere.test>' };
    }
    const [failed] = await t.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, first.conversationId), eq(messages.direction, 'outbound')));
    expect(failed).toMatchObject({ deliveryStatus: 'failed', deliveryError: expect.stringMatching(/SMTP_URL/) });

    await deliverReply(t.ctx, box.people.account.id, failed!.id);
    const [retried] = await t.database.db.select().from(messages).where(eq(messages.id, failed!.id));
    expect(retried?.deliveryStatus).toBe('sent');
    expect(received.filter((one) => one.mail.text?.includes('Unsent for now'))).toHaveLength(1);
  });
});
