import { randomUUID } from 'node:crypto';
import type { AgentActivity, ClientEvent, ServerEvent } from '@sincere/contracts';
import { ActivityBoard } from './activity-board';
import { ConversationAccess, type ConversationLookup } from './conversation-access';
import type { RealtimeHub } from './realtime-hub';
import { SocketActivity, type ActivityChange } from './socket-activity';

export type ActivityEvent = Exclude<ClientEvent, { type: 'ping' }>;

/** One socket's side of the collision warning. */
export interface ActivitySocket {
  isViewing(conversationId: string): boolean;
  /** Applies the socket's events one after the other, in the order they were sent; never rejects. */
  handle(event: ActivityEvent): Promise<void>;
  /** The socket closed: the others learn that it left. */
  close(): void;
}

interface Caller {
  accountId: string;
  user: AgentActivity['user'];
  /** Reviewers read conversations but do not write in them: their `typing` is ignored. */
  canWrite: boolean;
}

/**
 * Typing indicators and who is viewing, per process. Each socket's own state
 * decides what the others are told; the deltas travel through the hub (and so
 * through Redis to the other processes) only to the sockets that have the
 * conversation open. The board, fed by every delta delivered here, answers
 * the snapshot a socket gets when it opens a conversation.
 *
 * A process learns of other processes' viewers only from their deltas, so one
 * that has just started serving an account knows none of them. When a tab it
 * did not know of arrives from another process, each process therefore tells
 * again what its own tabs are doing in that conversation: the newcomer's
 * process and browser hear of them within a round trip instead of at the next
 * heartbeat. It stops by itself: a tab is new to a board only once.
 */
export class ConversationActivity {
  private readonly board: ActivityBoard;
  private readonly access: ConversationAccess;
  /** This process's sockets, by account. */
  private readonly socketsOf = new Map<string, Set<SocketActivity>>();

  constructor(
    private readonly hub: RealtimeHub,
    private readonly now: () => number,
    lookup: ConversationLookup,
    private readonly onError: (error: unknown) => void,
  ) {
    this.board = new ActivityBoard(now);
    this.access = new ConversationAccess(lookup, now);
    hub.observe((accountId, event, from) => {
      if (event.type !== 'conversation.activity') return;
      const { conversationId, activity } = event;
      const arrived = from === 'elsewhere' && !this.board.knows(accountId, conversationId, activity.connectionId);
      this.board.record(accountId, conversationId, activity);
      if (arrived && (activity.viewingForMs > 0 || activity.typing)) this.announceAgain(accountId, conversationId);
    });
  }

  /**
   * Starts tracking a socket. Its events wait for `listening` (the account's Redis subscription): the other
   * processes answer a new tab by telling theirs again, and that answer must not arrive before this one listens.
   */
  connect(caller: Caller, send: (event: ServerEvent) => void, listening = Promise.resolve()): ActivitySocket {
    const { accountId, user } = caller;
    const state = new SocketActivity(randomUUID(), user, this.now);
    let sockets = this.socketsOf.get(accountId);
    if (!sockets) this.socketsOf.set(accountId, (sockets = new Set<SocketActivity>()));
    sockets.add(state);
    const group = sockets;
    let closed = false;
    let queue = listening;

    const apply = async (event: ActivityEvent): Promise<void> => {
      const { conversationId } = event;
      if (event.type === 'viewing.stopped') return this.publish(accountId, user.id, state.stopViewing(conversationId));
      if (event.type === 'typing.stopped') return this.publish(accountId, user.id, state.stopTyping(conversationId));
      if (event.type === 'typing' && !caller.canWrite) return;
      // A refresh of a conversation this socket has open was checked when it was opened.
      if (!state.isViewing(conversationId) && !(await this.access.belongs(accountId, conversationId))) return;
      if (closed) return;
      const { changes, opened } =
        event.type === 'typing' ? state.type(conversationId, event.kind) : state.view(conversationId);
      if (opened) {
        const activities = this.board.snapshot(accountId, conversationId, user.id);
        send({ type: 'conversation.activity.snapshot', conversationId, activities });
      }
      this.publish(accountId, user.id, changes);
    };

    return {
      isViewing: (conversationId) => !closed && state.isViewing(conversationId),
      handle: (event) => {
        queue = queue.then(() => (closed ? undefined : apply(event))).catch(this.onError);
        return queue;
      },
      close: () => {
        if (closed) return;
        closed = true;
        this.publish(accountId, user.id, state.leaveAll());
        group.delete(state);
        if (group.size === 0 && this.socketsOf.get(accountId) === group) {
          this.socketsOf.delete(accountId);
          // No more deltas of this account arrive here: what the board knows of it would go stale.
          this.board.forget(accountId);
        }
      },
    };
  }

  private announceAgain(accountId: string, conversationId: string): void {
    for (const state of this.socketsOf.get(accountId) ?? []) {
      const current = state.current(conversationId);
      if (current) this.publish(accountId, state.userId, [current]);
    }
  }

  private publish(accountId: string, userId: string, changes: ActivityChange[]): void {
    for (const { conversationId, activity } of changes) {
      this.hub.publish(
        accountId,
        { type: 'conversation.activity', conversationId, activity },
        { viewersOf: conversationId, exceptUserIds: [userId] },
      );
    }
  }
}
