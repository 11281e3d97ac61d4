import { z } from 'zod';
import type { ServerEvent } from '@sincere/contracts';

/**
 * Which of an account's sockets get a delta: all of them, or only those of the
 * listed users. Plain data, not a callback, because it travels to the other
 * processes with the delta. Strict: a process that does not know a narrowing
 * field must drop the delta rather than send it to everyone.
 */
export const Audience = z.strictObject({
  userIds: z.array(z.string()).optional(),
  /** Leaves out these users' sockets (the agent whose own activity it is). */
  exceptUserIds: z.array(z.string()).optional(),
  /** Only the sockets that have this conversation open (`RealtimeClient.isViewing`). */
  viewersOf: z.string().optional(),
});
export type Audience = z.infer<typeof Audience>;

/** One connected agent browser, as the hub sees it. */
export interface RealtimeClient {
  accountId: string;
  userId: string;
  send(event: ServerEvent): void;
  /** Whether this socket has the conversation open; sockets without it view nothing. */
  isViewing?(conversationId: string): boolean;
}

/** Sees every delta this process delivers: published here, or arriving from another process. */
export type RealtimeObserver = (accountId: string, event: ServerEvent, from: 'here' | 'elsewhere') => void;

/** Carries deltas between server processes (Redis pub/sub in `redis-fanout.ts`). */
export interface RealtimeFanout {
  /** Hands a delta published here to the other processes. Never throws: a lost link must not fail a request. */
  send(accountId: string, event: ServerEvent, audience: Audience): void;
  /** This process now has sockets of the account; resolves once deltas from other processes reach them. */
  watch(accountId: string): Promise<void>;
  /** The account's last socket here closed. */
  unwatch(accountId: string): void;
}

interface AccountSockets {
  clients: Set<RealtimeClient>;
  listening: Promise<void>;
}

/**
 * Delivers typed deltas to the sockets of one account. Clients are grouped by
 * account: nothing published for one account can reach another's. With a
 * fan-out connected, a delta published in any process reaches the matching
 * sockets of every process.
 */
export class RealtimeHub {
  private readonly byAccount = new Map<string, AccountSockets>();
  private fanout: RealtimeFanout | null = null;
  private readonly observers = new Set<RealtimeObserver>();

  /** Links this hub to the other processes; accounts that already have sockets here are watched at once. */
  setFanout(fanout: RealtimeFanout): void {
    this.fanout = fanout;
    for (const [accountId, sockets] of this.byAccount) sockets.listening = fanout.watch(accountId);
  }

  add(client: RealtimeClient): () => void {
    const { accountId } = client;
    let sockets = this.byAccount.get(accountId);
    if (!sockets) {
      sockets = { clients: new Set(), listening: this.fanout?.watch(accountId) ?? Promise.resolve() };
      this.byAccount.set(accountId, sockets);
    }
    sockets.clients.add(client);
    const group = sockets;
    return () => {
      group.clients.delete(client);
      // A second call, or one after the account got a new group, must not drop the newer sockets.
      if (group.clients.size === 0 && this.byAccount.get(accountId) === group) {
        this.byAccount.delete(accountId);
        this.fanout?.unwatch(accountId);
      }
    };
  }

  /** Calls `observer` with every delta delivered here, whoever it is for; returns the way to stop. */
  observe(observer: RealtimeObserver): () => void {
    this.observers.add(observer);
    return () => void this.observers.delete(observer);
  }

  /** Resolves once deltas published on any process reach this account's sockets here. */
  listening(accountId: string): Promise<void> {
    return this.byAccount.get(accountId)?.listening ?? Promise.resolve();
  }

  /**
   * Whether a delta published now could reach anyone: a socket of the account here, another process (through
   * the fan-out), or an observer. When not, a publisher may skip the work of building it.
   */
  hasAudience(accountId: string): boolean {
    return this.fanout !== null || this.observers.size > 0 || this.byAccount.has(accountId);
  }

  /** Sends to the account's sockets on every process, or only to the audience's users. Returns how many here got it. */
  publish(accountId: string, event: ServerEvent, audience: Audience = {}): number {
    const sent = this.deliver(accountId, event, audience, 'here');
    this.fanout?.send(accountId, event, audience);
    return sent;
  }

  /** Sends to the matching sockets of this process only: for deltas that arrive from other processes. */
  deliverHere(accountId: string, event: ServerEvent, audience: Audience): number {
    return this.deliver(accountId, event, audience, 'elsewhere');
  }

  private deliver(accountId: string, event: ServerEvent, audience: Audience, from: 'here' | 'elsewhere'): number {
    const users = audience.userIds ? new Set(audience.userIds) : null;
    const { exceptUserIds = [], viewersOf } = audience;
    let sent = 0;
    for (const client of this.byAccount.get(accountId)?.clients ?? []) {
      if (users && !users.has(client.userId)) continue;
      if (exceptUserIds.includes(client.userId)) continue;
      if (viewersOf !== undefined && !client.isViewing?.(viewersOf)) continue;
      client.send(event);
      sent += 1;
    }
    // After delivery, so that what an observer publishes in turn reaches sockets after this delta.
    for (const observer of this.observers) observer(accountId, event, from);
    return sent;
  }
}
