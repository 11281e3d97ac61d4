import {
  Coaching,
  CoachingQuery,
  ErrorBody,
  IdParams,
  NewScorecardRequest,
  OverviewQuery,
  QUALITY_API,
  QualityOverview,
  QualitySettings,
  RescoreRun,
  ScorecardEntry,
  ScorecardList,
  ScorecardSaved,
  UpdateQualitySettingsRequest,
  UpdateScorecardRequest,
} from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, NOT_FOUND, type ZodApp } from '../../http/route-types';
import { requireAuth, requireRole } from '../auth/auth-context';
import { coachingOf, qualityOverview } from './quality-figures';
import { findLatestRescoreRun, toRescoreRun } from './rescore';
import { QUALITY_LEADS, REVIEWER_ROLES } from './review-access';
import {
  changeQualitySettings,
  createScorecard,
  listScorecards,
  readQualitySettings,
  readScorecard,
  updateScorecard,
} from './scorecards';

const CONFLICT = { 409: ErrorBody } as const;

/** Scorecards, QA settings, re-scoring progress and the quality figures (issue 8). */
export function registerScorecardRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['quality'];

  app.get(
    QUALITY_API.scorecards,
    {
      schema: {
        tags,
        summary: "The account's scorecards (current versions); the first call creates the default one",
        response: { 200: ScorecardList, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => ({ scorecards: await listScorecards(ctx, requireAuth(request.auth)) }),
  );

  app.get(
    QUALITY_API.scorecard(':id'),
    {
      schema: {
        tags,
        summary: 'One scorecard version (old versions stay readable: old reviews point at them)',
        params: IdParams,
        response: { 200: ScorecardEntry, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => readScorecard(ctx, requireAuth(request.auth), request.params.id),
  );

  app.post(
    QUALITY_API.scorecards,
    {
      schema: {
        tags,
        summary: 'Create a scorecard (version 1)',
        body: NewScorecardRequest,
        response: { 201: ScorecardEntry, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createScorecard(ctx, requireRole(request.auth, QUALITY_LEADS), request.body)),
  );

  app.patch(
    QUALITY_API.scorecard(':id'),
    {
      schema: {
        tags,
        summary:
          'Edit the current version: text edits in place; a change of meaning makes the next version and re-scores automatic reviews in the background',
        params: IdParams,
        body: UpdateScorecardRequest,
        response: { 200: ScorecardSaved, ...AUTHED_ERRORS, ...NOT_FOUND, ...CONFLICT },
      },
    },
    async (request) => updateScorecard(ctx, requireRole(request.auth, QUALITY_LEADS), request.params.id, request.body),
  );

  app.get(
    QUALITY_API.settings,
    {
      schema: {
        tags,
        summary: 'QA settings: the scorecard in use, weekly sample size, low-score threshold',
        response: { 200: QualitySettings, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => readQualitySettings(ctx, requireRole(request.auth, REVIEWER_ROLES)),
  );

  app.patch(
    QUALITY_API.settings,
    {
      schema: {
        tags,
        summary: 'Change QA settings',
        body: UpdateQualitySettingsRequest,
        response: { 200: QualitySettings, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => changeQualitySettings(ctx, requireRole(request.auth, QUALITY_LEADS), request.body),
  );

  app.get(
    QUALITY_API.rescoreRun,
    {
      schema: {
        tags,
        summary: 'Progress of the latest re-scoring run, or null',
        response: { 200: RescoreRun.nullable(), ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => {
      const { accountId } = requireRole(request.auth, REVIEWER_ROLES);
      const run = await findLatestRescoreRun(ctx.database.db, accountId);
      return run ? toRescoreRun(run) : null;
    },
  );

  app.get(
    QUALITY_API.coaching,
    {
      schema: {
        tags,
        summary: 'Coaching for an agent: weakest categories with examples and the better pattern, trend, IQS',
        querystring: CoachingQuery,
        response: { 200: Coaching, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => coachingOf(ctx, requireAuth(request.auth), request.query),
  );

  app.get(
    QUALITY_API.overview,
    {
      schema: {
        tags,
        summary: "The team's quality: IQS beside the automatic score, per agent, per category, weekly trend",
        querystring: OverviewQuery,
        response: { 200: QualityOverview, ...AUTHED_ERRORS, ...CONFLICT },
      },
    },
    async (request) => qualityOverview(ctx, requireAuth(request.auth), request.query),
  );
}
