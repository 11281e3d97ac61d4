import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('grows exponentially from about a second', () => {
    expect(reconnectDelay(0, () => 1)).toBe(1_000);
    expect(reconnectDelay(1, () => 1)).toBe(2_000);
    expect(reconnectDelay(3, () => 1)).toBe(8_000);
  });

  it('never waits longer than 30 seconds', () => {
    expect(reconnectDelay(20, () => 1)).toBe(30_000);
  });

  it('spreads reconnects over the upper half of the window', () => {
    expect(reconnectDelay(2, () => 0)).toBe(2_000);
    expect(reconnectDelay(2, () => 0.5)).toBe(3_000);
  });
});
