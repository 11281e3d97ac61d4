import type { CardOutcome } from './fetch-card';

/**
 * How long a failure is kept, whatever the connector's TTL (even 0): a failing or
 * slow system is not asked again by every agent who opens the customer meanwhile.
 * The panel's retry button asks again at once (refresh).
 */
export const ERROR_TTL_MS = 10_000;
/** Entries kept per process; the least recently used goes first. A card is a few KiB at most. */
export const CARD_CACHE_ENTRIES = 2000;

export interface CachedCard {
  outcome: CardOutcome;
  fetchedAt: Date;
}

interface Entry extends CachedCard {
  connectorId: string;
  customerId: string;
  expiresAt: number;
}

/** Names one cached card: which connector (as last saved) for which customer, and which conversation if it matters. */
export interface CardKey {
  connectorId: string;
  /** The connector's updatedAt: a change made through another process misses here too. */
  connectorVersion: number;
  customerId: string;
  /** Only when the connector's request depends on the conversation; null otherwise, so every conversation shares it. */
  conversationId: string | null;
}

const textOf = (key: CardKey) =>
  `${key.connectorId}/${key.connectorVersion}/${key.customerId}/${key.conversationId ?? '-'}`;

/**
 * The cards of this process, bounded in entries (least recently used out first).
 * A card lives for its connector's TTL, a failure for ERROR_TTL_MS. Two
 * requests for the same card while it is being fetched share one fetch, so
 * opening a customer in several tabs asks the company's system once.
 */
export class CardCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<CachedCard>>();

  constructor(private readonly maxEntries = CARD_CACHE_ENTRIES) {}

  /**
   * The cached card if still fresh at `now` (cached: true), or the result of `fetch`
   * (cached: false), stored for `ttlSeconds`. `refresh` skips what is stored.
   */
  async get(
    key: CardKey,
    options: { now: Date; ttlSeconds: number; refresh: boolean },
    fetch: () => Promise<CachedCard>,
  ): Promise<CachedCard & { cached: boolean }> {
    const text = textOf(key);
    const stored = this.entries.get(text);
    if (stored && !options.refresh && stored.expiresAt > options.now.getTime()) {
      // Used again: it moves to the end, the last to be evicted.
      this.entries.delete(text);
      this.entries.set(text, stored);
      return { outcome: stored.outcome, fetchedAt: stored.fetchedAt, cached: true };
    }
    const running = this.inFlight.get(text);
    if (running) return { ...(await running), cached: false };
    const fetching = fetch();
    this.inFlight.set(text, fetching);
    try {
      const result = await fetching;
      this.store(text, key, result, options.ttlSeconds);
      return { ...result, cached: false };
    } finally {
      this.inFlight.delete(text);
    }
  }

  private store(text: string, key: CardKey, result: CachedCard, ttlSeconds: number): void {
    const lifetime = result.outcome.ok ? ttlSeconds * 1000 : ERROR_TTL_MS;
    this.entries.delete(text);
    if (lifetime <= 0) return;
    this.entries.set(text, {
      ...result,
      connectorId: key.connectorId,
      customerId: key.customerId,
      expiresAt: result.fetchedAt.getTime() + lifetime,
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops a connector's cards (it was changed or deleted), or only those of one customer (an action ran). */
  forget(connectorId: string, customerId?: string): void {
    for (const [text, entry] of this.entries) {
      if (entry.connectorId === connectorId && (customerId === undefined || entry.customerId === customerId)) {
        this.entries.delete(text);
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new WeakMap<object, CardCache>();

/** The card cache of one running app (its context), made on first use. */
export function cardCacheOf(owner: object): CardCache {
  let cache = caches.get(owner);
  if (!cache) {
    cache = new CardCache();
    caches.set(owner, cache);
  }
  return cache;
}
