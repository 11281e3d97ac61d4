import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { ChannelRow } from '../channels/channel.repository';
import { InboundBatcher } from '../channels/inbound-batcher';
import type { InboundMessage, IngestResult } from '../channels/ingest-inbound';
import { findEmailChannelForRecipient, ingestRawEmail, type EmailOutcome } from './ingest-email';

export interface SmtpReceiverOptions {
  port: number;
  host: string;
  /** The largest message accepted; a larger one is answered 552. */
  maxBytes: number;
  /** What went wrong while storing (answered 451), for the process's log. */
  onLog?: (level: 'warn' | 'error', message: string, details: Record<string, unknown>) => void;
  /** Stores one message for one channel; ingestRawEmail unless a test puts a failing one in its place. */
  ingest?: typeof ingestRawEmail;
}

export interface SmtpReceiver {
  /** The port it listens on (the one chosen when asked for port 0). */
  port: number;
  stop(): Promise<void>;
}

/** An SMTP reply the client sees: the code decides whether the sender retries (4xx) or bounces (5xx). */
const reply = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });

/**
 * The built-in MX for email channels. Anyone may connect and send (no AUTH, as an MX); a recipient is accepted
 * only when it is the address of an active email channel, plus-token addresses included. The DATA is answered
 * 250 only once every addressed channel has stored the message (or decided to ignore it, like a bounce), and 451
 * when storing failed, so the sender tries again: acknowledged means stored. What is not an email is refused (554).
 *
 * STARTTLS and AUTH are off: mail arrives in clear text, as from most MTAs talking to an MX without TLS.
 */
export async function startSmtpReceiver(ctx: AppContext, options: SmtpReceiverOptions): Promise<SmtpReceiver> {
  const log = options.onLog ?? (() => undefined);
  // Deliveries on concurrent connections share a transaction (group commit); each 250 still waits for its own.
  const batcher = new InboundBatcher(ctx);
  const store = (_ctx: AppContext, input: InboundMessage) => batcher.store(input);
  const server = new SMTPServer({
    name: 'sincere',
    banner: 'Sincere mail receiver',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: options.maxBytes,
    rejectOversized: true,
    // A client that stalls holds a socket and, in DATA, memory: bounded like an MTA's own timeouts.
    socketTimeout: 120_000,
    closeTimeout: 10_000,
    onRcptTo(address, session, callback) {
      findEmailChannelForRecipient(ctx.database.db, address.address).then(
        (channel) => {
          if (channel) rememberChannel(session, address.address, channel);
          callback(channel ? null : reply(550, `5.1.1 <${address.address}>: no such mailbox here`));
        },
        (error: unknown) => {
          log('error', 'could not look up an email recipient', { err: error, recipient: address.address });
          callback(reply(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },
    onData(stream, session, callback) {
      receive(ctx, stream, session, options, store).then(
        (answer) => callback(answer.error ?? null, answer.message),
        (error: unknown) => {
          // Not an email at all: sending it again would not make it one.
          if (error instanceof AppError) return callback(reply(554, `5.6.0 ${error.message}`));
          log('error', 'could not store an inbound email', { err: error, session: session.id });
          callback(reply(451, '4.3.0 The message could not be stored, try again later'));
        },
      );
    },
  });
  server.on('error', (error) => log('warn', 'SMTP receiver connection error', { err: error }));
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.server.once('error', failed);
    server.listen(options.port, options.host, () => {
      server.server.off('error', failed);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await batcher.idle();
    },
  };
}

type Answer = { error: Error; message?: undefined } | { error?: undefined; message: string };

async function receive(
  ctx: AppContext,
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  options: SmtpReceiverOptions,
  store: (ctx: AppContext, input: InboundMessage) => Promise<IngestResult>,
): Promise<Answer> {
  const ingest = options.ingest ?? ingestRawEmail;
  const raw = await readLimited(stream, options.maxBytes);
  // smtp-server answers 552 itself (rejectOversized); this says so again should that option ever go.
  if (!raw) return { error: reply(552, '5.3.4 Message too big') };
  const recipients = session.envelope.rcptTo.map((to) => to.address);
  const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : null;
  const byChannel = await channelsOf(ctx, session, recipients);
  if (byChannel.size === 0) return { error: reply(550, '5.1.1 No such mailbox here') };
  const outcomes: EmailOutcome[] = [];
  // One channel after the other: each resolves only after its commit, so a 250 means every one is stored.
  for (const { channel, addresses } of byChannel.values()) {
    outcomes.push(await ingest(ctx, channel, raw, { mailFrom, recipients: addresses }, store));
  }
  const stored = outcomes.filter((outcome) => outcome.kind === 'stored').length;
  return { message: `2.0.0 OK: stored for ${stored} of ${outcomes.length} inbox(es)` };
}

/**
 * The channel each accepted recipient reached at RCPT, per session: the DATA that follows a moment later is
 * stored for those channels without asking the database again.
 */
const acceptedChannels = new WeakMap<SMTPServerSession, Map<string, ChannelRow>>();

function rememberChannel(session: SMTPServerSession, recipient: string, channel: ChannelRow): void {
  const known = acceptedChannels.get(session) ?? new Map<string, ChannelRow>();
  known.set(recipient, channel);
  acceptedChannels.set(session, known);
}

/** The recipients grouped by the channel they reach ('support@' and 'support+TOKEN@' are one channel). */
async function channelsOf(
  ctx: AppContext,
  session: SMTPServerSession,
  recipients: string[],
): Promise<Map<string, { channel: ChannelRow; addresses: string[] }>> {
  const byChannel = new Map<string, { channel: ChannelRow; addresses: string[] }>();
  const accepted = acceptedChannels.get(session);
  for (const recipient of recipients) {
    const channel = accepted?.get(recipient) ?? (await findEmailChannelForRecipient(ctx.database.db, recipient));
    if (!channel) continue;
    const entry = byChannel.get(channel.id) ?? { channel, addresses: [] };
    entry.addresses.push(recipient);
    byChannel.set(channel.id, entry);
  }
  return byChannel;
}

/** The whole message, or null once it went over the limit (the rest is read and dropped). */
async function readLimited(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (over) continue;
    size += chunk.length;
    if (size > maxBytes || stream.sizeExceeded) {
      over = true;
      chunks.length = 0;
      continue;
    }
    chunks.push(chunk);
  }
  return over || stream.sizeExceeded ? null : Buffer.concat(chunks, size);
}
