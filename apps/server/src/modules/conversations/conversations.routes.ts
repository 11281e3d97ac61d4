import {
  AddMessagesBatchRequest,
  AddMessagesBatchResponse,
  BATCH_API,
  MAX_BATCH_MESSAGES,
  AddMessageRequest,
  API,
  AssignConversationRequest,
  ConversationDetail,
  ConversationListQuery,
  ConversationPage,
  ConversationSummary,
  CreateConversationRequest,
  Customer,
  ErrorBody,
  IdParams,
  Message,
  UpdateConversationRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { listConversationsInView } from '../views/list-conversations-in-view';
import { findCustomer } from './conversations.repository';
import { findConversationDetail } from './conversation-detail';
import { registerConversationActionRoutes } from './conversation-actions.routes';
import { findConversationSummary } from './conversation-summary';
import { addMessage } from './add-message';
import { addMessagesBatch } from './add-messages-batch';
import { assignConversation } from './assign-conversation';
import { requireWriter } from './conversation-writes';
import { createConversation } from './create-conversation';
import { updateConversation } from './update-conversation';

/** Conversations: read, open from a customer's first message, answer, note, change, assign. */
export function registerConversationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['conversations'];
  app.get(
    API.conversations,
    {
      schema: {
        tags,
        summary: 'Conversations of a view (or all), filtered and sorted, a keyset page at a time',
        querystring: ConversationListQuery,
        response: { 200: ConversationPage, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => listConversationsInView(ctx, requireAuth(request.auth), request.query),
  );

  const summaryOf = async (accountId: string, id: string): Promise<ConversationSummary> => {
    const summary = await findConversationSummary(ctx.database.db, accountId, id, ctx.clock());
    if (!summary) throw notFound('Conversation');
    return summary;
  };
  const detail = (accountId: string, id: string): Promise<ConversationDetail> =>
    findConversationDetail(ctx, accountId, id);

  app.get(
    API.conversation(':id'),
    {
      schema: {
        tags,
        summary: 'A conversation with its customer, messages and event log',
        params: IdParams,
        response: { 200: ConversationDetail, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => detail(requireAuth(request.auth).accountId, request.params.id),
  );

  app.post(
    API.conversations,
    {
      schema: {
        tags,
        summary:
          'Open a conversation with a customer’s first message (201; 200 when clientMessageId repeats one already stored)',
        body: CreateConversationRequest,
        response: { 200: ConversationDetail, 201: ConversationDetail, ...AUTHED_ERRORS },
      },
    },
    async (request, reply) => {
      const caller = requireWriter(request.auth);
      const { conversationId, created } = await createConversation(ctx, caller, request.body);
      return reply.status(created ? 201 : 200).send(await detail(caller.accountId, conversationId));
    },
  );

  app.post(
    API.conversationMessages(':id'),
    {
      schema: {
        tags,
        summary: 'Add a reply, an internal note, or (with an API token) a customer message',
        params: IdParams,
        body: AddMessageRequest,
        response: { 200: Message, 201: Message, 409: ErrorBody, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const caller = requireWriter(request.auth);
      const { message, created } = await addMessage(ctx, caller, request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(message);
    },
  );

  app.post(
    BATCH_API.messages,
    {
      schema: {
        tags,
        summary: `Customer messages, up to ${MAX_BATCH_MESSAGES} at once into any conversations (API tokens only)`,
        description:
          'Everything accepted commits together; each message gets its own result, in the order sent. A message to an unknown conversation, or whose clientMessageId was used in another conversation, is refused on its own; one sent before is a duplicate. Sending the same batch again stores nothing twice.',
        body: AddMessagesBatchRequest,
        response: { 200: AddMessagesBatchResponse, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireWriter(request.auth);
      return { results: await addMessagesBatch(ctx, caller, request.body) };
    },
  );

  app.patch(
    API.conversation(':id'),
    {
      schema: {
        tags,
        summary: 'Change status (snooze with a time), priority, tags or team',
        params: IdParams,
        body: UpdateConversationRequest,
        response: { 200: ConversationSummary, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireWriter(request.auth);
      await updateConversation(ctx, caller, request.params.id, request.body);
      return summaryOf(caller.accountId, request.params.id);
    },
  );

  app.put(
    API.conversationAssignment(':id'),
    {
      schema: {
        tags,
        summary: 'Give the conversation an owner, or none (assigneeId null), with a reason',
        params: IdParams,
        body: AssignConversationRequest,
        response: { 200: ConversationSummary, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireWriter(request.auth);
      await assignConversation(ctx, caller, request.params.id, request.body);
      return summaryOf(caller.accountId, request.params.id);
    },
  );

  app.get(
    API.customer(':id'),
    { schema: { tags: ['customers'], params: IdParams, response: { 200: Customer, ...AUTHED_ERRORS, ...NOT_FOUND } } },
    async (request) => {
      const caller = requireAuth(request.auth);
      const customer = await findCustomer(ctx.database.db, caller.accountId, request.params.id);
      if (!customer) throw notFound('Customer');
      return customer;
    },
  );

  registerConversationActionRoutes(app, ctx);
}
