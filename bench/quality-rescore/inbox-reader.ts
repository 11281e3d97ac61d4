import { API } from '@sincere/contracts';
import type { BenchCaller } from '../inbox-scale/http-client';
import { percentile } from '../report';

/** One inbox request: what it was, how long the agent waited for the whole answer, and how it ended. */
export interface InboxRead {
  kind: string;
  ms: number;
  status: number;
}

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/**
 * What an agent does with the inbox, in turn: the open conversations, one conversation, the resolved history
 * and its next page, their own queue, another conversation. Requests go out on a fixed clock whether or not
 * the previous answer came back, so a slow server shows as long waits, not as fewer requests.
 */
export class InboxReader {
  private step = 0;
  private opened = 0;
  private historyCursor: string | null = null;

  constructor(
    private readonly agent: BenchCaller,
    private readonly conversationIds: readonly string[],
  ) {}

  async readFor(perSecond: number, until: () => boolean): Promise<InboxRead[]> {
    const reads: Promise<InboxRead>[] = [];
    const interval = 1000 / perSecond;
    const startedAt = performance.now();
    for (let i = 0; !until(); i += 1) {
      const wait = startedAt + i * interval - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (until()) break;
      reads.push(this.next());
    }
    return Promise.all(reads);
  }

  private next(): Promise<InboxRead> {
    const step = this.step++ % 6;
    if (step === 0) return this.list('list: open conversations', { view: 'all', sort: 'recent' });
    if (step === 2) return this.history();
    if (step === 3) return this.history(this.historyCursor);
    if (step === 4) return this.list('list: mine, waiting', { view: 'mine', sort: 'waiting' });
    const id = this.conversationIds[this.opened++ % this.conversationIds.length] ?? '';
    return this.timed('one conversation', API.conversation(id));
  }

  /** The resolved history; with the cursor of the last first page read (the answer may still be on its way). */
  private history(cursor: string | null = null): Promise<InboxRead> {
    const params: Record<string, string> = { status: 'resolved', sort: 'recent', ...(cursor ? { cursor } : {}) };
    return this.list(cursor ? 'list: resolved, next page' : 'list: resolved', params);
  }

  private async list(kind: string, params: Record<string, string>): Promise<InboxRead> {
    const answer = await this.agent.get(`${API.conversations}${query(params)}`);
    const nextCursor = (answer.body as { nextCursor?: string | null } | null)?.nextCursor ?? null;
    if (kind === 'list: resolved') this.historyCursor = nextCursor;
    return { kind, ms: answer.clientMs, status: answer.status };
  }

  private async timed(kind: string, path: string): Promise<InboxRead> {
    const answer = await this.agent.get(path);
    return { kind, ms: answer.clientMs, status: answer.status };
  }
}

/** p50, p95, p99 and the count per kind of request, and over all of them. */
export function spreadByKind(reads: readonly InboxRead[]): Record<string, Record<string, number>> {
  const kinds = new Map<string, number[]>([['all requests', reads.map((read) => read.ms)]]);
  for (const read of reads) kinds.set(read.kind, [...(kinds.get(read.kind) ?? []), read.ms]);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return Object.fromEntries(
    [...kinds].map(([kind, samples]) => [
      kind,
      {
        requests: samples.length,
        p50: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
        p99: round(percentile(samples, 99)),
        max: round(Math.max(...samples)),
      },
    ]),
  );
}
