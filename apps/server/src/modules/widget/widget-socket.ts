import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { WidgetClientEvent, type WidgetServerEvent } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ZodApp } from '../../http/route-types';
import { MessageBudget } from '../realtime/message-budget';
import { currentConversationOf } from './visitor-conversation';
import { VisitorFeed } from './visitor-feed';
import { originAllowed, type Visitor } from './widget-visitor';

/** Policy violation: no valid session, a site the channel does not allow, or a message outside the contract. */
const POLICY_VIOLATION = 1008;

/**
 * The visitor's live line: the team's replies and typing in the visitor's own conversations, pushed as they
 * happen (through the account's realtime hub, so from every process). The browser only pings; the socket
 * closes when the session expires, and the widget reconnects with a new one.
 */
export function registerWidgetSocket(
  scope: ZodApp,
  ctx: AppContext,
  visitorFor: (request: FastifyRequest) => Visitor | Error | null,
): void {
  const now = () => ctx.clock().getTime();
  scope.get(
    '/socket',
    { websocket: true, schema: { hide: true, querystring: z.object({ token: z.string().max(4000) }) } },
    async (socket, request) => {
      const visitor = visitorFor(request);
      if (!visitor || visitor instanceof Error) {
        socket.close(POLICY_VIOLATION, 'unauthenticated');
        return;
      }
      if (!originAllowed(visitor.channel, request.headers.origin)) {
        socket.close(POLICY_VIOLATION, 'origin not allowed');
        return;
      }
      const current = await currentConversationOf(ctx, visitor).catch(() => null);
      if (socket.readyState !== socket.OPEN) return;
      const send = (event: WidgetServerEvent) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
      };
      const feed = new VisitorFeed(current?.customerId ?? null, current?.conversation.id ?? null, send);
      const { accountId, identity } = visitor.claims;
      const remove = ctx.realtime.add({
        accountId,
        // Not a user id: no delta narrowed to users ever reaches it.
        userId: `widget:${identity.kind}:${identity.value}`,
        send: (event) => feed.handle(event),
        isViewing: (conversationId) => feed.follows(conversationId),
      });
      const expiry = setTimeout(
        () => socket.readyState === socket.OPEN && socket.close(POLICY_VIOLATION, 'session expired'),
        Math.max(0, visitor.claims.expiresAt - now()),
      );
      expiry.unref();
      socket.on('close', () => {
        clearTimeout(expiry);
        remove();
      });
      const budget = new MessageBudget(10, 1, now);
      socket.on('message', (raw: Buffer) => {
        let event: ReturnType<typeof WidgetClientEvent.safeParse>;
        try {
          event = WidgetClientEvent.safeParse(JSON.parse(raw.toString('utf8')));
        } catch {
          event = WidgetClientEvent.safeParse(undefined);
        }
        if (!event.success) socket.close(POLICY_VIOLATION, 'message does not match the contract');
        else if (budget.take()) send({ type: 'pong' });
      });
      await ctx.realtime.listening(accountId);
      send({ type: 'ready' });
    },
  );
}
