import { AgentList, AgentPresence, API, IdParams, SetCapacityRequest, SetPresenceRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { CAPACITY_SETTERS, setCapacity, setOwnPresence } from './presence';
import { findPresence, listAgentsOfAccount } from './presence.repository';
import { CONVERSATION_WRITERS } from '../conversations/conversation-writes';

/** Presence and capacity: what automatic assignment needs to know about each agent. */
export function registerRoutingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['routing'];

  app.get(
    API.myPresence,
    { schema: { tags, summary: 'Your presence and capacity', response: { 200: AgentPresence, ...AUTHED_ERRORS } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const presence = await findPresence(ctx.database.db, caller.accountId, caller.user.id);
      if (!presence) throw notFound('User');
      return presence;
    },
  );

  app.get(
    API.agents,
    {
      schema: {
        tags,
        summary: 'Everyone conversations can be assigned to, with presence, capacity and current load',
        response: { 200: AgentList, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      return { items: await listAgentsOfAccount(ctx.database.db, caller.accountId, CONVERSATION_WRITERS) };
    },
  );

  app.put(
    API.myPresence,
    {
      schema: {
        tags,
        summary: 'Go online, away or offline (admins and leads may also change their own capacity)',
        body: SetPresenceRequest,
        response: { 200: AgentPresence, ...AUTHED_ERRORS },
      },
    },
    async (request) => setOwnPresence(ctx, requireAuth(request.auth), request.body),
  );

  app.put(
    API.userCapacity(':id'),
    {
      schema: {
        tags,
        summary: 'How many open and pending conversations automatic assignment may give this person (admins and leads)',
        params: IdParams,
        body: SetCapacityRequest,
        response: { 200: AgentPresence, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, CAPACITY_SETTERS);
      return setCapacity(ctx, caller, request.params.id, request.body.capacity);
    },
  );
}
