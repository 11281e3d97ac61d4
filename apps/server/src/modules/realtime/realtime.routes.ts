import { ClientEvent, REALTIME_PATH, type ServerEvent } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';
import { resolveCaller } from '../auth/authenticate';

/** Policy violation: an unauthenticated socket or a message outside the contract. */
const POLICY_VIOLATION = 1008;

export function registerRealtimeRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(REALTIME_PATH, { websocket: true, schema: { hide: true } }, async (socket, request) => {
    const caller = await resolveCaller(request, ctx).catch(() => null);
    if (!caller) {
      socket.close(POLICY_VIOLATION, 'unauthenticated');
      return;
    }
    const send = (event: ServerEvent) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    };
    const remove = ctx.realtime.add({ accountId: caller.accountId, userId: caller.user.id, send });
    socket.on('close', remove);
    socket.on('message', (raw: Buffer) => {
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
      if (parsed.data.type === 'ping') send({ type: 'pong' });
    });
    // `ready` promises the deltas that follow, including those published by other processes.
    await ctx.realtime.listening(caller.accountId);
    send({ type: 'ready', userId: caller.user.id });
  });
}
