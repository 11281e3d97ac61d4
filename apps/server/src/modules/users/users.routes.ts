import {
  AcceptInvitationRequest,
  API,
  ErrorBody,
  IdParams,
  InvitationParams,
  InvitationResponse,
  InviteUserRequest,
  InviteUserResponse,
  SessionResponse,
  UpdateMeRequest,
  UpdateUserRequest,
  User,
  UserList,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { clientInfo, publicBaseUrl, sendSession } from '../auth/session-reply';
import { acceptInvitation, describeInvitation } from './accept-invitation';
import { changeUser, setUserActive } from './change-user';
import { inviteUser } from './invite-user';
import { toUser } from './user.mapper';
import { findUserById, listUsersOfAccount, updateUser } from './users.repository';

export function registerUserRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['users'];

  app.get(
    API.users,
    {
      schema: {
        tags,
        summary: 'List the users of the account (admins and leads)',
        response: { 200: UserList, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ['admin', 'lead']);
      return { items: (await listUsersOfAccount(ctx.database.db, caller.accountId)).map(toUser) };
    },
  );

  app.get(
    API.user(':id'),
    { schema: { tags, params: IdParams, response: { 200: User, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const user = await findUserById(ctx.database.db, caller.accountId, request.params.id);
      if (!user) throw notFound('User');
      return toUser(user);
    },
  );

  app.post(
    API.invitations,
    {
      schema: {
        tags,
        summary: 'Invite a person; returns the link they open to choose a password',
        body: InviteUserRequest,
        response: { 201: InviteUserResponse, 409: ErrorBody, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireRole(request.auth, ['admin']);
      const { user, inviteUrl } = await inviteUser(ctx, caller, request.body, publicBaseUrl(ctx, request));
      return reply.status(201).send({ user: toUser(user), inviteUrl });
    },
  );

  app.patch(
    API.user(':id'),
    {
      schema: {
        tags,
        summary: 'Change a user’s role or name',
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: User, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ['admin']);
      return toUser(await changeUser(ctx, caller, request.params.id, request.body));
    },
  );

  for (const [path, active] of [
    [API.deactivateUser(':id'), false],
    [API.reactivateUser(':id'), true],
  ] as const) {
    app.post(
      path,
      { schema: { tags, params: IdParams, response: { 200: User, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND } } },
      async (request) => {
        const caller = requireRole(request.auth, ['admin']);
        return toUser(await setUserActive(ctx, caller, request.params.id, active));
      },
    );
  }

  app.patch(
    API.me,
    {
      schema: {
        tags,
        summary: 'Change your own name or interface language',
        body: UpdateMeRequest,
        response: { 200: User, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const { name, locale } = request.body;
      const updated = await updateUser(ctx.database.db, caller.accountId, caller.user.id, {
        ...(name ? { name } : {}),
        ...(locale ? { locale } : {}),
        updatedAt: ctx.clock(),
      });
      if (!updated) throw notFound('User');
      ctx.realtime.publish(
        caller.accountId,
        { type: 'user.updated', user: toUser(updated) },
        { userIds: [updated.id] },
      );
      return toUser(updated);
    },
  );

  app.get(
    API.invitation(':token'),
    {
      schema: {
        tags: ['auth'],
        summary: 'Who an invitation link is for',
        params: InvitationParams,
        response: { 200: InvitationResponse, 410: ErrorBody, 422: ErrorBody },
      },
    },
    async (request) => describeInvitation(ctx, request.params.token),
  );

  app.post(
    API.acceptInvitation,
    {
      config: { csrf: false },
      schema: {
        tags: ['auth'],
        summary: 'Choose a password and sign in',
        body: AcceptInvitationRequest,
        response: { 200: SessionResponse, 410: ErrorBody, 422: ErrorBody },
      },
    },
    async (request, reply) => sendSession(ctx, reply, await acceptInvitation(ctx, request.body, clientInfo(request))),
  );
}
