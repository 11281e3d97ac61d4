import { ImapFlow } from 'imapflow';
import { EmailChannelSettings } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { listActiveChannels, type ChannelRow } from '../channels/channel.repository';
import { ingestRawEmail, type EmailOutcome } from './ingest-email';

/** Where and as whom to log in: a channel's IMAP settings and password. */
export interface ImapLogin {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
}

/** The few ImapFlow calls the poller makes: what a test's fake mailbox implements. */
export interface ImapClient {
  connect(): Promise<void>;
  getMailboxLock(path: string): Promise<{ release(): void }>;
  search(query: { seen: false }, options: { uid: true }): Promise<number[] | false | undefined>;
  fetchOne(
    uid: string,
    query: { source: true },
    options: { uid: true },
  ): Promise<{ source?: Buffer | undefined } | false>;
  messageFlagsAdd(uid: string, flags: string[], options: { uid: true }): Promise<boolean>;
  logout(): Promise<void>;
  close(): void;
}
export type ImapConnect = (login: ImapLogin) => ImapClient;

/** What the poller talks to: the real ImapFlow and ingestRawEmail, unless a test puts fakes in their place. */
export interface ImapPollDeps {
  connect?: ImapConnect;
  ingest?: typeof ingestRawEmail;
}

/** What one mailbox's poll did; `error` when the mailbox could not be read or a message could not be stored. */
export interface ImapPollSummary {
  channelId: string;
  /** Unseen messages found, and of those: stored (new or already stored), ignored, failed (left unseen). */
  unseen: number;
  stored: number;
  ignored: number;
  failed: number;
  error: string | null;
}

/** Messages taken from one mailbox per poll: a full mailbox empties over a few minutes, the others wait for none. */
const MESSAGES_PER_POLL = 200;
/** Mailboxes polled at once. */
const PARALLEL_MAILBOXES = 4;

/** The real client. Its 'error' event must be listened to: unheard, an emitter's error ends the process. */
export const connectImapFlow: ImapConnect = (login) => {
  const client = new ImapFlow({
    host: login.host,
    port: login.port,
    secure: login.secure,
    auth: { user: login.user, pass: login.password },
    logger: false,
    // Inside the minute between two polls.
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 45_000,
  });
  client.on('error', () => undefined);
  return client;
};

/**
 * The 'email.poll-imap' job: reads every active email channel that has an IMAP mailbox. Each unseen message is
 * stored (ingestRawEmail, idempotent by Message-ID) and marked \Seen only once stored, so a message whose storing
 * fails stays unseen and is taken again at the next poll. One mailbox failing does not stop the others.
 */
export async function pollImapChannels(ctx: AppContext, deps: ImapPollDeps = {}): Promise<ImapPollSummary[]> {
  const channels = (await listActiveChannels(ctx.database.db, 'email')).filter(
    (channel) => channel.settings.imap && channel.secrets.imapPassword,
  );
  const summaries: ImapPollSummary[] = [];
  let next = 0;
  const lane = async () => {
    for (let channel = channels[next++]; channel; channel = channels[next++]) {
      summaries.push(await pollImapChannel(ctx, channel, deps));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_MAILBOXES, channels.length) }, lane));
  return summaries;
}

export async function pollImapChannel(
  ctx: AppContext,
  channel: ChannelRow,
  deps: ImapPollDeps = {},
): Promise<ImapPollSummary> {
  const connect = deps.connect ?? connectImapFlow;
  const ingest = deps.ingest ?? ingestRawEmail;
  const summary: ImapPollSummary = { channelId: channel.id, unseen: 0, stored: 0, ignored: 0, failed: 0, error: null };
  const settings = EmailChannelSettings.safeParse(channel.settings);
  const password = channel.secrets.imapPassword;
  if (!settings.success || !settings.data.imap || !password) {
    return { ...summary, error: 'the channel has no valid IMAP settings' };
  }
  const { imap } = settings.data;
  let client: ImapClient | null = null;
  try {
    client = connect({ host: imap.host, port: imap.port, secure: imap.secure, user: imap.user, password });
    await client.connect();
    const lock = await client.getMailboxLock(imap.mailbox);
    try {
      const uids = (await client.search({ seen: false }, { uid: true })) || [];
      summary.unseen = uids.length;
      for (const uid of uids.slice(0, MESSAGES_PER_POLL)) {
        await takeMessage((raw) => ingest(ctx, channel, raw), client, String(uid), summary);
      }
    } finally {
      lock.release();
    }
    await client.logout();
  } catch (error) {
    summary.error = errorText(error);
    client?.close();
  }
  return summary;
}

/** One message: fetched (without setting \Seen), stored, then marked \Seen. */
async function takeMessage(
  store: (raw: Buffer) => Promise<EmailOutcome>,
  client: ImapClient,
  uid: string,
  summary: ImapPollSummary,
): Promise<void> {
  const message = await client.fetchOne(uid, { source: true }, { uid: true });
  // Expunged by another client meanwhile.
  if (!message || !message.source) return;
  try {
    const outcome = await store(message.source);
    summary[outcome.kind === 'stored' ? 'stored' : 'ignored'] += 1;
  } catch (error) {
    // Not an email at all: it never will be, and stays in the mailbox for a person to read.
    if (error instanceof AppError) {
      summary.ignored += 1;
      await client.messageFlagsAdd(uid, ['\\Seen'], { uid: true });
      return;
    }
    // Left unseen: the next poll tries again. The connection is fine; the other messages go on.
    summary.failed += 1;
    summary.error ??= `message ${uid}: ${errorText(error)}`;
    return;
  }
  await client.messageFlagsAdd(uid, ['\\Seen'], { uid: true });
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
