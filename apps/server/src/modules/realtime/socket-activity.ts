import { TYPING_TTL_MS, VIEWING_TTL_MS, type AgentActivity, type TypingKind } from '@sincere/contracts';

/** A web tab shows one conversation; a few leave room for other clients without letting one socket grow. */
export const MAX_CONVERSATIONS_PER_SOCKET = 4;

/** A delta to tell the conversation's other viewers. */
export interface ActivityChange {
  conversationId: string;
  activity: AgentActivity;
}

interface State {
  viewingUntil: number;
  typing: { kind: TypingKind; until: number } | null;
}

/**
 * What one socket (an agent's browser tab) is doing in the conversations it
 * has open. Each method returns the deltas to publish; `opened` says the
 * socket was not viewing the conversation before, so it needs a snapshot of
 * who else is there. Pure state with an injected clock.
 */
export class SocketActivity {
  /** In order of last refresh: the first is the one to give up when a socket opens too many. */
  private readonly open = new Map<string, State>();

  constructor(
    readonly connectionId: string,
    private readonly user: AgentActivity['user'],
    private readonly now: () => number,
  ) {}

  get userId(): string {
    return this.user.id;
  }

  isViewing(conversationId: string): boolean {
    const state = this.open.get(conversationId);
    return state !== undefined && live(state, this.now());
  }

  /** The conversation's state as a delta, unchanged: to tell it again to a process that has just arrived. */
  current(conversationId: string): ActivityChange | null {
    const state = this.open.get(conversationId);
    const now = this.now();
    return state && live(state, now) ? this.change(conversationId, state, now) : null;
  }

  view(conversationId: string): { changes: ActivityChange[]; opened: boolean } {
    const now = this.now();
    const before = this.open.get(conversationId);
    const typing = before?.typing && before.typing.until > now ? before.typing : null;
    return this.set(conversationId, { viewingUntil: now + VIEWING_TTL_MS, typing }, before, now);
  }

  /** Typing implies viewing: a lost `viewing` does not hide a writer. */
  type(conversationId: string, kind: TypingKind): { changes: ActivityChange[]; opened: boolean } {
    const now = this.now();
    const before = this.open.get(conversationId);
    const next = { viewingUntil: now + VIEWING_TTL_MS, typing: { kind, until: now + TYPING_TTL_MS } };
    return this.set(conversationId, next, before, now);
  }

  stopTyping(conversationId: string): ActivityChange[] {
    const now = this.now();
    const state = this.open.get(conversationId);
    if (!state?.typing) return [];
    if (!live(state, now)) {
      this.open.delete(conversationId);
      return [];
    }
    state.typing = null;
    return [this.change(conversationId, state, now)];
  }

  stopViewing(conversationId: string): ActivityChange[] {
    if (!this.open.delete(conversationId)) return [];
    return [this.left(conversationId)];
  }

  /** The socket closed: it leaves everything it still had open. */
  leaveAll(): ActivityChange[] {
    const now = this.now();
    const changes = [...this.open].filter(([, state]) => live(state, now)).map(([id]) => this.left(id));
    this.open.clear();
    return changes;
  }

  private set(
    conversationId: string,
    next: State,
    before: State | undefined,
    now: number,
  ): { changes: ActivityChange[]; opened: boolean } {
    const changes: ActivityChange[] = [];
    // Re-inserted so that the map stays in order of last refresh.
    this.open.delete(conversationId);
    for (const [id, state] of this.open) {
      if (this.open.size < MAX_CONVERSATIONS_PER_SOCKET) break;
      this.open.delete(id);
      if (live(state, now)) changes.push(this.left(id));
    }
    this.open.set(conversationId, next);
    changes.push(this.change(conversationId, next, now));
    return { changes, opened: !before || !live(before, now) };
  }

  private change(conversationId: string, state: State, now: number): ActivityChange {
    const typing = state.typing && state.typing.until > now ? state.typing : null;
    return {
      conversationId,
      activity: {
        connectionId: this.connectionId,
        user: this.user,
        viewingForMs: Math.max(0, state.viewingUntil - now),
        typing: typing ? { kind: typing.kind, forMs: typing.until - now } : null,
      },
    };
  }

  private left(conversationId: string): ActivityChange {
    return {
      conversationId,
      activity: { connectionId: this.connectionId, user: this.user, viewingForMs: 0, typing: null },
    };
  }
}

const live = (state: State, now: number): boolean =>
  state.viewingUntil > now || (state.typing !== null && state.typing.until > now);
