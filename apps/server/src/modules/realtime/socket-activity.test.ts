import { describe, expect, it } from 'vitest';
import { TYPING_TTL_MS, VIEWING_TTL_MS } from '@sincere/contracts';
import { MAX_CONVERSATIONS_PER_SOCKET, SocketActivity } from './socket-activity';

const dana = { id: '00000000-0000-4000-8000-00000000000d', name: 'Dana' };

function setup() {
  let now = 5_000_000;
  const socket = new SocketActivity('tab-1', dana, () => now);
  return { socket, advance: (ms: number) => (now += ms) };
}

const left = (conversationId: string) => ({
  conversationId,
  activity: { connectionId: 'tab-1', user: dana, viewingForMs: 0, typing: null },
});

describe('SocketActivity', () => {
  it('opens a conversation once, and a heartbeat only refreshes it', () => {
    const { socket, advance } = setup();
    const first = socket.view('c1');
    expect(first.opened).toBe(true);
    expect(first.changes).toEqual([
      {
        conversationId: 'c1',
        activity: { connectionId: 'tab-1', user: dana, viewingForMs: VIEWING_TTL_MS, typing: null },
      },
    ]);
    advance(15_000);
    expect(socket.view('c1').opened).toBe(false);
    expect(socket.isViewing('c1')).toBe(true);
  });

  it('counts as gone once the viewing TTL passes without a heartbeat, and opens afresh after', () => {
    const { socket, advance } = setup();
    socket.view('c1');
    advance(VIEWING_TTL_MS);
    expect(socket.isViewing('c1')).toBe(false);
    expect(socket.view('c1').opened).toBe(true);
  });

  it('treats typing as viewing, and falls back to viewing when typing stops or lapses', () => {
    const { socket, advance } = setup();
    const typing = socket.type('c1', 'reply');
    expect(typing.opened).toBe(true);
    expect(typing.changes[0]?.activity.typing).toEqual({ kind: 'reply', forMs: TYPING_TTL_MS });
    advance(1_000);
    expect(socket.stopTyping('c1')).toEqual([
      {
        conversationId: 'c1',
        activity: { connectionId: 'tab-1', user: dana, viewingForMs: VIEWING_TTL_MS - 1_000, typing: null },
      },
    ]);
    expect(socket.stopTyping('c1')).toEqual([]);

    socket.type('c1', 'note');
    advance(TYPING_TTL_MS);
    // A heartbeat after typing lapsed says "just viewing".
    expect(socket.view('c1').changes[0]?.activity.typing).toBeNull();
  });

  it('says "left" when the agent leaves, and nothing for a conversation it did not have open', () => {
    const { socket } = setup();
    socket.view('c1');
    expect(socket.stopViewing('c1')).toEqual([left('c1')]);
    expect(socket.stopViewing('c1')).toEqual([]);
    expect(socket.isViewing('c1')).toBe(false);
  });

  it('leaves everything still open when the socket closes', () => {
    const { socket, advance } = setup();
    socket.view('c1');
    advance(VIEWING_TTL_MS);
    socket.view('c2');
    socket.type('c3', 'note');
    expect(socket.leaveAll()).toEqual([left('c2'), left('c3')]);
    expect(socket.leaveAll()).toEqual([]);
  });

  it('gives up the least recently refreshed conversation when one socket opens too many', () => {
    const { socket } = setup();
    for (let index = 1; index <= MAX_CONVERSATIONS_PER_SOCKET; index += 1) socket.view(`c${index}`);
    socket.view('c1');
    const { changes } = socket.view('c-new');
    expect(changes[0]).toEqual(left('c2'));
    expect(socket.isViewing('c2')).toBe(false);
    expect(socket.isViewing('c1')).toBe(true);
    expect(socket.isViewing('c-new')).toBe(true);
  });
});
