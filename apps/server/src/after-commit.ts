/**
 * What a change does after it has committed: realtime deltas and the conversation listeners (routing, SLA,
 * views, webhooks). In production it runs in the background, so that a channel acknowledges a message as soon
 * as it is stored and never waits for the reactions; the outbox (pending_reactions) runs them again if the
 * process dies first. Tests run it inline, so that a request's reactions are done when its answer arrives.
 */
export class AfterCommit {
  private readonly running = new Set<Promise<void>>();

  constructor(
    readonly mode: 'inline' | 'background',
    private readonly report: (error: unknown) => void,
  ) {}

  async run(work: () => Promise<void>): Promise<void> {
    if (this.mode === 'inline') return work();
    const task: Promise<void> = work()
      .catch(this.report)
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  /** Waits for the reactions under way (on shutdown, before the database closes). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
