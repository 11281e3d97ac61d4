import { describe, expect, it } from 'vitest';
import { chooseAgent, turnOrder, type RoutingCandidate } from './choose-agent';

const members = ['ann', 'bob', 'cat'];
const free = (userId: string, open = 0, capacity = 5, load = open): RoutingCandidate => ({
  userId,
  open,
  load,
  capacity,
});

describe('turn order', () => {
  it('starts after the member who got the last conversation', () => {
    expect(turnOrder(members, 'bob')).toEqual(['cat', 'ann', 'bob']);
    expect(turnOrder(members, 'cat')).toEqual(['ann', 'bob', 'cat']);
  });

  it('starts from the first member when nobody got one yet, or the last one left the team', () => {
    expect(turnOrder(members, null)).toEqual(members);
    expect(turnOrder(members, 'gone')).toEqual(members);
  });
});

describe('round robin', () => {
  it('gives the next member in turn', () => {
    expect(
      chooseAgent(
        'round_robin',
        members,
        'ann',
        members.map((id) => free(id)),
      ),
    ).toBe('bob');
  });

  it('skips members who are not candidates (offline, away) and members at capacity', () => {
    const candidates = [free('ann'), free('cat', 3, 3)];
    expect(chooseAgent('round_robin', members, 'ann', candidates)).toBe('ann');
  });

  it('counts pending conversations against capacity', () => {
    expect(chooseAgent('round_robin', members, null, [free('ann', 0, 2, 2), free('bob', 1, 2, 1)])).toBe('bob');
  });

  it('gives nobody when everyone is full', () => {
    expect(chooseAgent('round_robin', members, null, [free('ann', 1, 1), free('bob', 0, 0)])).toBeNull();
  });
});

describe('least loaded', () => {
  it('gives the member with the fewest open conversations', () => {
    expect(chooseAgent('least_loaded', members, null, [free('ann', 3), free('bob', 1), free('cat', 2)])).toBe('bob');
  });

  it('breaks ties by turn', () => {
    const candidates = [free('ann', 1), free('bob', 1), free('cat', 1)];
    expect(chooseAgent('least_loaded', members, 'ann', candidates)).toBe('bob');
    expect(chooseAgent('least_loaded', members, 'cat', candidates)).toBe('ann');
  });

  it('passes over a member whose pending conversations fill their capacity', () => {
    expect(chooseAgent('least_loaded', members, null, [free('ann', 0, 2, 2), free('bob', 1, 2)])).toBe('bob');
  });
});
