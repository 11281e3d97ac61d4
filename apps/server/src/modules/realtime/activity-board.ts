import type { AgentActivity, TypingKind } from '@sincere/contracts';

interface Entry {
  user: AgentActivity['user'];
  viewingUntil: number;
  typing: { kind: TypingKind; until: number } | null;
}

/** Expired entries of conversations nobody asks about are dropped at most this often. */
const SWEEP_EVERY_MS = 10_000;

/**
 * Who is viewing or writing in which conversation, for the accounts with
 * sockets in this process: it answers the snapshot a socket gets when it opens
 * a conversation. Fed by every activity delta this process delivers, its own
 * and those from other processes; entries expire by themselves, so a lost
 * "left" lingers no longer than the viewing TTL.
 */
export class ActivityBoard {
  /** account → conversation → connection → entry */
  private readonly accounts = new Map<string, Map<string, Map<string, Entry>>>();
  private nextSweepAt = 0;

  constructor(private readonly now: () => number) {}

  record(accountId: string, conversationId: string, activity: AgentActivity): void {
    const now = this.now();
    this.sweep(now);
    const { connectionId, user, viewingForMs, typing } = activity;
    if (viewingForMs === 0 && !typing) {
      this.remove(accountId, conversationId, connectionId);
      return;
    }
    let conversations = this.accounts.get(accountId);
    if (!conversations) this.accounts.set(accountId, (conversations = new Map<string, Map<string, Entry>>()));
    let connections = conversations.get(conversationId);
    if (!connections) conversations.set(conversationId, (connections = new Map<string, Entry>()));
    connections.set(connectionId, {
      user,
      viewingUntil: now + viewingForMs,
      typing: typing ? { kind: typing.kind, until: now + typing.forMs } : null,
    });
  }

  /** Whether the tab is known to be in the conversation now. */
  knows(accountId: string, conversationId: string, connectionId: string): boolean {
    const entry = this.accounts.get(accountId)?.get(conversationId)?.get(connectionId);
    return entry !== undefined && activityAt(connectionId, entry, this.now()) !== null;
  }

  /** Who has the conversation open now, with what is left of their durations; `exceptUserId`'s own tabs left out. */
  snapshot(accountId: string, conversationId: string, exceptUserId: string): AgentActivity[] {
    const now = this.now();
    const result: AgentActivity[] = [];
    for (const [connectionId, entry] of this.accounts.get(accountId)?.get(conversationId) ?? []) {
      if (entry.user.id === exceptUserId) continue;
      const activity = activityAt(connectionId, entry, now);
      if (activity) result.push(activity);
    }
    return result;
  }

  /** The account's last socket here closed: its deltas stop arriving, so what is known of it goes stale. */
  forget(accountId: string): void {
    this.accounts.delete(accountId);
  }

  /** How many tabs are known to be in some conversation (for tests). */
  size(): number {
    let total = 0;
    for (const conversations of this.accounts.values())
      for (const connections of conversations.values()) total += connections.size;
    return total;
  }

  private remove(accountId: string, conversationId: string, connectionId: string): void {
    const conversations = this.accounts.get(accountId);
    const connections = conversations?.get(conversationId);
    if (!conversations || !connections) return;
    connections.delete(connectionId);
    if (connections.size === 0) conversations.delete(conversationId);
    if (conversations.size === 0) this.accounts.delete(accountId);
  }

  private sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_EVERY_MS;
    for (const [accountId, conversations] of this.accounts) {
      for (const [conversationId, connections] of conversations) {
        for (const [connectionId, entry] of connections) {
          if (!activityAt(connectionId, entry, now)) this.remove(accountId, conversationId, connectionId);
        }
      }
    }
  }
}

/** The entry as a delta sent `now`, or null once nothing of it holds any longer. */
function activityAt(connectionId: string, entry: Entry, now: number): AgentActivity | null {
  const viewingForMs = Math.max(0, entry.viewingUntil - now);
  const typing =
    entry.typing && entry.typing.until > now ? { kind: entry.typing.kind, forMs: entry.typing.until - now } : null;
  if (viewingForMs === 0 && !typing) return null;
  return { connectionId, user: entry.user, viewingForMs, typing };
}
