/**
 * How many messages a socket may send: a token bucket that holds `burst`
 * messages and refills `perSecond`. A browser sends a `typing` every 2.5 s and
 * a `viewing` every 15 s; paging quickly through conversations sends a few at
 * once. Anything far beyond that is a runaway or hostile client.
 */
export class MessageBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Spends one message; false when the budget is used up. */
  take(): boolean {
    const now = this.now();
    // A clock moved back (tests do) refills nothing rather than draining the bucket.
    const elapsed = Math.max(0, now - this.last);
    this.tokens = Math.min(this.burst, this.tokens + (elapsed / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
