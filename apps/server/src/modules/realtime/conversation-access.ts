/** Answers whether a conversation belongs to an account, from the database. */
export type ConversationLookup = (accountId: string, conversationId: string) => Promise<boolean>;

/** A conversation never moves to another account, so a yes holds long. */
const KNOWN_MS = 10 * 60_000;
/** A no is kept briefly: enough that a client repeating a wrong id does not query on every keystroke. */
const UNKNOWN_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers which conversations belong to which account, so that activity
 * events (a `typing` every few seconds per writer) do not reach the database
 * each time. Concurrent questions about one conversation share one query; a
 * failed query is not remembered.
 */
export class ConversationAccess {
  private readonly answers = new Map<string, { belongs: Promise<boolean>; until: number }>();

  constructor(
    private readonly lookup: ConversationLookup,
    private readonly now: () => number,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  belongs(accountId: string, conversationId: string): Promise<boolean> {
    const key = `${accountId}:${conversationId}`;
    const now = this.now();
    const known = this.answers.get(key);
    if (known && known.until > now) return known.belongs;
    this.answers.delete(key);
    // Oldest first: Map keeps insertion order.
    for (const oldest of this.answers.keys()) {
      if (this.answers.size < this.maxEntries) break;
      this.answers.delete(oldest);
    }
    const belongs = this.lookup(accountId, conversationId);
    const entry = { belongs, until: now + KNOWN_MS };
    this.answers.set(key, entry);
    belongs.then(
      (yes) => {
        if (!yes) entry.until = Math.min(entry.until, this.now() + UNKNOWN_MS);
      },
      () => {
        if (this.answers.get(key) === entry) this.answers.delete(key);
      },
    );
    return belongs;
  }
}
