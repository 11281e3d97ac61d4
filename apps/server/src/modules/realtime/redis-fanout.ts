import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { ServerEvent } from '@sincere/contracts';
import { Audience, type RealtimeFanout, type RealtimeHub } from './realtime-hub';

/**
 * One channel per account, subscribed only while this process holds a socket of
 * that account. With hundreds of accounts spread over several processes, each
 * process then receives (and parses) the deltas of the accounts it serves, not
 * all of them; Redis keeps thousands of channels cheaply.
 */
const CHANNEL_PREFIX = 'sincere:realtime:';
export const channelOf = (accountId: string): string => `${CHANNEL_PREFIX}${accountId}`;

/** How long a new socket's `ready` may wait for its account's subscription. */
const SUBSCRIBE_WAIT_MS = 1_000;
/** How long start-up waits for Redis before going on without it (ioredis keeps reconnecting). */
const CONNECT_WAIT_MS = 3_000;

/** What travels through Redis: the delta, who gets it, and which process published it. */
export const FanoutEnvelope = z.strictObject({ origin: z.string(), audience: Audience, event: ServerEvent });
export type FanoutEnvelope = z.infer<typeof FanoutEnvelope>;

type Log = Pick<FastifyBaseLogger, 'info' | 'warn'>;

/**
 * Carries realtime deltas between server processes through Redis pub/sub.
 *
 * The publishing process delivers to its own sockets at once (RealtimeHub.publish)
 * and ignores its own echo, recognised by `origin`. Sending local deltas through
 * Redis as well would be simpler, but a Redis outage would then silence every
 * socket, and each delta would wait for a round trip. During an outage the
 * other processes miss the deltas published meanwhile: delivery is at most once.
 */
export class RedisFanout implements RealtimeFanout {
  /** Tells this process's own deltas apart when Redis echoes them back. */
  readonly origin = randomUUID();
  /** A connection that subscribes can do nothing else, so publishing has its own. */
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  /** Accounts with sockets here; subscribed again after every reconnect. */
  private readonly watched = new Set<string>();
  private stopping = false;

  constructor(
    url: string,
    private readonly hub: RealtimeHub,
    private readonly log: Log,
  ) {
    // No offline queue: a delta goes now or never (a queue would replay stale deltas after an outage and grow
    // meanwhile), and subscriptions are rebuilt from `watched` on `ready` instead of being replayed.
    const options = {
      lazyConnect: true,
      enableOfflineQueue: false,
      autoResubscribe: false,
      autoResendUnfulfilledCommands: false,
    };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    this.reportHealth(this.publisher, 'publisher');
    this.reportHealth(this.subscriber, 'subscriber');
    this.subscriber.on('ready', () => {
      if (this.watched.size > 0) void this.subscribe([...this.watched]);
    });
    this.subscriber.on('message', (channel: string, message: string) => this.receive(channel, message));
  }

  /** Connects both links; resolves within a few seconds even when Redis is away. */
  async start(): Promise<void> {
    await atMost(Promise.all([this.publisher.connect(), this.subscriber.connect()]), CONNECT_WAIT_MS);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [this.publisher, this.subscriber].map(async (client) => {
        // QUIT needs a live connection; otherwise just stop reconnecting.
        if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
        else client.disconnect();
      }),
    );
  }

  send(accountId: string, event: ServerEvent, audience: Audience): void {
    if (this.publisher.status !== 'ready') return;
    const envelope: FanoutEnvelope = { origin: this.origin, audience, event };
    this.publisher
      .publish(channelOf(accountId), JSON.stringify(envelope))
      .catch((error: unknown) => this.log.warn({ err: error }, 'a realtime delta did not reach Redis'));
  }

  watch(accountId: string): Promise<void> {
    this.watched.add(accountId);
    // While Redis is away a socket's `ready` must not wait: the `ready` handler subscribes on reconnect.
    if (this.subscriber.status !== 'ready') return Promise.resolve();
    return atMost(this.subscribe([accountId]), SUBSCRIBE_WAIT_MS);
  }

  unwatch(accountId: string): void {
    this.watched.delete(accountId);
    if (this.subscriber.status !== 'ready') return;
    this.subscriber.unsubscribe(channelOf(accountId)).catch(() => undefined);
  }

  private async subscribe(accountIds: string[]): Promise<void> {
    try {
      await this.subscriber.subscribe(...accountIds.map(channelOf));
    } catch (error) {
      this.log.warn({ err: error }, 'could not subscribe to realtime deltas in Redis; retrying on reconnect');
    }
  }

  private receive(channel: string, message: string): void {
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    let parsed: ReturnType<typeof FanoutEnvelope.safeParse> | null = null;
    try {
      parsed = FanoutEnvelope.safeParse(JSON.parse(message));
    } catch {
      // Not JSON: dropped below like any other envelope outside the contract.
    }
    if (!parsed?.success) {
      const issues = parsed?.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [
        'not JSON',
      ];
      this.log.warn({ channel, issues }, 'dropped a realtime delta from Redis that does not match the contract');
      return;
    }
    const { origin, event, audience } = parsed.data;
    if (origin === this.origin) return; // already delivered here when it was published
    try {
      this.hub.deliverHere(channel.slice(CHANNEL_PREFIX.length), event, audience);
    } catch (error) {
      this.log.warn({ err: error }, 'could not deliver a realtime delta from Redis');
    }
  }

  private reportHealth(client: Redis, link: 'publisher' | 'subscriber'): void {
    let down = false;
    // ioredis reports every failed reconnect attempt; one warning per outage is enough.
    const lost = (error?: Error) => {
      if (down || this.stopping) return;
      down = true;
      this.log.warn(
        { err: error, link },
        'Redis is unavailable: realtime deltas reach only the sockets of this process until it is back (reconnecting)',
      );
    };
    client.on('error', (error: Error) => lost(error));
    client.on('close', () => lost());
    client.on('ready', () => {
      if (down) this.log.info({ link }, 'Redis is back: realtime deltas travel between processes again');
      down = false;
    });
  }
}

/** Waits for `work` to settle, but no longer than `ms`; never rejects (failures are logged where they happen). */
function atMost(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    const finish = () => {
      clearTimeout(timer);
      done();
    };
    work.then(finish, finish);
  });
}
