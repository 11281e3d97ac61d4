import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { attachments, channels, conversationThreads, conversations, customerIdentities, messages } from '@sincere/db';
import { seedAccount } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import type { ChannelRow } from '../channels/channel.repository';
import { findEmailChannelForRecipient, ingestRawEmail, replyMessageId, replyToAddress } from './ingest-email';

const t = await createTestApp();
afterAll(() => t.close());

let seq = 0;
async function inbox() {
  seq += 1;
  const account = await seedAccount(t.database.db, { name: `Mail ${seq}` });
  const address = `support${seq}-${Date.now()}@acme.test`;
  const [channel] = await t.database.db
    .insert(channels)
    .values({ accountId: account.id, kind: 'email', name: 'Support', address, settings: { address } })
    .returning();
  if (!channel) throw new Error('no channel');
  return { account, channel };
}

interface Mail {
  from?: string;
  to?: string;
  subject?: string;
  messageId?: string | null;
  inReplyTo?: string;
  references?: string;
  headers?: string[];
  body?: string;
}

function mail(options: Mail): Buffer {
  const lines = [
    `From: ${options.from ?? 'Ann Smith <Ann@Example.com>'}`,
    `To: ${options.to ?? 'support@acme.test'}`,
    `Subject: ${options.subject ?? 'Order 5'}`,
    ...(options.messageId === null ? [] : [`Message-ID: <${options.messageId ?? `${Math.random()}@example.com`}>`]),
    ...(options.inReplyTo ? [`In-Reply-To: <${options.inReplyTo}>`] : []),
    ...(options.references ? [`References: ${options.references}`] : []),
    ...(options.headers ?? []),
    'Date: Tue, 29 Apr 2025 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.body ?? 'Where is my order?',
  ];
  return Buffer.from(lines.join('\r\n'));
}

async function stored(channel: ChannelRow, raw: Buffer) {
  const outcome = await ingestRawEmail(t.ctx, channel, raw);
  if (outcome.kind !== 'stored') throw new Error(`ignored: ${outcome.reason}`);
  return outcome;
}

const messagesOf = (accountId: string) =>
  t.database.db.select().from(messages).where(eq(messages.accountId, accountId));

describe('storing an inbound email', () => {
  it('stores the new text as the body and the quote and signature as the original', async () => {
    const { account, channel } = await inbox();
    const body =
      'Спасибо, заказ пришёл.\n\n-- \nАнна\n\nOn Mon, 28 Apr 2025 at 10:00, Support <s@acme.test> wrote:\n> Your order is on its way.';
    const outcome = await stored(channel, mail({ to: channel.address, messageId: 'first@example.com', body }));
    expect(outcome.created).toBe(true);
    const [message] = await messagesOf(account.id);
    expect(message?.body).toBe('Спасибо, заказ пришёл.');
    expect(message?.externalId).toBe('first@example.com');
    expect(message?.metadata).toMatchObject({
      from: { address: 'ann@example.com', name: 'Ann Smith' },
      subject: 'Order 5',
      original: { html: null },
    });
    const original = message?.metadata?.['original'] as { text: string; quoted: string };
    expect(original.text).toContain('Your order is on its way.');
    expect(original.quoted).toContain('> Your order is on its way.');
    const [conversation] = await t.database.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, outcome.conversationId));
    expect(conversation).toMatchObject({ subject: 'Order 5', channelId: channel.id, channel: 'email' });
    const identities = await t.database.db
      .select()
      .from(customerIdentities)
      .where(eq(customerIdentities.accountId, account.id));
    expect(identities.map((row) => [row.kind, row.value])).toEqual([['email', 'ann@example.com']]);
    const [thread] = await t.database.db
      .select()
      .from(conversationThreads)
      .where(eq(conversationThreads.conversationId, outcome.conversationId));
    expect(thread).toMatchObject({ channelId: channel.id, subjectKey: 'order 5' });
    expect(thread?.threadKey).toMatch(/^[0-9a-f]{20}$/);
  });

  it('stores one message for the same Message-ID delivered twice, and for the same bytes without one', async () => {
    const { account, channel } = await inbox();
    const first = await stored(channel, mail({ messageId: 'twice@example.com' }));
    const again = await stored(channel, mail({ messageId: 'twice@example.com' }));
    expect(again).toEqual({ ...first, created: false });
    const raw = mail({ messageId: null, subject: 'No id' });
    const noId = await stored(channel, raw);
    const noIdAgain = await stored(channel, raw);
    expect(noIdAgain).toEqual({ ...noId, created: false });
    expect(await messagesOf(account.id)).toHaveLength(2);
  });

  it('stores attachments and inline images as the message’s files', async () => {
    const { account, channel } = await inbox();
    await stored(channel, readFileSync('/work/shared/fixtures/mime/mimetorture.eml'));
    const files = await t.database.db.select().from(attachments).where(eq(attachments.accountId, account.id));
    expect(files.map((file) => file.fileName)).toEqual(
      expect.arrayContaining(['foo.gz', 'blah.gz', 'smiley-3.png', 'dot.gif', 'htmlfile.html']),
    );
    expect(files.every((file) => file.messageId !== null)).toBe(true);
  });

  it('finds the channel of a +token recipient address', async () => {
    const { channel } = await inbox();
    const found = await findEmailChannelForRecipient(
      t.database.db,
      replyToAddress(channel.address.toUpperCase(), 'abc'),
    );
    expect(found?.id).toBe(channel.id);
    expect(await findEmailChannelForRecipient(t.database.db, 'nobody@acme.test')).toBeNull();
  });
});

describe('threading inbound email', () => {
  it('continues the conversation whose message the reply names, even under another subject', async () => {
    const { channel } = await inbox();
    const first = await stored(channel, mail({ messageId: 'a1@example.com' }));
    const reply = await stored(channel, mail({ subject: 'Something else', inReplyTo: 'a1@example.com' }));
    expect(reply.conversationId).toBe(first.conversationId);
    const byReferences = await stored(
      channel,
      mail({ subject: 'Other', references: '<unknown@x.test> <a1@example.com>' }),
    );
    expect(byReferences.conversationId).toBe(first.conversationId);
  });

  it('continues a conversation through our own reply’s Message-ID', async () => {
    const { account, channel } = await inbox();
    const first = await stored(channel, mail({}));
    const [thread] = await t.database.db
      .select()
      .from(conversationThreads)
      .where(eq(conversationThreads.conversationId, first.conversationId));
    const ours = replyMessageId('0190aaaa-bbbb', thread?.threadKey ?? '', 'acme.test');
    await t.database.db.insert(messages).values({
      accountId: account.id,
      conversationId: first.conversationId,
      direction: 'outbound',
      body: 'On its way',
      externalId: ours,
    });
    const reply = await stored(channel, mail({ subject: 'Thanks', inReplyTo: ours }));
    expect(reply.conversationId).toBe(first.conversationId);
  });

  it('continues by the reply token in the address it was sent to or in a Message-ID it answers', async () => {
    const { channel } = await inbox();
    const first = await stored(channel, mail({}));
    const [thread] = await t.database.db
      .select()
      .from(conversationThreads)
      .where(eq(conversationThreads.conversationId, first.conversationId));
    const token = thread?.threadKey ?? '';
    // A colleague answers from another address, to the Reply-To of our reply.
    const colleague = await stored(
      channel,
      mail({ from: 'bob@example.com', to: replyToAddress(channel.address, token), subject: 'Unrelated' }),
    );
    expect(colleague.conversationId).toBe(first.conversationId);
    // The customer's client kept only our Message-ID, which we never stored.
    const headerless = await stored(
      channel,
      mail({ subject: 'New words', inReplyTo: replyMessageId('never-stored', token, 'acme.test') }),
    );
    expect(headerless.conversationId).toBe(first.conversationId);
  });

  it('continues the same customer’s unresolved conversation with the same subject, and no longer once resolved', async () => {
    const { channel } = await inbox();
    const first = await stored(channel, mail({ subject: 'Order 5' }));
    const reply = await stored(channel, mail({ subject: 'RE: Fwd:  order 5' }));
    expect(reply.conversationId).toBe(first.conversationId);
    const stranger = await stored(channel, mail({ from: 'carl@example.com', subject: 'Re: Order 5' }));
    expect(stranger.conversationId).not.toBe(first.conversationId);
    await t.database.db
      .update(conversations)
      .set({ status: 'resolved' })
      .where(eq(conversations.id, first.conversationId));
    const later = await stored(channel, mail({ subject: 'Re: Order 5' }));
    expect(later.conversationId).not.toBe(first.conversationId);
  });

  it('gives each customer answering one newsletter a conversation of their own', async () => {
    const { account, channel } = await inbox();
    const answers = [];
    for (const from of ['a@example.com', 'b@example.com', 'c@example.com']) {
      answers.push(await stored(channel, mail({ from, subject: 'Re: Spring news', inReplyTo: 'news-1@acme.test' })));
    }
    expect(new Set(answers.map((answer) => answer.conversationId)).size).toBe(3);
    // Answering a message that sits in another customer's conversation does not join it either.
    const [aMessage] = await t.database.db
      .select()
      .from(messages)
      .where(and(eq(messages.accountId, account.id), eq(messages.conversationId, answers[0]?.conversationId ?? '')));
    const d = await stored(
      channel,
      mail({ from: 'd@example.com', subject: 'Re: Spring news', inReplyTo: aMessage?.externalId ?? '' }),
    );
    expect(answers.map((answer) => answer.conversationId)).not.toContain(d.conversationId);
  });
});

describe('bounces and auto-replies', () => {
  it('never opens or reopens a conversation', async () => {
    const { account, channel } = await inbox();
    const first = await stored(channel, mail({ messageId: 'orig@example.com' }));
    await t.database.db
      .update(conversations)
      .set({ status: 'resolved' })
      .where(eq(conversations.id, first.conversationId));
    const ignored = [
      readFileSync('/work/shared/fixtures/mime/bounce.eml'),
      readFileSync('/work/shared/fixtures/mime/arf.eml'),
      mail({ inReplyTo: 'orig@example.com', headers: ['Auto-Submitted: auto-replied'] }),
      mail({ inReplyTo: 'orig@example.com', headers: ['X-Autoreply: yes'] }),
      mail({ inReplyTo: 'orig@example.com', headers: ['Precedence: bulk'] }),
      mail({ from: 'MAILER-DAEMON@mx.example.com', inReplyTo: 'orig@example.com' }),
    ];
    for (const raw of ignored) {
      const outcome = await ingestRawEmail(t.ctx, channel, raw);
      expect(outcome.kind).toBe('ignored');
    }
    const nullSender = await ingestRawEmail(t.ctx, channel, mail({ inReplyTo: 'orig@example.com' }), { mailFrom: '' });
    expect(nullSender).toEqual({ kind: 'ignored', reason: expect.stringMatching(/envelope sender/) });
    expect(await messagesOf(account.id)).toHaveLength(1);
    const all = await t.database.db.select().from(conversations).where(eq(conversations.accountId, account.id));
    expect(all.map((row) => row.status)).toEqual(['resolved']);
  });
});
