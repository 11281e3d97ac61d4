import {
  AgentPromise,
  ConversationFollowUps,
  ConversationPromises,
  FollowUp,
  PROMISES_API,
  PromisePage,
  ReplyCheck,
  type CancelPromiseRequest,
  type KeepPromiseRequest,
  type NewFollowUpRequest,
  type NewPromiseRequest,
  type PromiseListQuery,
  type UpdatePromiseRequest,
} from '@sincere/contracts';
import { apiGet, apiSend, withQuery } from '../../api/client';

/** POST because a draft may be long; the server stores nothing. */
export const checkReply = (conversationId: string, text: string) =>
  apiSend('POST', PROMISES_API.replyCheck(conversationId), { text }, ReplyCheck);

export const listConversationPromises = (conversationId: string, signal?: AbortSignal) =>
  apiGet(PROMISES_API.conversationPromises(conversationId), ConversationPromises, signal);

export const trackPromise = (conversationId: string, input: NewPromiseRequest) =>
  apiSend('POST', PROMISES_API.conversationPromises(conversationId), input, AgentPromise);

export const editPromise = (id: string, input: UpdatePromiseRequest) =>
  apiSend('PATCH', PROMISES_API.promise(id), input, AgentPromise);

export const keepPromise = (id: string, input: KeepPromiseRequest = {}) =>
  apiSend('POST', PROMISES_API.keepPromise(id), input, AgentPromise);

export const cancelPromise = (id: string, input: CancelPromiseRequest) =>
  apiSend('POST', PROMISES_API.cancelPromise(id), input, AgentPromise);

export const listDuePromises = (
  query: { owner: PromiseListQuery['owner']; cursor: string | null; limit: number },
  signal?: AbortSignal,
) =>
  apiGet(
    withQuery(PROMISES_API.promises, { status: 'due', owner: query.owner, cursor: query.cursor, limit: query.limit }),
    PromisePage,
    signal,
  );

export const listFollowUps = (conversationId: string, signal?: AbortSignal) =>
  apiGet(PROMISES_API.conversationFollowUps(conversationId), ConversationFollowUps, signal);

export const scheduleFollowUp = (conversationId: string, input: NewFollowUpRequest) =>
  apiSend('POST', PROMISES_API.conversationFollowUps(conversationId), input, FollowUp);

export const cancelFollowUp = (id: string) => apiSend('DELETE', PROMISES_API.followUp(id), undefined, FollowUp);
