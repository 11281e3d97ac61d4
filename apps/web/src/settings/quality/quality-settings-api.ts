import {
  type NewScorecardRequest,
  QUALITY_API,
  QualitySettings,
  RescoreRun,
  ScorecardEntry,
  ScorecardList,
  ScorecardSaved,
  type UpdateQualitySettingsRequest,
  type UpdateScorecardRequest,
} from '@sincere/contracts';
import { apiGet, apiSend } from '../../api/client';

export const loadQualitySettings = (signal?: AbortSignal) => apiGet(QUALITY_API.settings, QualitySettings, signal);

export const saveQualitySettings = (input: UpdateQualitySettingsRequest) =>
  apiSend('PATCH', QUALITY_API.settings, input, QualitySettings);

export const loadScorecardList = (signal?: AbortSignal) => apiGet(QUALITY_API.scorecards, ScorecardList, signal);

export const createScorecard = (input: NewScorecardRequest) =>
  apiSend('POST', QUALITY_API.scorecards, input, ScorecardEntry);

export const updateScorecard = (id: string, input: UpdateScorecardRequest) =>
  apiSend('PATCH', QUALITY_API.scorecard(id), input, ScorecardSaved);

const LatestRun = RescoreRun.nullable();
export const loadRescoreRun = (signal?: AbortSignal) => apiGet(QUALITY_API.rescoreRun, LatestRun, signal);
