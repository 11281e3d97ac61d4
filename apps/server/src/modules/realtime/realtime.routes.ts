import { ClientEvent, REALTIME_PATH, type ServerEvent } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';
import { resolveCaller } from '../auth/authenticate';
import { CONVERSATION_WRITERS } from '../conversations/conversation-writes';
import { conversationExistsInAccount } from './activity.repository';
import { ConversationActivity } from './conversation-activity';
import { MessageBudget } from './message-budget';
import { recordSeen, SEEN_EVERY_MS } from '../routing/silent-presence';

/** Policy violation: an unauthenticated socket or a message outside the contract. */
const POLICY_VIOLATION = 1008;
/** Per socket: a burst of 20 messages, then 5 a second (a typing agent sends one every 2.5 s). */
const BURST = 20;
const PER_SECOND = 5;

export function registerRealtimeRoutes(app: ZodApp, ctx: AppContext): void {
  const now = () => ctx.clock().getTime();
  const activity = new ConversationActivity(
    ctx.realtime,
    now,
    (accountId, conversationId) => conversationExistsInAccount(ctx.database.db, accountId, conversationId),
    (error) => app.log.warn({ err: error }, 'a conversation activity event failed'),
  );

  app.get(REALTIME_PATH, { websocket: true, schema: { hide: true } }, async (socket, request) => {
    // Messages a browser sends while its session is being looked up wait here instead of being lost.
    const early: Buffer[] = [];
    let handle: ((raw: Buffer) => void) | null = null;
    socket.on('message', (raw: Buffer) => {
      if (handle) handle(raw);
      else if (early.length < BURST) early.push(raw);
    });
    const caller = await resolveCaller(request, ctx).catch(() => null);
    if (!caller) {
      socket.close(POLICY_VIOLATION, 'unauthenticated');
      return;
    }
    if (socket.readyState !== socket.OPEN) return; // gone while we looked
    const end = (reason: string) => {
      if (socket.readyState === socket.OPEN) socket.close(POLICY_VIOLATION, reason);
    };
    const send = (event: ServerEvent) => {
      if (socket.readyState !== socket.OPEN) return;
      socket.send(JSON.stringify(event));
      // Deactivation reaches every process as this delta: the person's open tabs stop at once.
      if (event.type === 'user.updated' && event.user.id === caller.user.id && event.user.status !== 'active') {
        end('deactivated');
      }
    };
    // A signed-out or expired session must not keep a socket that was opened with it; while it holds,
    // the person is seen (presence turns offline only after every tab has been gone for a while).
    const seen = () =>
      recordSeen(ctx.database.db, caller.accountId, caller.user.id, ctx.clock()).catch((error: unknown) =>
        request.log.warn({ err: error }, 'could not record that a person is here'),
      );
    void seen();
    const recheck = setInterval(() => {
      void resolveCaller(request, ctx)
        .catch(() => null)
        .then((still) => (still ? seen() : end('session ended')));
    }, SEEN_EVERY_MS);
    recheck.unref();
    const { accountId } = caller;
    const { id: userId, name } = caller.user;
    const remove = ctx.realtime.add({ accountId, userId, send, isViewing: (id) => tab.isViewing(id) });
    const tab = activity.connect(
      { accountId, user: { id: userId, name }, canWrite: CONVERSATION_WRITERS.includes(caller.user.role) },
      send,
      ctx.realtime.listening(accountId),
    );
    socket.on('close', () => {
      clearInterval(recheck);
      remove();
      tab.close();
    });
    const budget = new MessageBudget(BURST, PER_SECOND, now);
    let warned = false;
    handle = (raw: Buffer) => {
      let parsed: ReturnType<typeof ClientEvent.safeParse>;
      try {
        parsed = ClientEvent.safeParse(JSON.parse(raw.toString('utf8')));
      } catch {
        parsed = ClientEvent.safeParse(undefined);
      }
      if (!parsed.success) {
        socket.close(POLICY_VIOLATION, 'message does not match the contract');
        return;
      }
      if (!budget.take()) {
        // Dropped, not closed: a reconnecting runaway client would only cost more.
        if (!warned) request.log.warn({ userId }, 'a realtime socket sends too fast; dropping its messages');
        warned = true;
        return;
      }
      if (parsed.data.type === 'ping') send({ type: 'pong' });
      else void tab.handle(parsed.data);
    };
    for (const raw of early.splice(0)) handle(raw);
    // `ready` promises the deltas that follow, including those published by other processes.
    await ctx.realtime.listening(caller.accountId);
    send({ type: 'ready', userId: caller.user.id });
  });
}
