import type { ServerEvent } from '@sincere/contracts';

/** One connected agent browser, as the hub sees it. */
export interface RealtimeClient {
  accountId: string;
  userId: string;
  send(event: ServerEvent): void;
}

/**
 * Delivers typed deltas to the sockets connected to this process. Clients are
 * grouped by account: nothing published for one account can reach another's.
 * (Fan-out between processes comes with Redis in the inbox issue.)
 */
export class RealtimeHub {
  private readonly byAccount = new Map<string, Set<RealtimeClient>>();

  add(client: RealtimeClient): () => void {
    let clients = this.byAccount.get(client.accountId);
    if (!clients) this.byAccount.set(client.accountId, (clients = new Set()));
    clients.add(client);
    return () => {
      clients.delete(client);
      if (clients.size === 0) this.byAccount.delete(client.accountId);
    };
  }

  /** Sends to every client of the account, or only to those `to` accepts. */
  publish(accountId: string, event: ServerEvent, to?: (client: RealtimeClient) => boolean): number {
    let sent = 0;
    for (const client of this.byAccount.get(accountId) ?? []) {
      if (to && !to(client)) continue;
      client.send(event);
      sent += 1;
    }
    return sent;
  }

  count(): number {
    let total = 0;
    for (const clients of this.byAccount.values()) total += clients.size;
    return total;
  }
}
