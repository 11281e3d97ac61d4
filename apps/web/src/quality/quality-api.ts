import {
  AgentList,
  API,
  AssignmentPage,
  Calibration,
  ConversationDetail,
  ConversationQuality,
  DisputeList,
  QUALITY_API,
  Review,
  ReviewPage,
  ScorecardEntry,
  type AssignmentListQuery,
  type DisputeDecisionRequest,
  type NewDisputeRequest,
  type NewReviewRequest,
} from '@sincere/contracts';
import { apiGet, apiSend, withQuery } from '../api/client';

export const PAGE_SIZE = 50;

export const listAssignments = (
  query: { reviewer: AssignmentListQuery['reviewer']; cursor: string | null },
  signal?: AbortSignal,
) =>
  apiGet(
    withQuery(QUALITY_API.assignments, {
      status: 'pending',
      reviewer: query.reviewer,
      cursor: query.cursor,
      limit: PAGE_SIZE,
    }),
    AssignmentPage,
    signal,
  );

/** The same detail the inbox shows: messages, customer, assignee. */
export const readConversation = (id: string, signal?: AbortSignal) =>
  apiGet(API.conversation(id), ConversationDetail, signal);

export const readConversationQuality = (id: string, signal?: AbortSignal) =>
  apiGet(QUALITY_API.conversationQuality(id), ConversationQuality, signal);

export const submitReview = (conversationId: string, input: NewReviewRequest) =>
  apiSend('POST', QUALITY_API.conversationReviews(conversationId), input, Review);

export const listReviews = (query: { agent: string | null; cursor: string | null }, signal?: AbortSignal) =>
  apiGet(
    withQuery(QUALITY_API.reviews, { agent: query.agent, cursor: query.cursor, limit: PAGE_SIZE }),
    ReviewPage,
    signal,
  );

export const readReview = (id: string, signal?: AbortSignal) => apiGet(QUALITY_API.review(id), Review, signal);

/** Any version, old ones included: a review keeps the version it was scored with. */
export const readScorecard = (id: string, signal?: AbortSignal) =>
  apiGet(QUALITY_API.scorecard(id), ScorecardEntry, signal);

export const readCalibration = (id: string, signal?: AbortSignal) =>
  apiGet(QUALITY_API.calibration(id), Calibration, signal);

export const acknowledgeReview = (id: string) => apiSend('POST', QUALITY_API.acknowledge(id), undefined, Review);

export const disputeReview = (id: string, input: NewDisputeRequest) =>
  apiSend('POST', QUALITY_API.disputeReview(id), input, Review);

export const listOpenDisputes = (signal?: AbortSignal) =>
  apiGet(withQuery(QUALITY_API.disputes, { status: 'open' }), DisputeList, signal);

export const decideDispute = (id: string, input: DisputeDecisionRequest) =>
  apiSend('POST', QUALITY_API.decideDispute(id), input, Review);

/** People conversations are assigned to: the reviews list filters by them. */
export const listAgents = (signal?: AbortSignal) => apiGet(API.agents, AgentList, signal);
