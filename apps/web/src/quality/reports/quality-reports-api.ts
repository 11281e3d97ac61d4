import {
  API,
  AgentList,
  Calibration,
  CalibrationList,
  Coaching,
  ConversationPage,
  QUALITY_API,
  QualityOverview,
  ScorecardEntry,
  ScorecardList,
  TeamList,
  UserList,
  type NewCalibrationRequest,
} from '@sincere/contracts';
import { apiGet, apiSend, withQuery } from '../../api/client';

/** The periods the reports offer, in weeks; the server's default is 12. */
export const PERIODS = [4, 12, 26] as const;
export type PeriodWeeks = (typeof PERIODS)[number];

const WEEK_MS = 7 * 86_400_000;
/** The period's start, counted back from now; the server ends it at now. */
export const periodStart = (weeks: PeriodWeeks, now: Date = new Date()) =>
  new Date(now.getTime() - weeks * WEEK_MS).toISOString();

export const loadOverview = (query: { weeks: PeriodWeeks; team: string | null }, signal?: AbortSignal) =>
  apiGet(
    withQuery(QUALITY_API.overview, { from: periodStart(query.weeks), team: query.team }),
    QualityOverview,
    signal,
  );

export const loadCoaching = (query: { agentId: string | null; weeks: PeriodWeeks }, signal?: AbortSignal) =>
  apiGet(
    withQuery(QUALITY_API.coaching, { agent: query.agentId ?? 'me', from: periodStart(query.weeks) }),
    Coaching,
    signal,
  );

/** Category names and point descriptions live on the scorecards; the figures carry only category keys. */
export const loadScorecards = (signal?: AbortSignal) => apiGet(QUALITY_API.scorecards, ScorecardList, signal);

/** One scorecard version: a calibration round keeps the version it was started with. */
export const loadScorecard = (id: string, signal?: AbortSignal) =>
  apiGet(QUALITY_API.scorecard(id), ScorecardEntry, signal);

export const loadTeams = (signal?: AbortSignal) => apiGet(API.teams, TeamList, signal);

/** Everyone conversations are assigned to: whose coaching a reviewer may open. */
export const loadAgents = (signal?: AbortSignal) => apiGet(API.agents, AgentList, signal);

export const loadCalibrations = (signal?: AbortSignal) => apiGet(QUALITY_API.calibrations, CalibrationList, signal);

export const loadCalibration = (id: string, signal?: AbortSignal) =>
  apiGet(QUALITY_API.calibration(id), Calibration, signal);

export const startCalibration = (input: NewCalibrationRequest) =>
  apiSend('POST', QUALITY_API.calibrations, input, Calibration);

export const closeCalibration = (id: string) =>
  apiSend('POST', QUALITY_API.closeCalibration(id), undefined, Calibration);

/** Recently resolved conversations, the ones worth calibrating on. */
export const loadResolvedConversations = (signal?: AbortSignal) =>
  apiGet(
    withQuery(API.conversations, { view: 'all', status: 'resolved', sort: 'recent', limit: 50 }),
    ConversationPage,
    signal,
  );

/** Leads and admins only (the server says so too): the people who may score a calibration round. */
export const loadUsers = (signal?: AbortSignal) => apiGet(API.users, UserList, signal);
