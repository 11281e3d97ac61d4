import { z } from 'zod';
import {
  AssignmentListQuery,
  AssignmentPage,
  Calibration,
  CalibrationList,
  ConversationQuality,
  DisputeDecisionRequest,
  DisputeList,
  DisputeListQuery,
  ErrorBody,
  IdParams,
  NewAssignmentRequest,
  NewCalibrationRequest,
  NewDisputeRequest,
  NewReviewRequest,
  QUALITY_API,
  Review,
  ReviewListQuery,
  ReviewPage,
  SampleRequest,
  SampleResult,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth } from '../auth/auth-context';
import { assignByHand, listAssignments, sampleWeekByHand } from './assignments';
import { closeCalibration, createCalibration, listCalibrations, readCalibration } from './calibrations';
import { acknowledgeReview, decideDispute, disputeReview, listDisputes } from './disputes';
import { conversationQuality, listReviews, readReview } from './read-reviews';
import { submitReview } from './submit-review';

const CONFLICT = { 409: ErrorBody } as const;

/** Human review: queues, scoring, acknowledgement and disputes, calibration rounds (issue 8). */
export function registerReviewRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['quality'];

  app.get(
    QUALITY_API.conversationQuality(':id'),
    {
      schema: {
        tags,
        summary:
          'The scorecard to score with, the automatic review with its evidence, and the human reviews the caller may see',
        params: IdParams,
        response: { 200: ConversationQuality, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => conversationQuality(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    QUALITY_API.conversationReviews(':id'),
    {
      schema: {
        tags,
        summary: 'Score a conversation with the scorecard (a calibration review when calibrationId is given)',
        params: IdParams,
        body: NewReviewRequest,
        response: { 201: Review, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitReview(ctx, requireAuth(request.auth), request.params.id, request.body)),
  );

  app.get(
    QUALITY_API.reviews,
    {
      schema: {
        tags,
        summary: 'Reviews, newest first; agents see those about themselves',
        querystring: ReviewListQuery,
        response: { 200: ReviewPage, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => listReviews(ctx, requireAuth(request.auth), request.query),
  );

  app.get(
    QUALITY_API.review(':id'),
    {
      schema: {
        tags,
        summary: 'One review with its evidence and disputes',
        params: IdParams,
        response: { 200: Review, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => readReview(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    QUALITY_API.acknowledge(':id'),
    {
      schema: {
        tags,
        summary: 'The agent reviewed acknowledges the review',
        params: IdParams,
        response: { 200: Review, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => acknowledgeReview(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    QUALITY_API.disputeReview(':id'),
    {
      schema: {
        tags,
        summary: 'The agent reviewed disputes one category; a lead settles it',
        params: IdParams,
        body: NewDisputeRequest,
        response: { 201: Review, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await disputeReview(ctx, requireAuth(request.auth), request.params.id, request.body)),
  );

  app.get(
    QUALITY_API.disputes,
    {
      schema: {
        tags,
        summary: 'Disputes by status (open by default), newest first',
        querystring: DisputeListQuery,
        response: { 200: DisputeList, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => ({ disputes: await listDisputes(ctx, requireAuth(request.auth), request.query.status) }),
  );

  app.post(
    QUALITY_API.decideDispute(':id'),
    {
      schema: {
        tags,
        summary: 'Accept a dispute with the corrected rating, or reject it',
        params: IdParams,
        body: DisputeDecisionRequest,
        response: { 200: Review, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => decideDispute(ctx, requireAuth(request.auth), request.params.id, request.body),
  );

  app.get(
    QUALITY_API.assignments,
    {
      schema: {
        tags,
        summary: "A review queue: the caller's by default; leads may see anyone's",
        querystring: AssignmentListQuery,
        response: { 200: AssignmentPage, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => listAssignments(ctx, requireAuth(request.auth), request.query),
  );

  app.post(
    QUALITY_API.assignments,
    {
      schema: {
        tags,
        summary: "Put a conversation in a reviewer's queue",
        body: NewAssignmentRequest,
        response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request, reply) => {
      await assignByHand(ctx, requireAuth(request.auth), request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    QUALITY_API.sample,
    {
      schema: {
        tags,
        summary: 'Draw the weekly random sample per agent now (once per week)',
        body: SampleRequest,
        response: { 200: SampleResult, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => sampleWeekByHand(ctx, requireAuth(request.auth), request.body.week),
  );

  app.get(
    QUALITY_API.calibrations,
    {
      schema: {
        tags,
        summary: 'Calibration rounds, newest first',
        response: { 200: CalibrationList, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => ({ calibrations: await listCalibrations(ctx, requireAuth(request.auth)) }),
  );

  app.post(
    QUALITY_API.calibrations,
    {
      schema: {
        tags,
        summary: 'Start a calibration round: the same conversations to every reviewer, scored blind',
        body: NewCalibrationRequest,
        response: { 201: Calibration, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCalibration(ctx, requireAuth(request.auth), request.body)),
  );

  app.get(
    QUALITY_API.calibration(':id'),
    {
      schema: {
        tags,
        summary: 'A calibration round with its progress and (for leads, or once closed) agreement per category',
        params: IdParams,
        response: { 200: Calibration, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => readCalibration(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    QUALITY_API.closeCalibration(':id'),
    {
      schema: {
        tags,
        summary: 'Close a calibration round: ratings and agreement are revealed to its reviewers',
        params: IdParams,
        response: { 200: Calibration, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => closeCalibration(ctx, requireAuth(request.auth), request.params.id),
  );
}
