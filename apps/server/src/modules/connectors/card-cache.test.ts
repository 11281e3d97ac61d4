import { describe, expect, it } from 'vitest';
import { CardCache, ERROR_TTL_MS, type CachedCard, type CardKey } from './card-cache';

const at = (seconds: number) => new Date(Date.UTC(2025, 0, 10, 10, 0, seconds));
const key = (extra: Partial<CardKey> = {}): CardKey => ({
  connectorId: 'billing',
  connectorVersion: 1,
  customerId: 'olga',
  conversationId: null,
  ...extra,
});
const card = (title: string, fetchedAt: Date): CachedCard => ({
  outcome: { ok: true, card: { title, fields: [] } },
  fetchedAt,
});
const failure = (fetchedAt: Date): CachedCard => ({
  outcome: { ok: false, code: 'http_status', error: 'Answered 503' },
  fetchedAt,
});

/** A fetch that counts its calls and answers what it is given. */
function fetcher(answer: (call: number) => CachedCard) {
  let calls = 0;
  const fetch = () => Promise.resolve(answer(++calls));
  return { fetch, calls: () => calls };
}

describe('the card cache', () => {
  it('keeps a card for its TTL and fetches it again after', async () => {
    const cache = new CardCache();
    const source = fetcher((call) => card(`v${call}`, at(0)));
    const ask = (seconds: number, refresh = false) =>
      cache.get(key(), { now: at(seconds), ttlSeconds: 60, refresh }, source.fetch);
    expect(await ask(0)).toMatchObject({ cached: false, outcome: { card: { title: 'v1' } } });
    expect(await ask(59)).toMatchObject({ cached: true, fetchedAt: at(0), outcome: { card: { title: 'v1' } } });
    expect(await ask(60)).toMatchObject({ cached: false, outcome: { card: { title: 'v2' } } });
    expect(await ask(1, true)).toMatchObject({ cached: false, outcome: { card: { title: 'v3' } } });
    expect(source.calls()).toBe(3);
  });

  it('keeps a failure for ten seconds even when cards are not kept at all', async () => {
    const cache = new CardCache();
    const source = fetcher(() => failure(at(0)));
    const ask = (seconds: number) =>
      cache.get(key(), { now: at(seconds), ttlSeconds: 0, refresh: false }, source.fetch);
    await ask(0);
    expect(await ask(ERROR_TTL_MS / 1000 - 1)).toMatchObject({ cached: true, outcome: { ok: false } });
    expect(source.calls()).toBe(1);
    await ask(ERROR_TTL_MS / 1000);
    expect(source.calls()).toBe(2);

    const fresh = fetcher((call) => card(`v${call}`, at(0)));
    await cache.get(key({ customerId: 'ivan' }), { now: at(0), ttlSeconds: 0, refresh: false }, fresh.fetch);
    await cache.get(key({ customerId: 'ivan' }), { now: at(0), ttlSeconds: 0, refresh: false }, fresh.fetch);
    expect(fresh.calls()).toBe(2);
  });

  it('asks once for a card several requests want at the same time', async () => {
    const cache = new CardCache();
    let release: (value: CachedCard) => void = () => undefined;
    let calls = 0;
    const slow = () => {
      calls += 1;
      return new Promise<CachedCard>((resolve) => (release = resolve));
    };
    const options = { now: at(0), ttlSeconds: 60, refresh: false };
    const both = Promise.all([cache.get(key(), options, slow), cache.get(key(), { ...options, refresh: true }, slow)]);
    release(card('shared', at(0)));
    const [first, second] = await both;
    expect(calls).toBe(1);
    expect(first.outcome).toEqual(second.outcome);
  });

  it('tells apart connector versions, customers and conversations, and forgets on demand', async () => {
    const cache = new CardCache();
    const source = fetcher((call) => card(`v${call}`, at(0)));
    const ask = (extra: Partial<CardKey>) =>
      cache.get(key(extra), { now: at(1), ttlSeconds: 60, refresh: false }, source.fetch);
    await ask({});
    await ask({ connectorVersion: 2 });
    await ask({ customerId: 'ivan' });
    await ask({ conversationId: 'c-1' });
    expect(source.calls()).toBe(4);
    expect((await ask({})).cached).toBe(true);

    cache.forget('billing', 'ivan');
    expect((await ask({ customerId: 'ivan' })).cached).toBe(false);
    expect((await ask({})).cached).toBe(true);
    cache.forget('billing');
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used card when full', async () => {
    const cache = new CardCache(2);
    const source = fetcher((call) => card(`v${call}`, at(0)));
    const ask = (customerId: string) =>
      cache.get(key({ customerId }), { now: at(1), ttlSeconds: 60, refresh: false }, source.fetch);
    await ask('a');
    await ask('b');
    await ask('a'); // used again: 'b' is now the oldest
    await ask('c');
    expect(cache.size).toBe(2);
    expect((await ask('a')).cached).toBe(true);
    expect((await ask('b')).cached).toBe(false);
  });
});
