import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { channels, conversations, messages } from '@sincere/db';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { ingestRawEmail } from './ingest-email';
import { pollImapChannels, type ImapClient, type ImapConnect, type ImapLogin } from './imap-poller';

// There is no IMAP server here: a fake mailbox stands in for ImapFlow, with the calls the poller makes.
const t = await createTestApp();
afterAll(() => t.close());

interface FakeMessage {
  uid: number;
  source: Buffer;
  seen: boolean;
}

/** One IMAP account: its messages, who logged in, and what was asked of it, in order. */
class FakeMailbox {
  readonly messages: FakeMessage[] = [];
  readonly calls: string[] = [];
  logins: ImapLogin[] = [];
  failConnect: string | null = null;
  /** Runs just before a message is marked \Seen: the moment to look at what is stored. */
  beforeSeen: ((uid: string) => Promise<void>) | null = null;

  add(raw: string): number {
    const uid = this.messages.length + 1;
    this.messages.push({ uid, source: Buffer.from(raw.replace(/\n/g, '\r\n')), seen: false });
    return uid;
  }

  readonly connect: ImapConnect = (login) => {
    this.logins.push(login);
    const client: ImapClient = {
      connect: async () => {
        this.calls.push('connect');
        if (this.failConnect) throw new Error(this.failConnect);
      },
      getMailboxLock: async (path) => {
        this.calls.push(`lock ${path}`);
        return { release: () => this.calls.push('release') };
      },
      search: async (query) => {
        this.calls.push('search');
        return this.messages.filter((message) => message.seen === query.seen).map((message) => message.uid);
      },
      fetchOne: async (uid) => {
        this.calls.push(`fetch ${uid}`);
        const message = this.messages.find((one) => String(one.uid) === uid);
        return message ? { source: message.source } : false;
      },
      messageFlagsAdd: async (uid, flags) => {
        await this.beforeSeen?.(uid);
        this.calls.push(`flag ${uid} ${flags.join(' ')}`);
        const message = this.messages.find((one) => String(one.uid) === uid);
        if (message && flags.includes('\\Seen')) message.seen = true;
        return true;
      },
      logout: async () => {
        this.calls.push('logout');
      },
      close: () => {
        this.calls.push('close');
      },
    };
    return client;
  };
}

/** Every fake mailbox by IMAP user, so that one poll can reach several channels. */
const mailboxes = new Map<string, FakeMailbox>();
const connect: ImapConnect = (login) => {
  const box = mailboxes.get(login.user);
  if (!box) throw new Error(`no fake mailbox for ${login.user}`);
  return box.connect(login);
};

async function imapChannel(options: { password?: boolean } = {}) {
  const people = await seedAccountWithPeople(t.database, 'IMAP');
  const address = `help-${randomUUID().slice(0, 8)}@acme.test`;
  const user = `imap-${randomUUID()}`;
  const [channel] = await t.database.db
    .insert(channels)
    .values({
      accountId: people.account.id,
      kind: 'email',
      name: 'Help',
      address,
      settings: {
        address,
        imap: { host: 'imap.acme.test', port: 993, secure: true, user, mailbox: 'Support' },
      },
      secrets: options.password === false ? {} : { imapPassword: 'app-password' },
    })
    .returning();
  if (!channel) throw new Error('no channel');
  const box = new FakeMailbox();
  mailboxes.set(user, box);
  return { channel, address, box };
}

function email(to: string, subject: string, body: string, messageId = `${randomUUID()}@example.com`): string {
  return [
    'From: Bob Customer <bob@example.com>',
    `To: ${to}`,
    `Subject: ${subject}`,
    `Message-ID: <${messageId}>`,
    'Date: Tue, 10 Jun 2025 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n');
}

async function inboundMessagesOf(channelId: string) {
  return t.database.db
    .select({ body: messages.body, conversationId: messages.conversationId })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(eq(conversations.channelId, channelId));
}

const summaryOf = (summaries: Awaited<ReturnType<typeof pollImapChannels>>, channelId: string) =>
  summaries.find((summary) => summary.channelId === channelId);

describe('polling IMAP mailboxes', () => {
  it('stores each unseen message, marks it \\Seen only once stored, and logs out', async () => {
    const { channel, address, box } = await imapChannel();
    box.add(email(address, 'Refund', 'Where is my refund?'));
    box.add(email(address, 'Invoice', 'Please send the invoice.'));
    const storedWhenMarked: number[] = [];
    box.beforeSeen = async () => {
      storedWhenMarked.push((await inboundMessagesOf(channel.id)).length);
    };

    const summaries = await pollImapChannels(t.ctx, { connect });

    expect(summaryOf(summaries, channel.id)).toEqual({
      channelId: channel.id,
      unseen: 2,
      stored: 2,
      ignored: 0,
      failed: 0,
      error: null,
    });
    expect(box.logins[0]).toMatchObject({ host: 'imap.acme.test', port: 993, secure: true, password: 'app-password' });
    expect(box.calls).toEqual([
      'connect',
      'lock Support',
      'search',
      'fetch 1',
      'flag 1 \\Seen',
      'fetch 2',
      'flag 2 \\Seen',
      'release',
      'logout',
    ]);
    // When the first was marked, it was stored; when the second was, both were.
    expect(storedWhenMarked).toEqual([1, 2]);
    const stored = await inboundMessagesOf(channel.id);
    // Both stored, in whichever order they were committed.
    const bodies = stored.map((message) => message.body).join('\n');
    expect(bodies).toMatch(/refund/);
    expect(bodies).toMatch(/invoice/);
    expect(box.messages.every((message) => message.seen)).toBe(true);
  });

  it('does not store a message twice over two polls, even when it was not marked \\Seen', async () => {
    const { channel, address, box } = await imapChannel();
    box.add(email(address, 'Once', 'Only once please'));
    await pollImapChannels(t.ctx, { connect });
    expect(await inboundMessagesOf(channel.id)).toHaveLength(1);

    // Nothing unseen now: the second poll fetches nothing.
    box.calls.length = 0;
    expect(summaryOf(await pollImapChannels(t.ctx, { connect }), channel.id)).toMatchObject({ unseen: 0, stored: 0 });
    expect(box.calls).not.toContain('fetch 1');
    // Flag lost (another client cleared it): fetched again, stored once.
    box.messages[0]!.seen = false;
    await pollImapChannels(t.ctx, { connect });
    expect(await inboundMessagesOf(channel.id)).toHaveLength(1);
  });

  it('leaves a message unseen when storing it fails, and stores it at the next poll', async () => {
    const { channel, address, box } = await imapChannel();
    box.add(email(address, 'Broken', 'The database fails on this one'));
    box.add(email(address, 'Fine', 'This one is fine'));
    let failing = true;
    const ingest: typeof ingestRawEmail = async (ctx, to, raw, envelope) => {
      if (failing && raw.includes('The database fails')) throw new Error('connection terminated');
      return ingestRawEmail(ctx, to, raw, envelope);
    };

    const summary = summaryOf(await pollImapChannels(t.ctx, { connect, ingest }), channel.id);

    expect(summary).toMatchObject({ unseen: 2, stored: 1, failed: 1 });
    expect(summary?.error).toBe('message 1: connection terminated');
    expect(box.messages.map((message) => message.seen)).toEqual([false, true]);
    expect(box.calls).not.toContain('flag 1 \\Seen');
    expect(await inboundMessagesOf(channel.id)).toHaveLength(1);

    failing = false;
    expect(summaryOf(await pollImapChannels(t.ctx, { connect, ingest }), channel.id)).toMatchObject({
      unseen: 1,
      stored: 1,
      failed: 0,
    });
    expect(box.messages.map((message) => message.seen)).toEqual([true, true]);
    expect(await inboundMessagesOf(channel.id)).toHaveLength(2);
  });

  it('goes on with the other mailboxes when one cannot be reached, and says which failed', async () => {
    const broken = await imapChannel();
    broken.box.failConnect = 'Invalid credentials (Failure)';
    const working = await imapChannel();
    working.box.add(email(working.address, 'Still here', 'Another mailbox works'));
    const noPassword = await imapChannel({ password: false });

    const summaries = await pollImapChannels(t.ctx, { connect });

    expect(summaryOf(summaries, broken.channel.id)).toMatchObject({ error: 'Invalid credentials (Failure)' });
    expect(broken.box.calls).toEqual(['connect', 'close']);
    expect(summaryOf(summaries, working.channel.id)).toMatchObject({ stored: 1, error: null });
    expect(await inboundMessagesOf(working.channel.id)).toHaveLength(1);
    // No password, no poll.
    expect(summaryOf(summaries, noPassword.channel.id)).toBeUndefined();
    expect(noPassword.box.calls).toEqual([]);
  });
});
