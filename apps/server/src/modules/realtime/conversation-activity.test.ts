import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '@sincere/contracts';
import { ConversationActivity } from './conversation-activity';
import { RealtimeHub, type RealtimeFanout } from './realtime-hub';

const C1 = '00000000-0000-4000-8000-0000000000c1';
const C2 = '00000000-0000-4000-8000-0000000000c2';
const dana = { id: '00000000-0000-4000-8000-00000000000d', name: 'Dana' };
const ivan = { id: '00000000-0000-4000-8000-00000000000e', name: 'Ivan' };

/** Hubs linked like processes through Redis: a delta reaches the others that watch its account, a moment later. */
function linkedHubs(count: number) {
  const hubs = Array.from({ length: count }, () => new RealtimeHub());
  const watching = hubs.map(() => new Set<string>());
  hubs.forEach((hub, index) => {
    const fanout: RealtimeFanout = {
      send: (accountId, event, audience) =>
        setTimeout(() => {
          hubs.forEach((other, at) => {
            if (at !== index && watching[at]?.has(accountId)) other.deliverHere(accountId, event, audience);
          });
        }, 0),
      watch: async (accountId) => void watching[index]?.add(accountId),
      unwatch: (accountId) => void watching[index]?.delete(accountId),
    };
    hub.setFanout(fanout);
  });
  return hubs;
}

const roundTrips = async () => {
  for (let index = 0; index < 5; index += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A hub, the tracker over it, and a way to open sockets; conversation C1 and C2 belong to account "a". */
function setup(hub = new RealtimeHub()) {
  let now = 1_000_000;
  const errors: unknown[] = [];
  const lookups: string[] = [];
  const activity = new ConversationActivity(
    hub,
    () => now,
    async (accountId, id) => {
      lookups.push(id);
      return accountId === 'a' && (id === C1 || id === C2);
    },
    (error) => errors.push(error),
  );
  const connect = (accountId: string, user: typeof dana, canWrite = true, listening?: Promise<void>) => {
    const received: ServerEvent[] = [];
    const send = (event: ServerEvent) => received.push(event);
    const tab = activity.connect({ accountId, user, canWrite }, send, listening);
    const remove = hub.add({ accountId, userId: user.id, send, isViewing: (id) => tab.isViewing(id) });
    const close = () => {
      remove();
      tab.close();
    };
    const activities = () => received.filter((event) => event.type === 'conversation.activity');
    return { tab, received, activities, close };
  };
  return { connect, errors, lookups, advance: (ms: number) => (now += ms) };
}

describe('ConversationActivity', () => {
  it('tells an agent who opens a conversation who is already there, then what they do', async () => {
    const { connect } = setup();
    const a = connect('a', dana);
    await a.tab.handle({ type: 'viewing', conversationId: C1 });
    const b = connect('a', ivan);
    await b.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(b.received).toEqual([
      {
        type: 'conversation.activity.snapshot',
        conversationId: C1,
        activities: [{ connectionId: expect.any(String), user: dana, viewingForMs: 30_000, typing: null }],
      },
    ]);
    await a.tab.handle({ type: 'typing', conversationId: C1, kind: 'reply' });
    expect(b.activities().at(-1)).toMatchObject({
      conversationId: C1,
      activity: { user: dana, typing: { kind: 'reply', forMs: 6_000 } },
    });
    // Dana heard Ivan arrive, but never her own activity.
    expect(a.activities().map((event) => event.activity.user)).toEqual([ivan]);
  });

  it('sends nothing to agents who do not have the conversation open, nor to another account', async () => {
    const { connect } = setup();
    const elsewhere = connect('a', ivan);
    await elsewhere.tab.handle({ type: 'viewing', conversationId: C2 });
    const other = connect('b', ivan);
    await other.tab.handle({ type: 'viewing', conversationId: C1 });
    const a = connect('a', dana);
    await a.tab.handle({ type: 'typing', conversationId: C1, kind: 'reply' });
    expect(elsewhere.activities()).toEqual([]);
    expect(other.received).toEqual([]);
  });

  it('ignores conversations of another account, and a reviewer’s typing', async () => {
    const { connect } = setup();
    const viewer = connect('b', ivan);
    await viewer.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(viewer.received).toEqual([]);

    const agent = connect('a', ivan);
    await agent.tab.handle({ type: 'viewing', conversationId: C1 });
    const reviewer = connect('a', dana, false);
    await reviewer.tab.handle({ type: 'typing', conversationId: C1, kind: 'note' });
    await reviewer.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(agent.activities().map((event) => event.activity.typing)).toEqual([null]);
  });

  it('holds a socket’s events until its account listens to the other processes', async () => {
    const { connect } = setup();
    const colleague = connect('a', ivan);
    await colleague.tab.handle({ type: 'viewing', conversationId: C1 });
    let subscribed: () => void = () => undefined;
    const a = connect('a', dana, true, new Promise((resolve) => (subscribed = resolve)));
    const handled = a.tab.handle({ type: 'viewing', conversationId: C1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(colleague.activities()).toEqual([]);
    subscribed();
    await handled;
    expect(colleague.activities().map((event) => event.activity.user)).toEqual([dana]);
  });

  it('checks the account once per conversation, not on every keystroke', async () => {
    const { connect, lookups } = setup();
    const a = connect('a', dana);
    for (let index = 0; index < 5; index += 1)
      await a.tab.handle({ type: 'typing', conversationId: C1, kind: 'reply' });
    expect(lookups).toEqual([C1]);
  });

  it('applies a socket’s events in the order sent, even while a check is pending', async () => {
    const { connect } = setup();
    const b = connect('a', ivan);
    await b.tab.handle({ type: 'viewing', conversationId: C1 });
    const a = connect('a', dana);
    void a.tab.handle({ type: 'viewing', conversationId: C1 });
    await a.tab.handle({ type: 'viewing.stopped', conversationId: C1 });
    expect(a.tab.isViewing(C1)).toBe(false);
    expect(b.activities().map((event) => event.activity.viewingForMs)).toEqual([30_000, 0]);
  });

  it('tells the others that a closing socket left, and answers the next one without it', async () => {
    const { connect } = setup();
    const a = connect('a', dana);
    await a.tab.handle({ type: 'typing', conversationId: C1, kind: 'reply' });
    const b = connect('a', ivan);
    await b.tab.handle({ type: 'viewing', conversationId: C1 });
    a.close();
    expect(b.activities().at(-1)?.activity).toMatchObject({ user: dana, viewingForMs: 0, typing: null });
    const c = connect('a', { ...ivan, id: '00000000-0000-4000-8000-00000000000f' });
    await c.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(c.received[0]).toMatchObject({ activities: [{ user: ivan }] });
  });

  it('lets a lost "left" expire: a later snapshot no longer shows an agent whose heartbeats stopped', async () => {
    const { connect, advance } = setup();
    const a = connect('a', dana);
    await a.tab.handle({ type: 'viewing', conversationId: C1 });
    advance(30_000);
    const b = connect('a', ivan);
    await b.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(b.received[0]).toMatchObject({ type: 'conversation.activity.snapshot', activities: [] });
  });

  it('tells a process that has just started serving an account who is in the conversation, without waiting for heartbeats', async () => {
    const [hubOne, hubTwo] = linkedHubs(2);
    const one = setup(hubOne);
    const two = setup(hubTwo);
    const colleagueOnTwo = two.connect('a', ivan);
    await colleagueOnTwo.tab.handle({ type: 'viewing', conversationId: C1 });
    await roundTrips();

    // Process one had no socket of the account when Ivan arrived: its snapshot cannot know him…
    const writerOnOne = one.connect('a', dana);
    await writerOnOne.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(writerOnOne.received[0]).toMatchObject({ type: 'conversation.activity.snapshot', activities: [] });
    // …but process two, hearing of a tab it did not know, tells again what Ivan is doing.
    await roundTrips();
    expect(writerOnOne.activities().map((event) => event.activity.user)).toEqual([ivan]);
    const fred = { ...ivan, id: '00000000-0000-4000-8000-00000000000f', name: 'Fred' };
    const late = one.connect('a', fred);
    await late.tab.handle({ type: 'viewing', conversationId: C1 });
    expect(late.received[0]).toMatchObject({ activities: [{ user: dana }, { user: ivan }] });

    // Each tab is new to a process once, so the telling again stops: Ivan heard Dana arrive, Dana told again
    // once process one learnt of him, then Fred.
    await roundTrips();
    const heard = colleagueOnTwo.activities().map((event) => event.activity.user.name);
    expect(heard).toEqual(['Dana', 'Dana', 'Fred']);
    await roundTrips();
    expect(colleagueOnTwo.activities()).toHaveLength(heard.length);
  });
});
