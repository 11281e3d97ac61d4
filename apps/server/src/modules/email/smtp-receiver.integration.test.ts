import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { channels, conversations, customers, messages } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver';

const t = await createTestApp();
/** Small, so that an oversized message is cheap to send. */
const MAX_BYTES = 20_000;
let receiver: SmtpReceiver;

beforeAll(async () => {
  // swaks is the real SMTP client this test speaks through; CI installs it (apt-get install swaks).
  const found = await run('sh', ['-c', 'command -v swaks']);
  if (found.code !== 0)
    throw new Error('swaks is not installed: apt-get install -y swaks (the SMTP receiver tests need it)');
  receiver = await startSmtpReceiver(t.ctx, { port: 0, host: '127.0.0.1', maxBytes: MAX_BYTES });
});
afterAll(async () => {
  await receiver.stop();
  await t.close();
});

interface Run {
  code: number;
  output: string;
}
function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** One mail through swaks; its transcript shows every SMTP reply ("<-" accepted, "<**" refused). */
function swaks(options: { to: string; from?: string; subject?: string; body?: string; headers?: string[] }) {
  return run('swaks', [
    ...['--server', '127.0.0.1', '--port', String(receiver.port)],
    ...['--to', options.to, '--from', options.from ?? 'ann@example.com'],
    ...['--header', `Subject: ${options.subject ?? 'Hello'}`],
    ...(options.headers ?? []).flatMap((header) => ['--header', header]),
    ...['--body', options.body ?? 'Hello there'],
  ]);
}

async function emailChannel() {
  const people = await seedAccountWithPeople(t.database, 'Mail receiver');
  const address = `support-${randomUUID().slice(0, 8)}@acme.test`;
  const [channel] = await t.database.db
    .insert(channels)
    .values({ accountId: people.account.id, kind: 'email', name: 'Support', address, settings: { address } })
    .returning();
  if (!channel) throw new Error('no channel');
  return { accountId: people.account.id, channel, address };
}

async function conversationsOf(channelId: string) {
  return t.database.db
    .select({ id: conversations.id, subject: conversations.subject, customerEmail: customers.email })
    .from(conversations)
    .innerJoin(customers, eq(customers.id, conversations.customerId))
    .where(eq(conversations.channelId, channelId));
}

async function messagesOf(accountId: string, conversationId: string) {
  return t.database.db
    .select()
    .from(messages)
    .where(and(eq(messages.accountId, accountId), eq(messages.conversationId, conversationId)))
    .orderBy(asc(messages.createdAt));
}

describe('the built-in SMTP receiver', () => {
  it('stores mail sent by a real SMTP client as a conversation before answering 250', async () => {
    const { accountId, channel, address } = await emailChannel();
    const sent = await swaks({
      to: address,
      from: 'Ann@Example.com',
      subject: 'Order 1042 did not arrive',
      body: 'Hello, my order 1042 never came.',
    });
    expect(sent.code, sent.output).toBe(0);
    expect(sent.output).toMatch(/<- {2}250 2\.0\.0 OK: stored/);

    // The 250 came after the commit: the rows are there as soon as swaks returns.
    const [conversation, ...others] = await conversationsOf(channel.id);
    expect(others).toHaveLength(0);
    expect(conversation).toMatchObject({ subject: 'Order 1042 did not arrive', customerEmail: 'ann@example.com' });
    const stored = await messagesOf(accountId, conversation!.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ direction: 'inbound' });
    expect(stored[0]?.body).toContain('my order 1042 never came');
    expect(stored[0]?.externalId).toBeTruthy();
  });

  it('accepts a plus-token address of a channel', async () => {
    const { channel, address } = await emailChannel();
    const [local, domain] = address.split('@');
    const sent = await swaks({ to: `${local}+sometoken@${domain}`, body: 'By the reply address' });
    expect(sent.code, sent.output).toBe(0);
    expect(await conversationsOf(channel.id)).toHaveLength(1);
  });

  it('refuses a recipient that is no active email channel with 550', async () => {
    const { channel, address } = await emailChannel();
    const refused = await swaks({ to: `nobody-${randomUUID().slice(0, 8)}@acme.test` });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/<\*\* +550 /);

    await t.database.db.update(channels).set({ active: false }).where(eq(channels.id, channel.id));
    const inactive = await swaks({ to: address });
    expect(inactive.output).toMatch(/<\*\* +550 /);
    expect(await conversationsOf(channel.id)).toHaveLength(0);
  });

  it('stores the same message sent twice (same Message-ID) once, and answers 250 both times', async () => {
    const { accountId, channel, address } = await emailChannel();
    const messageId = `<${randomUUID()}@example.com>`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const sent = await swaks({ to: address, subject: 'Twice', headers: [`Message-Id: ${messageId}`] });
      expect(sent.code, sent.output).toBe(0);
    }
    const found = await conversationsOf(channel.id);
    expect(found).toHaveLength(1);
    expect(await messagesOf(accountId, found[0]!.id)).toHaveLength(1);
  });

  it('refuses a message over the size limit with 552 and stores nothing', async () => {
    const { channel, address } = await emailChannel();
    const refused = await swaks({ to: address, body: 'x'.repeat(MAX_BYTES + 1000) });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/<\*\* +552 /);
    expect(await conversationsOf(channel.id)).toHaveLength(0);
  });

  it('refuses with 554 what is not an email at all, since sending it again would not help', async () => {
    const { channel, address } = await emailChannel();
    const refused = await run('swaks', [
      ...['--server', '127.0.0.1', '--port', String(receiver.port), '--to', address, '--from', 'ann@example.com'],
      ...['--data', 'just some words\nwithout any header\n'],
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/<\*\* +554 /);
    expect(await conversationsOf(channel.id)).toHaveLength(0);
  });

  it('answers 451 when the message cannot be stored, so that the sender tries again', async () => {
    const { address } = await emailChannel();
    const failing = await startSmtpReceiver(t.ctx, {
      port: 0,
      host: '127.0.0.1',
      maxBytes: MAX_BYTES,
      ingest: async () => {
        throw new Error('database unavailable');
      },
    });
    try {
      const sent = await run('swaks', [
        ...['--server', '127.0.0.1', '--port', String(failing.port), '--to', address, '--from', 'ann@example.com'],
      ]);
      expect(sent.code).not.toBe(0);
      expect(sent.output).toMatch(/<\*\* +451 /);
    } finally {
      await failing.stop();
    }
  });
});
