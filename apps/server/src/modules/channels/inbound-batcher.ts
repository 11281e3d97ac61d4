import type { AppContext } from '../../context';
import { ingestInboundMany, type InboundMessage, type IngestResult } from './ingest-inbound';

interface Waiting {
  input: InboundMessage;
  resolve: (result: IngestResult) => void;
  reject: (reason: unknown) => void;
}

/**
 * Group commit for a channel that receives many messages at once (the SMTP receiver): messages that arrive
 * while a group is being stored wait and go together in the next transaction, so the cost of a commit and of
 * the reactions after it is shared. Nothing waits for a timer: a lone message is stored at once, alone. Each
 * caller's promise resolves only after its own message is committed, so acknowledged still means stored.
 */
export class InboundBatcher {
  private readonly waiting: Waiting[] = [];
  private storing: Promise<void> | null = null;

  constructor(
    private readonly ctx: AppContext,
    /** The most messages in one transaction: a long queue is worked off in groups of this size. */
    private readonly maxGroup = 32,
  ) {}

  /**
   * One group at a time, in arrival order: two mails of one new customer never race to create two customers,
   * and groups never wait on each other's locks. (Two groups at once measured no faster: they were smaller.)
   */
  store(input: InboundMessage): Promise<IngestResult> {
    return new Promise<IngestResult>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.storing ??= this.drain().finally(() => {
        this.storing = null;
      });
    });
  }

  /** Resolves once every message handed in so far is stored (or has failed). */
  async idle(): Promise<void> {
    while (this.storing) await this.storing;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxGroup);
      const results = await ingestInboundMany(
        this.ctx,
        group.map((entry) => entry.input),
      ).catch((error: unknown) =>
        group.map((): PromiseSettledResult<IngestResult> => ({ status: 'rejected', reason: error })),
      );
      for (const [index, entry] of group.entries()) {
        const result = results[index];
        if (result?.status === 'fulfilled') entry.resolve(result.value);
        else entry.reject(result?.reason ?? new Error('the group stored nothing for this message'));
      }
    }
  }
}
