import {
  API,
  ConversationDetail,
  ErrorBody,
  ForwardConversationRequest,
  ForwardConversationResponse,
  IdParams,
  MergeConversationsRequest,
  SplitConversationRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireWriter } from './conversation-writes';
import { findConversationDetail } from './conversation-detail';
import { forwardConversation } from './forward-conversation';
import { mergeConversations } from './merge-conversations';
import { splitConversation } from './split-conversation';

const CONFLICT = { 409: ErrorBody } as const;

/** Merge, split and forward: actions on a conversation as a whole. */
export function registerConversationActionRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['conversations'];
  app.post(
    API.conversationMerge(':id'),
    {
      schema: {
        tags,
        summary:
          'Merge another conversation of the same customer into this one: its messages move here, it is resolved (409 if either was merged already)',
        params: IdParams,
        body: MergeConversationsRequest,
        response: { 200: ConversationDetail, ...CONFLICT, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request) => {
      const caller = requireWriter(request.auth);
      await mergeConversations(ctx, caller, request.params.id, request.body);
      return findConversationDetail(ctx, caller.accountId, request.params.id);
    },
  );

  app.post(
    API.conversationSplit(':id'),
    {
      schema: {
        tags,
        summary: 'Move one customer message into a new conversation of the same customer (201 with the new one)',
        params: IdParams,
        body: SplitConversationRequest,
        response: { 201: ConversationDetail, ...CONFLICT, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const caller = requireWriter(request.auth);
      const newId = await splitConversation(ctx, caller, request.params.id, request.body);
      return reply.status(201).send(await findConversationDetail(ctx, caller.accountId, newId));
    },
  );

  app.post(
    API.conversationForward(':id'),
    {
      schema: {
        tags,
        summary:
          'Email the transcript to up to 10 addresses (202: queued; conversation.forwarded is logged once sent; 409 when this server has no outgoing mail)',
        params: IdParams,
        body: ForwardConversationRequest,
        response: { 202: ForwardConversationResponse, ...CONFLICT, ...AUTHED_ERRORS, ...NOT_FOUND },
      },
    },
    async (request, reply) => {
      const caller = requireWriter(request.auth);
      const forwardId = await forwardConversation(ctx, caller, request.params.id, request.body);
      return reply.status(202).send({ forwardId });
    },
  );
}
