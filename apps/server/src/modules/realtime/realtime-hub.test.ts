import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '@sincere/contracts';
import { RealtimeHub, type Audience, type RealtimeFanout } from './realtime-hub';

const delta: ServerEvent = { type: 'ready', userId: 'someone' };

/** A socket that records what it was sent. */
function socket(accountId: string, userId: string) {
  const received: ServerEvent[] = [];
  return { accountId, userId, received, send: (event: ServerEvent) => received.push(event) };
}

/** A fan-out that records what the hub hands it, instead of talking to Redis. */
function recordingFanout() {
  const sent: { accountId: string; event: ServerEvent; audience: Audience }[] = [];
  const watched: string[] = [];
  const unwatched: string[] = [];
  let subscribed: () => void = () => undefined;
  const fanout: RealtimeFanout = {
    send: (accountId, event, audience) => sent.push({ accountId, event, audience }),
    watch(accountId) {
      watched.push(accountId);
      return new Promise((done) => (subscribed = done));
    },
    unwatch: (accountId) => unwatched.push(accountId),
  };
  return { fanout, sent, watched, unwatched, subscribe: () => subscribed() };
}

describe('RealtimeHub', () => {
  it('delivers a delta to every socket of the account in this process', () => {
    const hub = new RealtimeHub();
    const first = socket('a', 'u1');
    const second = socket('a', 'u2');
    hub.add(first);
    hub.add(second);
    expect(hub.publish('a', delta)).toBe(2);
    expect(first.received).toEqual([delta]);
    expect(second.received).toEqual([delta]);
  });

  it('never delivers to the sockets of another account', () => {
    const hub = new RealtimeHub();
    const other = socket('b', 'u1');
    hub.add(socket('a', 'u1'));
    hub.add(other);
    hub.publish('a', delta);
    expect(other.received).toEqual([]);
  });

  it('delivers only to the users in the audience', () => {
    const hub = new RealtimeHub();
    const mine = [socket('a', 'me'), socket('a', 'me')];
    const colleague = socket('a', 'colleague');
    for (const client of [...mine, colleague]) hub.add(client);
    expect(hub.publish('a', delta, { userIds: ['me'] })).toBe(2);
    expect(mine.map((client) => client.received)).toEqual([[delta], [delta]]);
    expect(colleague.received).toEqual([]);
    expect(hub.publish('a', delta, { userIds: [] })).toBe(0);
  });

  it('leaves out the excepted users, and delivers to viewers only the deltas for their conversation', () => {
    const hub = new RealtimeHub();
    const viewer = { ...socket('a', 'viewer'), isViewing: (id: string) => id === 'c1' };
    const author = { ...socket('a', 'author'), isViewing: () => true };
    const elsewhere = { ...socket('a', 'elsewhere'), isViewing: () => false };
    const plain = socket('a', 'plain');
    for (const client of [viewer, author, elsewhere, plain]) hub.add(client);
    expect(hub.publish('a', delta, { viewersOf: 'c1', exceptUserIds: ['author'] })).toBe(1);
    expect(viewer.received).toEqual([delta]);
    expect([author, elsewhere, plain].map((client) => client.received)).toEqual([[], [], []]);
  });

  it('shows every delivered delta to its observers, whether or not a socket here gets it', () => {
    const hub = new RealtimeHub();
    const seen: [string, ServerEvent, string][] = [];
    const stop = hub.observe((accountId, event, from) => seen.push([accountId, event, from]));
    hub.publish('a', delta, { userIds: [] });
    hub.deliverHere('b', delta, {});
    stop();
    hub.publish('a', delta);
    expect(seen).toEqual([
      ['a', delta, 'here'],
      ['b', delta, 'elsewhere'],
    ]);
  });

  it('stops delivering to a closed socket, and a second close does not drop newer sockets', () => {
    const hub = new RealtimeHub();
    const closed = socket('a', 'u1');
    const remove = hub.add(closed);
    remove();
    const later = socket('a', 'u2');
    hub.add(later);
    remove();
    hub.publish('a', delta);
    expect(closed.received).toEqual([]);
    expect(later.received).toEqual([delta]);
  });

  it('has an audience only while the account has a socket here, another process may, or someone observes', () => {
    const hub = new RealtimeHub();
    expect(hub.hasAudience('a')).toBe(false);
    const remove = hub.add(socket('a', 'u1'));
    expect([hub.hasAudience('a'), hub.hasAudience('b')]).toEqual([true, false]);
    remove();
    expect(hub.hasAudience('a')).toBe(false);
    const stop = hub.observe(() => undefined);
    expect(hub.hasAudience('b')).toBe(true);
    stop();
    hub.setFanout(recordingFanout().fanout);
    expect(hub.hasAudience('b')).toBe(true);
  });

  it('hands every published delta to the other processes with its audience as plain data', () => {
    const hub = new RealtimeHub();
    const { fanout, sent } = recordingFanout();
    hub.setFanout(fanout);
    hub.publish('a', delta, { userIds: ['me'] });
    hub.publish('b', delta);
    expect(JSON.parse(JSON.stringify(sent))).toEqual([
      { accountId: 'a', event: delta, audience: { userIds: ['me'] } },
      { accountId: 'b', event: delta, audience: {} },
    ]);
  });

  it('delivers a delta from another process here without handing it back', () => {
    const hub = new RealtimeHub();
    const { fanout, sent } = recordingFanout();
    hub.setFanout(fanout);
    const me = socket('a', 'me');
    const colleague = socket('a', 'colleague');
    hub.add(me);
    hub.add(colleague);
    expect(hub.deliverHere('a', delta, { userIds: ['colleague'] })).toBe(1);
    expect(colleague.received).toEqual([delta]);
    expect(me.received).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('watches an account while it has sockets here, and is listening once the watch is in place', async () => {
    const hub = new RealtimeHub();
    const { fanout, watched, unwatched, subscribe } = recordingFanout();
    hub.setFanout(fanout);
    const removeFirst = hub.add(socket('a', 'u1'));
    const removeSecond = hub.add(socket('a', 'u2'));
    expect(watched).toEqual(['a']);

    let listening = false;
    void hub.listening('a').then(() => (listening = true));
    await Promise.resolve();
    expect(listening).toBe(false);
    subscribe();
    await hub.listening('a');
    expect(listening).toBe(true);

    removeFirst();
    expect(unwatched).toEqual([]);
    removeSecond();
    expect(unwatched).toEqual(['a']);
  });
});
