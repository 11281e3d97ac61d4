import { describe, expect, it } from 'vitest';
import type { AgentActivity } from '@sincere/contracts';
import { ActivityBoard } from './activity-board';

const dana = { id: '00000000-0000-4000-8000-00000000000d', name: 'Dana' };
const ivan = { id: '00000000-0000-4000-8000-00000000000e', name: 'Ivan' };

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const viewing = (connectionId: string, user = dana, viewingForMs = 30_000): AgentActivity => ({
  connectionId,
  user,
  viewingForMs,
  typing: null,
});

describe('ActivityBoard', () => {
  it('tells who has a conversation open, with what is left of their durations', () => {
    const time = clock();
    const board = new ActivityBoard(time.now);
    board.record('a', 'c1', { ...viewing('tab-1'), typing: { kind: 'reply', forMs: 6_000 } });
    time.advance(2_000);
    expect(board.snapshot('a', 'c1', ivan.id)).toEqual([
      { connectionId: 'tab-1', user: dana, viewingForMs: 28_000, typing: { kind: 'reply', forMs: 4_000 } },
    ]);
  });

  it('falls back from typing to viewing when typing lapses, and forgets the tab when viewing lapses', () => {
    const time = clock();
    const board = new ActivityBoard(time.now);
    board.record('a', 'c1', { ...viewing('tab-1'), typing: { kind: 'note', forMs: 6_000 } });
    time.advance(6_000);
    expect(board.snapshot('a', 'c1', ivan.id)).toEqual([viewing('tab-1', dana, 24_000)]);
    time.advance(24_000);
    expect(board.snapshot('a', 'c1', ivan.id)).toEqual([]);
  });

  it('removes a tab that left, and keeps the same agent’s other tab', () => {
    const board = new ActivityBoard(clock().now);
    board.record('a', 'c1', viewing('tab-1'));
    board.record('a', 'c1', viewing('tab-2'));
    board.record('a', 'c1', { ...viewing('tab-1'), viewingForMs: 0 });
    expect(board.snapshot('a', 'c1', ivan.id).map((entry) => entry.connectionId)).toEqual(['tab-2']);
  });

  it('leaves out the asking agent’s own tabs, other conversations and other accounts', () => {
    const board = new ActivityBoard(clock().now);
    board.record('a', 'c1', viewing('tab-1', dana));
    board.record('a', 'c1', viewing('tab-2', ivan));
    board.record('a', 'c2', viewing('tab-3', ivan));
    board.record('b', 'c1', viewing('tab-4', ivan));
    expect(board.snapshot('a', 'c1', dana.id).map((entry) => entry.connectionId)).toEqual(['tab-2']);
  });

  it('drops expired entries as time goes on, and everything of an account it is told to forget', () => {
    const time = clock();
    const board = new ActivityBoard(time.now);
    board.record('a', 'c1', viewing('tab-1'));
    board.record('b', 'c1', viewing('tab-2'));
    time.advance(31_000);
    board.record('b', 'c2', viewing('tab-3'));
    expect(board.size()).toBe(1);
    board.forget('b');
    expect(board.size()).toBe(0);
  });
});
