import { and, eq } from 'drizzle-orm';
import { conversations } from '@sincere/db';
import {
  AgentPromise,
  CancelPromiseRequest,
  ConversationFollowUps,
  ConversationPromises,
  ErrorBody,
  FollowUp,
  IdParams,
  KeepPromiseRequest,
  NewFollowUpRequest,
  NewPromiseRequest,
  PROMISES_API,
  PromiseListQuery,
  PromisePage,
  ReplyCheck,
  ReplyCheckRequest,
  UpdatePromiseRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { requireWriter } from '../conversations/conversation-writes';
import { cancelFollowUp, scheduleFollowUp } from './follow-ups';
import { makePromise } from './make-promise';
import { cancelPromise, editPromise, keepPromise } from './change-promise';
import { peopleOfPromise, toAgentPromise, toFollowUp } from './promise.mapper';
import {
  findPeopleNames,
  listFollowUpsOfConversation,
  listPromisesOfConversation,
  listPromisesPage,
  type PromiseRow,
} from './promises.repository';
import { checkDraft } from './reply-check';

const CONFLICT = { 409: ErrorBody } as const;
const STATUSES: Record<PromiseListQuery['status'], PromiseRow['status'][]> = {
  due: ['open', 'broken'],
  open: ['open'],
  broken: ['broken'],
  kept: ['kept'],
  cancelled: ['cancelled'],
};

/** Promises agents make to customers, tracked until kept, and follow-ups after resolving (issue 6). */
export function registerPromiseRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['promises'];
  const { db } = ctx.database;
  const requireConversation = async (accountId: string, id: string) => {
    const [row] = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.accountId, accountId), eq(conversations.id, id)));
    if (!row) throw notFound('Conversation');
  };

  app.post(
    PROMISES_API.replyCheck(':id'),
    {
      schema: {
        tags,
        summary:
          'Read a draft reply: the promises it makes (with due times), coaching warnings and warnings for the customer’s culture. Stores nothing',
        params: IdParams,
        body: ReplyCheckRequest,
        response: { 200: ReplyCheck, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const { text, scheduledAt, proactive } = request.body;
      return checkDraft(ctx, requireWriter(request.auth), request.params.id, text, {
        scheduledAt: scheduledAt ? new Date(scheduledAt) : null,
        proactive: proactive ?? scheduledAt !== undefined,
      });
    },
  );

  app.get(
    PROMISES_API.conversationPromises(':id'),
    {
      schema: {
        tags,
        summary: 'The promises made in a conversation, oldest first',
        params: IdParams,
        response: { 200: ConversationPromises, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const { accountId } = requireAuth(request.auth);
      await requireConversation(accountId, request.params.id);
      const rows = await listPromisesOfConversation(db, accountId, request.params.id);
      const names = await findPeopleNames(db, accountId, rows.flatMap(peopleOfPromise));
      return { items: rows.map((row) => toAgentPromise(row, names)) };
    },
  );

  app.post(
    PROMISES_API.conversationPromises(':id'),
    {
      schema: {
        tags,
        summary: 'Track a promise (usually one proposed for a reply): the caller’s unless another owner is named',
        params: IdParams,
        body: NewPromiseRequest,
        response: { 200: AgentPromise, 201: AgentPromise, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) => {
      const { promise, created } = await makePromise(ctx, requireWriter(request.auth), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(promise);
    },
  );

  app.get(
    PROMISES_API.promises,
    {
      schema: {
        tags,
        summary: 'Promises due: open and broken promises (or another status), soonest due first',
        querystring: PromiseListQuery,
        response: { 200: PromisePage, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireAuth(request.auth);
      const { status, owner, dueBefore, cursor, limit } = request.query;
      const after = decodeCursor(cursor);
      const rows = await listPromisesPage(
        db,
        caller.accountId,
        {
          statuses: STATUSES[status],
          ownerId: owner === 'me' ? caller.user.id : null,
          dueBefore: dueBefore ? new Date(dueBefore) : null,
          after: after ? { dueAt: after.at, id: after.id } : null,
        },
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const names = await findPeopleNames(db, caller.accountId, page.flatMap(peopleOfPromise));
      const last = page.at(-1);
      return {
        items: page.map((row) => toAgentPromise(row, names)),
        nextCursor: rows.length > limit && last ? encodeCursor(last.dueAt, last.id) : null,
      };
    },
  );

  app.patch(
    PROMISES_API.promise(':id'),
    {
      schema: {
        tags,
        summary: 'Edit a promise: what, when, whose (its owner, a lead or an admin)',
        params: IdParams,
        body: UpdatePromiseRequest,
        response: { 200: AgentPromise, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => editPromise(ctx, requireWriter(request.auth), request.params.id, request.body),
  );

  app.post(
    PROMISES_API.keepPromise(':id'),
    {
      schema: {
        tags,
        summary: 'Mark a promise kept (late when it had broken), optionally with the reply that shows it',
        params: IdParams,
        body: KeepPromiseRequest,
        response: { 200: AgentPromise, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => keepPromise(ctx, requireWriter(request.auth), request.params.id, request.body.messageId),
  );

  app.post(
    PROMISES_API.cancelPromise(':id'),
    {
      schema: {
        tags,
        summary: 'Cancel a promise, saying why',
        params: IdParams,
        body: CancelPromiseRequest,
        response: { 200: AgentPromise, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => cancelPromise(ctx, requireWriter(request.auth), request.params.id, request.body.reason),
  );

  app.get(
    PROMISES_API.conversationFollowUps(':id'),
    {
      schema: {
        tags,
        summary: 'The follow-ups planned for a conversation, soonest first',
        params: IdParams,
        response: { 200: ConversationFollowUps, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const { accountId } = requireAuth(request.auth);
      await requireConversation(accountId, request.params.id);
      const rows = await listFollowUpsOfConversation(db, accountId, request.params.id);
      const names = await findPeopleNames(
        db,
        accountId,
        rows.map((row) => row.ownerId),
      );
      return { items: rows.map((row) => toFollowUp(row, names)) };
    },
  );

  app.post(
    PROMISES_API.conversationFollowUps(':id'),
    {
      schema: {
        tags,
        summary: 'Plan a follow-up: sent in the caller’s name at its time, or a reminder to write it personally',
        params: IdParams,
        body: NewFollowUpRequest,
        response: { 201: FollowUp, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await scheduleFollowUp(ctx, requireWriter(request.auth), request.params.id, request.body)),
  );

  app.delete(
    PROMISES_API.followUp(':id'),
    {
      schema: {
        tags,
        summary: 'Cancel a planned follow-up',
        params: IdParams,
        response: { 200: FollowUp, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => cancelFollowUp(ctx, requireWriter(request.auth), request.params.id),
  );
}
