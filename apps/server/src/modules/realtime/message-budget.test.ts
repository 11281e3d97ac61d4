import { describe, expect, it } from 'vitest';
import { MessageBudget } from './message-budget';

describe('MessageBudget', () => {
  it('allows a burst, then refills at the given rate up to the burst', () => {
    let now = 0;
    const budget = new MessageBudget(3, 2, () => now);
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
    now += 500;
    expect([budget.take(), budget.take()]).toEqual([true, false]);
    now += 60_000;
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
  });

  it('refills nothing when the clock moves back', () => {
    let now = 10_000;
    const budget = new MessageBudget(1, 1, () => now);
    expect(budget.take()).toBe(true);
    now = 0;
    expect(budget.take()).toBe(false);
    now = 1_000;
    expect(budget.take()).toBe(true);
  });
});
