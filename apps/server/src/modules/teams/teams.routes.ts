import { z } from 'zod';
import {
  API,
  CreateTeamRequest,
  ErrorBody,
  IdParams,
  Team,
  TeamList,
  TeamMemberParams,
  UpdateTeamRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { createTeam } from './create-team';
import { deleteTeam } from './delete-team';
import { addTeamMember, removeTeamMember } from './team-members';
import { TEAM_MANAGERS } from './team-rules';
import { toTeam } from './team.mapper';
import { findTeamById, listTeamsOfAccount } from './teams.repository';
import { updateTeam } from './update-team';

/** Teams: everyone reads them; admins and leads create, change, staff and delete them. */
export function registerTeamRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['teams'];
  const teamOf = async (accountId: string, id: string): Promise<Team> => {
    const found = await findTeamById(ctx.database.db, accountId, id);
    if (!found) throw notFound('Team');
    return toTeam(found);
  };

  app.get(
    API.teams,
    {
      schema: {
        tags,
        summary: 'The account’s teams with their members',
        response: { 200: TeamList, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      return { items: (await listTeamsOfAccount(ctx.database.db, caller.accountId)).map(toTeam) };
    },
  );

  app.get(
    API.team(':id'),
    { schema: { tags, params: IdParams, response: { 200: Team, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => teamOf(requireAuth(request.auth).accountId, request.params.id),
  );

  app.post(
    API.teams,
    {
      schema: {
        tags,
        summary: 'Create a team (admins and leads)',
        body: CreateTeamRequest,
        response: { 201: Team, 409: ErrorBody, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, TEAM_MANAGERS);
      const id = await createTeam(ctx, caller, request.body);
      return reply.status(201).send(await teamOf(caller.accountId, id));
    },
  );

  app.patch(
    API.team(':id'),
    {
      schema: {
        tags,
        summary: 'Rename a team, change how it assigns conversations, or its SLA policy',
        params: IdParams,
        body: UpdateTeamRequest,
        response: { 200: Team, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, TEAM_MANAGERS);
      await updateTeam(ctx, caller, request.params.id, request.body);
      return teamOf(caller.accountId, request.params.id);
    },
  );

  app.delete(
    API.team(':id'),
    {
      schema: {
        tags,
        summary: 'Delete a team without members or conversations',
        params: IdParams,
        response: { 204: z.null(), 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      await deleteTeam(ctx, requireRole(request.auth, TEAM_MANAGERS), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    API.teamMember(':id', ':userId'),
    {
      schema: {
        tags,
        summary: 'Add a person to the team (nothing changes if they are in it already)',
        params: TeamMemberParams,
        response: { 200: Team, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, TEAM_MANAGERS);
      await addTeamMember(ctx, caller, request.params.id, request.params.userId);
      return teamOf(caller.accountId, request.params.id);
    },
  );

  app.delete(
    API.teamMember(':id', ':userId'),
    {
      schema: {
        tags,
        summary: 'Remove a person from the team; the conversations they own stay theirs',
        params: TeamMemberParams,
        response: { 200: Team, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, TEAM_MANAGERS);
      await removeTeamMember(ctx, caller, request.params.id, request.params.userId);
      return teamOf(caller.accountId, request.params.id);
    },
  );
}
